package org.accredit.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks every REST Assured call of the API tests against the OpenAPI document, with Atlassian's
 * swagger-request-validator: the response always (status documented, content type, body schema),
 * and the request whenever the service accepted it. A request the service refused (4xx) may be
 * wrong on purpose (hostile-input tests), so only its response is checked: a refusal must still be a
 * documented status with the documented problem+json body.
 *
 * <p>The document is {@code openapi/openapi.yaml} as the build writes it: Quarkus writes it when it
 * builds the application for the tests (quarkus.smallrye-openapi.store-schema-directory), before
 * the first test runs, and CI fails when it differs from the committed one. Installed for every
 * {@code @QuarkusTest} by {@link OpenApiValidationCallback}.
 */
public final class OpenApiValidation implements OrderedFilter {

    public static final OpenApiValidation FILTER = new OpenApiValidation();

    /**
     * Known differences between a real exchange and the document, each with its reason. Keep it
     * short: fix the document (or the service) instead whenever you can.
     */
    static final List<Exception> EXCEPTIONS = List.of(
            new Exception(null, "^/q/.*", 0, "",
                    "Management endpoints (health, metrics, the OpenAPI document itself, Swagger UI) are not part of "
                            + "the API document"),
            new Exception(null, "^/(forms|status|public|lost-secret|organization)(/.*)?$|^/css/.*", 0, "",
                    "The HTML pages (frontdoor.rest) and their stylesheet are for people, hidden from the API document; "
                            + "frontdoor/PagesTest covers them"),
            new Exception(null, "^/(console(/.*)?|j_security_check|js/.*)$", 0, "",
                    "The console's pages (console.rest), its form sign-in and its script are for people, hidden from "
                            + "the API document; console/ConsoleAuthorizationMatrixTest covers them"),
            new Exception(null, "^/realms/accredit/protocol/openid-connect/.*", 0, "",
                    "The stand-in identity provider (support.OidcTokens), another server, which console/ConsoleCodeFlowTest "
                            + "visits as a browser would while it signs in and out"));

    /**
     * A message the check does not fail on: method (null for any), path pattern, response status (0 for
     * any), message key prefix, and why.
     */
    record Exception(String method, String path, int status, String keyPrefix, String reason) {
        boolean covers(Request.Method m, String p, int responseStatus, String key) {
            return (method == null || method.equalsIgnoreCase(m.name())) && Pattern.matches(path, p)
                    && (status == 0 || status == responseStatus) && key.startsWith(keyPrefix);
        }
    }

    private static volatile OpenApiInteractionValidator validator;

    private OpenApiValidation() {
    }

    static OpenApiInteractionValidator validator() {
        if (validator == null) {
            synchronized (OpenApiValidation.class) {
                if (validator == null) {
                    Path document = Path.of("openapi", "openapi.yaml");
                    if (!Files.isRegularFile(document)) {
                        throw new IllegalStateException("No OpenAPI document at " + document.toAbsolutePath()
                                + ": the test build writes it (quarkus.smallrye-openapi.store-schema-directory)");
                    }
                    validator = OpenApiInteractionValidator.createForSpecificationUrl(document.toUri().toString())
                            .build();
                }
            }
        }
        return validator;
    }

    @Override
    public int getOrder() {
        // after every other filter (authentication included), so the request checked is the one sent
        return OrderedFilter.LOWEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification requestSpec, FilterableResponseSpecification responseSpec,
            FilterContext ctx) {
        Response response = ctx.next(requestSpec, responseSpec);
        if (requestSpec.getAuthenticationScheme() instanceof PreemptiveOAuth2HeaderScheme bearer
                && !requestSpec.getHeaders().hasHeaderWithName("Authorization")) {
            // REST Assured adds a bearer token (auth().oauth2()) when it sends, after the filters: show it to the check
            requestSpec.header("Authorization", "Bearer " + bearer.getAccessToken());
        }
        Request request = FormRequests.withFormBody(RestAssuredRequest.of(requestSpec), requestSpec);
        List<ValidationReport.Message> errors = mismatches(request, RestAssuredResponse.of(response));
        if (!errors.isEmpty()) {
            throw new AssertionError("The exchange " + request.getMethod() + " " + request.getPath() + " -> "
                    + response.statusCode() + " does not match the OpenAPI document (openapi/openapi.yaml):\n"
                    + errors.stream().map(m -> "  [" + m.getKey() + "] " + m.getMessage()
                            + (m.getAdditionalInfo().isEmpty() ? "" : " " + m.getAdditionalInfo()))
                    .collect(Collectors.joining("\n"))
                    + "\nResponse body: " + abbreviate(response.asString()));
        }
        return response;
    }

    /**
     * What of the exchange the document does not allow: every response mismatch, and the request's
     * when the service accepted it (not 4xx); less the {@link #EXCEPTIONS}.
     */
    public static List<ValidationReport.Message> mismatches(Request request,
            com.atlassian.oai.validator.model.Response response) {
        String path = request.getPath().replaceFirst("[?#].*", "");
        int status = response.getStatus();
        boolean refused = status >= 400 && status < 500;
        return validator().validate(request, response).getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !(refused && m.getKey().startsWith("validation.request.")))
                .filter(m -> EXCEPTIONS.stream().noneMatch(e -> e.covers(request.getMethod(), path, status, m.getKey())))
                .toList();
    }

    private static String abbreviate(String body) {
        return body == null || body.length() <= 2000 ? body : body.substring(0, 2000) + "...";
    }
}
