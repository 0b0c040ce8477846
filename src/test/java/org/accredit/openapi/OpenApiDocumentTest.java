package org.accredit.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accredit.support.OpenApiValidation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed OpenAPI document says what the service does (issue 8, section 4): creates answer 201
 * with their schema and Location, optional bodies are optional, every error is a documented status
 * in problem+json; and the check the API tests run on every exchange (support/OpenApiValidation)
 * does catch a drift. The whole suite's real exchanges are checked by that filter.
 */
class OpenApiDocumentTest {

    private static final String PROBLEM = "application/problem+json";
    private static OpenAPI document;

    @BeforeAll
    static void read() {
        document = new OpenAPIV3Parser().read("openapi/openapi.yaml");
        assertNotNull(document, "openapi/openapi.yaml");
    }

    private static Operation op(String method, String path) {
        var item = document.getPaths().get(path);
        assertNotNull(item, path);
        Operation op = item.readOperationsMap().get(io.swagger.v3.oas.models.PathItem.HttpMethod.valueOf(method));
        assertNotNull(op, method + " " + path);
        return op;
    }

    private static List<ValidationReport.Message> check(Request request, int status, String contentType, String body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (contentType != null) {
            response.withContentType(contentType);
        }
        if (body != null) {
            response.withBody(body);
        }
        return OpenApiValidation.mismatches(request, response.build());
    }

    @Test
    void everyCreateAnswers201WithItsSchemaAndLocation() {
        List<String> creates = List.of("/api/v1/applications", "/api/v1/calls", "/api/v1/ecosoc/imports",
                "/api/v1/non-objection-lists", "/api/v1/member-state/lists/{id}/objections",
                "/api/v1/member-state/lists/{id}/disclosure-requests", "/api/v1/admin/member-state-users",
                "/api/v1/admin/holidays");
        for (String path : creates) {
            Map<String, ApiResponse> responses = op("POST", path).getResponses();
            ApiResponse created = responses.get("201");
            assertNotNull(created, "201 for POST " + path);
            // the one exception: an ECOSOC import with dryRun=true creates nothing and answers 200 with a preview
            if (!path.equals("/api/v1/ecosoc/imports")) {
                assertFalse(responses.containsKey("200"), "no 200 for POST " + path);
            }
            assertNotNull(created.getContent().get("application/json").getSchema(), "schema of POST " + path);
            assertNotNull(created.getHeaders().get("Location"), "Location of POST " + path);
        }
        // and no other POST claims a 201 without its Location
        document.getPaths().forEach((path, item) -> {
            Operation post = item.getPost();
            if (post != null && post.getResponses().get("201") != null) {
                assertNotNull(post.getResponses().get("201").getHeaders(), "Location of POST " + path);
            }
        });
    }

    @Test
    void optionalBodiesAreOptional() {
        for (String path : List.of("/api/v1/applications/{id}/recommendation", "/api/v1/applications/{id}/approval",
                "/api/v1/tracking/withdrawal", "/api/v1/non-objection-lists/{id}/circulation")) {
            assertNotEquals(Boolean.TRUE, op("POST", path).getRequestBody().getRequired(), path);
        }
        assertEquals(Boolean.TRUE, op("POST", "/api/v1/applications").getRequestBody().getRequired());
    }

    @Test
    void everyErrorResponseIsProblemJson() {
        List<String> wrong = new ArrayList<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) ->
                op.getResponses().forEach((status, r) -> {
                    if ((status.startsWith("4") || status.startsWith("5"))
                            && (r.getContent() == null || r.getContent().get(PROBLEM) == null)) {
                        wrong.add(method + " " + path + " " + status);
                    }
                })));
        assertEquals(List.of(), wrong);
    }

    @Test
    void theCheckCatchesAnUndocumentedStatusOrMediaType() {
        Request create = SimpleRequest.Builder.post("/api/v1/calls").withAuthorization("Basic YWRtaW46YWRtaW4=")
                .withContentType("application/json")
                .withBody("{\"title\":\"Call\",\"opensAt\":\"2030-01-01T00:00:00Z\",\"closesAt\":\"2030-02-01T00:00:00Z\"}")
                .build();
        String call = "{\"id\":\"6f1c0a52-3f5e-4a35-9d8e-0f0c5f1a2b3c\",\"title\":\"Call\",\"opensAt\":\"2030-01-01T00:00:00Z\","
                + "\"closesAt\":\"2030-02-01T00:00:00Z\",\"open\":false}";
        assertTrue(check(create, 200, "application/json", call).stream()
                .anyMatch(m -> m.getKey().equals("validation.response.status.unknown")), "a create answering 200");
        assertEquals(List.of(), check(create, 409, PROBLEM, "{\"title\":\"Conflict\",\"status\":409}"));
        assertTrue(check(create, 409, "application/json", "{\"title\":\"Conflict\",\"status\":409}").stream()
                .anyMatch(m -> m.getKey().equals("validation.response.contentType.notAllowed")), "an error not in problem+json");
        assertTrue(check(create, 418, PROBLEM, "{\"title\":\"Teapot\",\"status\":418}").stream()
                .anyMatch(m -> m.getKey().equals("validation.response.status.unknown")), "an undocumented error status");
    }

    @Test
    void aRefusedRequestHasOnlyItsResponseCheckedAnAcceptedOneBoth() {
        Request bad = SimpleRequest.Builder.post("/api/v1/applications").withContentType("application/json")
                .withBody("{\"organization\": 5}").build();
        assertEquals(List.of(), check(bad, 400, PROBLEM, "{\"title\":\"Invalid request\",\"status\":400,"
                + "\"errors\":[{\"field\":\"organization\",\"message\":\"wrong type\"}]}"));
        assertTrue(check(bad, 201, "application/json", "{}").stream()
                .anyMatch(m -> m.getKey().startsWith("validation.request.body")), "an accepted request the document refuses");
        // an empty body where the document has it optional is no mismatch
        Request recommend = SimpleRequest.Builder.post("/api/v1/applications/6f1c0a52-3f5e-4a35-9d8e-0f0c5f1a2b3c/recommendation")
                .withAuthorization("Basic cmV2aWV3ZXI6cmV2aWV3ZXI=").build();
        assertFalse(check(recommend, 200, "application/json", "{}").stream()
                .anyMatch(m -> m.getKey().startsWith("validation.request.body")));
    }
}
