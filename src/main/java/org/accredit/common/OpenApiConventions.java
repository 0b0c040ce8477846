package org.accredit.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The errors every operation of a kind can answer, written into the OpenAPI document at build time
 * so that each resource declares only its own (409, 422, ...): 400 for any input, 404 for a path id,
 * 413 and 415 for a body, 406 for all, 401 and 403 for signed-in operations, 503 with Retry-After for all
 * (overload, database or identity provider down); each as application/problem+json. Also documents the production sign-in (OIDC bearer
 * tokens) beside HTTP Basic of the dev, local and test profiles. A response a resource declares itself
 * is kept as it is. The API tests check every real exchange against the result (test support
 * OpenApiValidation).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiConventions implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/Problem";
    static final String BEARER = "BearerToken";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean anySecured = false;
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            List<Parameter> pathLevel = path.getValue().getParameters();
            for (Operation op : path.getValue().getOperations().values()) {
                anySecured |= document(op, pathLevel);
                FormSchemas.flatten(op, openAPI.getComponents());
            }
        }
        if (anySecured) {
            if (openAPI.getComponents() == null) {
                openAPI.setComponents(OASFactory.createComponents());
            }
            openAPI.getComponents().addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                    .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                    .description("Production: an access token of the identity provider (OIDC); roles from the "
                            + "claim set by ACCREDIT_ROLES_CLAIM. HTTP Basic with the demo accounts exists only in "
                            + "the dev, local and test profiles."));
        }
    }

    /** Adds the errors of the operation's kind; true if it needs a signed-in caller. */
    private static boolean document(Operation op, List<Parameter> pathLevel) {
        List<Parameter> params = new ArrayList<>();
        if (pathLevel != null) {
            params.addAll(pathLevel);
        }
        if (op.getParameters() != null) {
            params.addAll(op.getParameters());
        }
        boolean hasBody = op.getRequestBody() != null;
        boolean hasPathId = params.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = op.getResponses();
        Map<String, String> standard = new LinkedHashMap<>();
        if (hasBody || !params.isEmpty()) {
            standard.put("400", "Invalid input: one entry per bad field or parameter in errors");
        }
        if (secured) {
            standard.put("401", "Not signed in, or the credentials are not valid");
            standard.put("403", "The caller's role does not allow this");
        }
        if (hasPathId) {
            standard.put("404", "Not found (unknown and foreign ids alike)");
        }
        standard.put("406", "The Accept header allows no media type this operation answers with");
        if (hasBody) {
            standard.put("413", "The body is too large");
            standard.put("415", "The body's Content-Type is not one this operation reads");
        }
        // every operation: admission control (common.Overload) and a database outage (common.DatabaseOutage)
        standard.put("503", "Service unavailable, nothing was done: too many requests in the service at once, or the "
                + "database" + (secured ? " or the identity provider (to check a bearer token)" : "")
                + " cannot be reached. Retry-After gives the seconds to wait");
        standard.forEach((status, description) -> {
            if (responses.getAPIResponse(status) == null) {
                APIResponse response = OASFactory.createAPIResponse().description(description);
                if (status.equals("503")) {
                    response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait")
                            .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))));
                }
                responses.addAPIResponse(status, response);
            }
        });
        // every error is problem+json, whoever declared it
        for (Map.Entry<String, APIResponse> r : responses.getAPIResponses().entrySet()) {
            if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                Content content = r.getValue().getContent();
                if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
                    r.getValue().setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
                }
            }
        }
        if (secured) {
            List<SecurityRequirement> alternatives = new ArrayList<>(op.getSecurity());
            for (SecurityRequirement basic : op.getSecurity()) {
                if (basic.getSchemes() != null && !basic.hasScheme(BEARER)) {
                    SecurityRequirement bearer = OASFactory.createSecurityRequirement();
                    basic.getSchemes().values().forEach(roles -> bearer.addScheme(BEARER, roles));
                    alternatives.add(bearer);
                }
            }
            op.setSecurity(alternatives);
        }
        return secured;
    }
}
