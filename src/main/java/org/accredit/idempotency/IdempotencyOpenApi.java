package org.accredit.idempotency;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the optional {@code Idempotency-Key} header on every POST that creates something (one
 * that declares a 201 response: the rule {@link IdempotencyFilter} applies), its 409 and 422 answers
 * and the {@code Idempotent-Replayed} header of a replayed response.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class IdempotencyOpenApi implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/Problem";
    static final String PROBLEM = "application/problem+json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            Operation post = path.getValue().getPOST();
            if (path.getKey().startsWith("/api/") && post != null && post.getResponses() != null
                    && post.getResponses().getAPIResponse("201") != null) {
                document(post);
            }
        }
    }

    private static void document(Operation op) {
        boolean declared = op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && IdempotencyKey.HEADER.equalsIgnoreCase(p.getName()));
        if (!declared) {
            op.addParameter(OASFactory.createParameter().name(IdempotencyKey.HEADER).in(Parameter.In.HEADER).required(false)
                    .description("Makes a retry safe (IETF httpapi draft \"The Idempotency-Key HTTP Header Field\"): a "
                            + "unique value per request, e.g. a random UUID, 1 to " + IdempotencyKey.MAX_LENGTH
                            + " printable ASCII characters (quotes optional). A retry with the same key and the same "
                            + "payload gets the first (successful) response again, marked " + IdempotencyKey.REPLAYED_HEADER
                            + ": true; keys are kept 24 hours by default and are the caller's own.")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1)
                            .maxLength(IdempotencyKey.MAX_LENGTH)));
        }
        APIResponses responses = op.getResponses();
        APIResponse created = responses.getAPIResponse("201");
        created.addHeader(IdempotencyKey.REPLAYED_HEADER, OASFactory.createHeader()
                .description("true when this response replays the first response to the same Idempotency-Key")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).addEnumeration("true")));
        problem(responses, "409", "A request with the same Idempotency-Key is still being processed");
        problem(responses, "422", "The Idempotency-Key was used for another request (method, path or body)");
    }

    private static void problem(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType(PROBLEM,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)))));
        } else if (existing.getDescription() == null || !existing.getDescription().contains("Idempotency-Key")) {
            existing.setDescription((existing.getDescription() == null ? "" : existing.getDescription() + "; or: ")
                    + description);
        }
    }
}
