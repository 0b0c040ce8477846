package org.accredit.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.accredit.support.Api;
import org.accredit.support.RawHttp;
import org.junit.jupiter.api.Test;

/**
 * Strict input and one error format: each bad input answers problem+json naming the field or
 * parameter, and so do the errors the framework makes (401, 403, 404, 405, 406, 413, 414, 415).
 */
@QuarkusTest
class StrictInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI base;

    private RawHttp.Reply send(String method, String target, String user, String contentType, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (user != null) {
            headers.put("Authorization", RawHttp.basic(user));
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return new RawHttp(base).send(method, target, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8), false);
    }

    private static JsonNode problem(RawHttp.Reply r, int status) throws Exception {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType() + " " + r.body());
        JsonNode p = JSON.readTree(r.body());
        assertEquals(status, p.path("status").asInt());
        return p;
    }

    private static void namesField(JsonNode problem, String field) {
        for (JsonNode e : problem.path("errors")) {
            if (e.path("field").asText().equals(field)) {
                return;
            }
        }
        throw new AssertionError("no error for " + field + " in " + problem);
    }

    private static String submission(String expertise, String language) {
        return "{\"organization\":{\"name\":\"" + Api.unique("Strict Org") + "\",\"type\":\"INTERGOVERNMENTAL_ORGANIZATION\","
                + "\"country\":\"FR\",\"expertise\":" + expertise + "},\"contact\":{\"name\":\"Dana\",\"email\":\""
                + Api.uniqueEmail() + "\"},\"language\":" + language + "}";
    }

    @Test
    void aNulByteInAFreeTextFieldIsRefusedNamingTheField() throws Exception {
        namesField(problem(send("POST", "/api/v1/applications", null, "application/json",
                submission("\"Cyber\\u0000crime\"", "\"en\"")), 400), "organization.expertise");
        namesField(problem(send("POST", "/api/v1/applications", null, "application/json",
                submission("\"bell \\u0007\"", "\"en\"")), 400), "organization.expertise");
    }

    @Test
    void multiLineFieldsKeepLineBreaksAndTabs() {
        RawHttp.Reply r = send("POST", "/api/v1/applications", null, "application/json",
                submission("\"Line one\\r\\nLine two\\tindented\"", "\"en\""));
        assertEquals(201, r.status(), r.body());
    }

    @Test
    void callTitlesAreSingleLineAndWithoutControlCharacters() throws Exception {
        String window = ",\"opensAt\":\"2031-01-01T00:00:00-05:00\",\"closesAt\":\"2031-02-01T00:00:00-05:00\"}";
        namesField(problem(send("POST", "/api/v1/calls", "admin", "application/json",
                "{\"title\":\"Call\\nBcc: x\"" + window), 400), "title");
        namesField(problem(send("POST", "/api/v1/calls", "admin", "application/json",
                "{\"title\":\"Call\\u0000\"" + window), 400), "title");
    }

    @Test
    void anEnumGivenAsANumberIsRefused() throws Exception {
        JsonNode p = problem(send("POST", "/api/v1/applications", null, "application/json",
                submission("\"x\"", "5")), 400);
        namesField(p, "language");
    }

    @Test
    void contentAfterTheJsonDocumentIsRefused() throws Exception {
        problem(send("POST", "/api/v1/applications", null, "application/json", submission("\"x\"", "\"en\"") + " {}"), 400);
        problem(send("POST", "/api/v1/applications", null, "application/json", submission("\"x\"", "\"en\"") + " garbage"), 400);
    }

    @Test
    void aBodyWithoutContentTypeAnswers415() throws Exception {
        problem(send("POST", "/api/v1/applications", null, null, submission("\"x\"", "\"en\"")), 415);
        problem(send("POST", "/api/v1/applications", null, "text/plain", submission("\"x\"", "\"en\"")), 415);
    }

    @Test
    void badQueryAndPathParametersAnswer400NamingTheParameter() throws Exception {
        namesField(problem(send("GET", "/api/v1/applications?status=BOGUS", "reviewer", null, null), 400), "status");
        namesField(problem(send("GET", "/api/v1/applications?limit=abc", "reviewer", null, null), 400), "limit");
        namesField(problem(send("GET", "/api/v1/applications?callId=nope", "reviewer", null, null), 400), "callId");
        namesField(problem(send("GET", "/api/v1/applications?q=a%00b", "reviewer", null, null), 400), "q");
        namesField(problem(send("GET", "/api/v1/applications/not-a-uuid", "reviewer", null, null), 400), "id");
        namesField(problem(send("GET", "/api/v1/public/accredited-organizations?limit=x", null, null, null), 400), "limit");
        namesField(problem(send("GET", "/api/v1/member-state/lists/123", "ms-fr", null, null), 400), "id");
        // a well-formed id that does not exist is still 404
        problem(send("GET", "/api/v1/applications/" + UUID.randomUUID(), "reviewer", null, null), 404);
    }

    @Test
    void authenticationErrorsAreProblemsWithTheChallenge() throws Exception {
        RawHttp.Reply none = send("GET", "/api/v1/applications", null, null, null);
        problem(none, 401);
        assertNotNull(none.header("WWW-Authenticate"), "the Basic challenge is kept");
        RawHttp.Reply wrong = new RawHttp(base).send("GET", "/api/v1/applications",
                Map.of("Authorization", RawHttp.basic("reviewer").replace("=", "") + "x"), null, false);
        problem(wrong, 401);
        assertNotNull(wrong.header("WWW-Authenticate"));
        problem(send("GET", "/api/v1/applications", "ms-fr", null, null), 403);
    }

    @Test
    void frameworkErrorsAreProblems() throws Exception {
        problem(send("GET", "/no/such/path", null, null, null), 404);
        problem(send("DELETE", "/api/v1/calls", null, null, null), 405);
        problem(new RawHttp(base).send("GET", "/api/v1/calls", Map.of("Accept", "application/xml"), null, false), 406);
        problem(send("GET", "/api/v1/calls?x=" + "a".repeat(10_000), null, null, null), 414);
        problem(send("POST", "/api/v1/ecosoc/imports", "admin", "application/json", "{}"), 415);
        String big = "{\"organization\":{\"name\":\"" + "x".repeat(70_000) + "\"}}";
        problem(send("POST", "/api/v1/applications", null, "application/json", big), 413);
        problem(new RawHttp(base).send("POST", "/api/v1/applications", Map.of("Content-Type", "application/json"),
                big.getBytes(StandardCharsets.UTF_8), true), 413);
    }
}
