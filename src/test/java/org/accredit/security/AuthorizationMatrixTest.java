package org.accredit.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.accredit.support.Api;
import org.accredit.support.Api.Submitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the OpenAPI document against every kind of caller: anonymous, an applicant's
 * tracking secret (applicant A, aimed at B's application) and each staff role. An endpoint missing
 * from {@link #RULES} fails the test, so a new endpoint cannot ship without a decision.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    static final String PUBLIC = "public";
    static final String TRACKING = "tracking-secret";
    /**
     * The tracking secret of an approved application (an accredited organization): applicant A's
     * application is not approved, so A gets 403; without a secret (anonymous, staff) 404.
     */
    static final String ACCREDITED = "accredited-secret";
    static final Set<String> STAFF = Set.of(Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN);
    /** The secretariat's work on registrations, which holds representatives' personal data. */
    static final Set<String> SECRETARIAT = Set.of(Roles.REVIEWER, Roles.APPROVER);

    /** "METHOD path" -> who may call it. */
    static final Map<String, Set<String>> RULES = new TreeMap<>(Map.ofEntries(
            Map.entry("POST /api/v1/applications", Set.of(PUBLIC)),
            Map.entry("GET /api/v1/applications", STAFF),
            Map.entry("GET /api/v1/applications/{id}", STAFF),
            Map.entry("POST /api/v1/applications/{id}/review", Set.of(Roles.REVIEWER)),
            Map.entry("POST /api/v1/applications/{id}/information-request", Set.of(Roles.REVIEWER)),
            Map.entry("POST /api/v1/applications/{id}/recommendation", Set.of(Roles.REVIEWER)),
            Map.entry("POST /api/v1/applications/{id}/rejection", Set.of(Roles.REVIEWER, Roles.APPROVER)),
            Map.entry("POST /api/v1/applications/{id}/approval", Set.of(Roles.APPROVER)),
            Map.entry("POST /api/v1/applications/{id}/path-change", Set.of(Roles.REVIEWER)),
            Map.entry("POST /api/v1/applications/{id}/accreditation-suspension", Set.of(Roles.APPROVER)),
            Map.entry("POST /api/v1/applications/{id}/accreditation-reinstatement", Set.of(Roles.APPROVER)),
            Map.entry("POST /api/v1/applications/{id}/accreditation-withdrawal", Set.of(Roles.APPROVER)),
            Map.entry("GET /api/v1/sessions", Set.of(PUBLIC)),
            Map.entry("GET /api/v1/sessions/{id}", Set.of(PUBLIC)),
            Map.entry("POST /api/v1/sessions", Set.of(Roles.ADMIN)),
            Map.entry("PUT /api/v1/sessions/{id}", Set.of(Roles.ADMIN)),
            Map.entry("POST /api/v1/sessions/{id}/agenda-items", Set.of(Roles.ADMIN)),
            Map.entry("PUT /api/v1/sessions/{id}/agenda-items/{itemId}", Set.of(Roles.ADMIN)),
            Map.entry("DELETE /api/v1/sessions/{id}/agenda-items/{itemId}", Set.of(Roles.ADMIN)),
            Map.entry("POST /api/v1/applications/{id}/ecosoc-match", Set.of(Roles.REVIEWER, Roles.APPROVER)),
            Map.entry("POST /api/v1/applications/{id}/assignment", Set.of(Roles.REVIEWER, Roles.APPROVER)),
            Map.entry("GET /api/v1/applications/{id}/ecosoc-candidates", Set.of(Roles.REVIEWER, Roles.APPROVER)),
            Map.entry("GET /api/v1/applications/{id}/attachments", STAFF),
            Map.entry("GET /api/v1/applications/{id}/attachments/{attachmentId}", STAFF),
            Map.entry("GET /api/v1/tracking", Set.of(TRACKING)),
            Map.entry("POST /api/v1/tracking/information-response", Set.of(TRACKING)),
            Map.entry("POST /api/v1/tracking/withdrawal", Set.of(TRACKING)),
            Map.entry("POST /api/v1/tracking/secret-reissue", Set.of(PUBLIC)),
            Map.entry("GET /api/v1/calls", Set.of(PUBLIC)),
            Map.entry("GET /api/v1/calls/{id}", Set.of(PUBLIC)),
            Map.entry("POST /api/v1/calls", Set.of(Roles.ADMIN)),
            Map.entry("PUT /api/v1/calls/{id}", Set.of(Roles.ADMIN)),
            Map.entry("POST /api/v1/ecosoc/imports", Set.of(Roles.ADMIN)),
            Map.entry("GET /api/v1/ecosoc/imports/{id}", STAFF),
            Map.entry("GET /api/v1/ecosoc/entries", STAFF),
            Map.entry("GET /api/v1/ecosoc/entries/{id}", STAFF),
            Map.entry("POST /api/v1/non-objection-lists", Set.of(Roles.APPROVER)),
            Map.entry("GET /api/v1/non-objection-lists", STAFF),
            Map.entry("GET /api/v1/non-objection-lists/{id}", STAFF),
            Map.entry("GET /api/v1/non-objection-lists/{id}/entries", STAFF),
            Map.entry("POST /api/v1/non-objection-lists/{id}/applications", Set.of(Roles.APPROVER)),
            Map.entry("DELETE /api/v1/non-objection-lists/{id}/applications/{applicationId}", Set.of(Roles.APPROVER)),
            Map.entry("GET /api/v1/non-objection-lists/{id}/preview", Set.of(Roles.APPROVER)),
            Map.entry("POST /api/v1/non-objection-lists/{id}/circulation", Set.of(Roles.APPROVER)),
            Map.entry("POST /api/v1/non-objection-lists/{id}/circulation/confirmation", Set.of(Roles.APPROVER)),
            Map.entry("POST /api/v1/non-objection-lists/{id}/early-closure", Set.of(Roles.APPROVER)),
            Map.entry("POST /api/v1/non-objection-lists/{id}/decision", Set.of(Roles.APPROVER)),
            Map.entry("POST /api/v1/non-objection-lists/{id}/decision/confirmation", Set.of(Roles.APPROVER)),
            Map.entry("GET /api/v1/non-objection-lists/{id}/objections", STAFF),
            Map.entry("GET /api/v1/non-objection-lists/{id}/disclosure-requests", Set.of(Roles.APPROVER)),
            Map.entry("POST /api/v1/non-objection-lists/{id}/disclosure-requests/{requestId}/disclosure", Set.of(Roles.APPROVER)),
            Map.entry("GET /api/v1/member-state/lists", Set.of(Roles.MEMBER_STATE)),
            Map.entry("GET /api/v1/member-state/lists/{id}", Set.of(Roles.MEMBER_STATE)),
            Map.entry("GET /api/v1/member-state/lists/{id}/organizations", Set.of(Roles.MEMBER_STATE)),
            Map.entry("POST /api/v1/member-state/lists/{id}/objections", Set.of(Roles.MEMBER_STATE)),
            Map.entry("POST /api/v1/member-state/lists/{id}/objections/{objectionId}/withdrawal", Set.of(Roles.MEMBER_STATE)),
            Map.entry("POST /api/v1/member-state/lists/{id}/no-objection", Set.of(Roles.MEMBER_STATE)),
            Map.entry("POST /api/v1/member-state/lists/{id}/disclosure-requests", Set.of(Roles.MEMBER_STATE)),
            Map.entry("GET /api/v1/member-state/lists/{id}/disclosure-requests", Set.of(Roles.MEMBER_STATE)),
            Map.entry("POST /api/v1/admin/member-state-users", Set.of(Roles.ADMIN)),
            Map.entry("GET /api/v1/admin/member-state-users", Set.of(Roles.ADMIN)),
            Map.entry("GET /api/v1/admin/holidays", Set.of(Roles.ADMIN)),
            Map.entry("POST /api/v1/admin/holidays", Set.of(Roles.ADMIN)),
            Map.entry("DELETE /api/v1/admin/holidays/{date}", Set.of(Roles.ADMIN)),
            // failed emails and resend (issue 12)
            Map.entry("GET /api/v1/admin/emails", Set.of(Roles.ADMIN)),
            Map.entry("GET /api/v1/admin/emails/{id}", Set.of(Roles.ADMIN)),
            Map.entry("POST /api/v1/admin/emails/{id}/resend", Set.of(Roles.ADMIN)),
            Map.entry("GET /api/v1/public/sessions/{sessionId}/figures", Set.of(PUBLIC)),
            Map.entry("GET /api/v1/sessions/{sessionId}/registrations/export.csv", STAFF),
            Map.entry("GET /api/v1/sessions/{sessionId}/registrations/export.xlsx", STAFF),
            Map.entry("GET /api/v1/public/accredited-organizations", Set.of(PUBLIC)),
            // written submissions (issue 10, point 5)
            Map.entry("POST /api/v1/sessions/{sessionId}/statements", Set.of(ACCREDITED)),
            Map.entry("GET /api/v1/sessions/{sessionId}/statements", STAFF),
            Map.entry("GET /api/v1/statements/{id}", STAFF),
            Map.entry("GET /api/v1/statements/{id}/document", STAFF),
            Map.entry("POST /api/v1/statements/{id}/publication", Set.of(Roles.REVIEWER, Roles.APPROVER)),
            Map.entry("POST /api/v1/statements/{id}/declination", Set.of(Roles.REVIEWER, Roles.APPROVER)),
            Map.entry("GET /api/v1/organization/statements", Set.of(ACCREDITED)),
            Map.entry("GET /api/v1/organization/statements/{id}", Set.of(ACCREDITED)),
            Map.entry("GET /api/v1/organization/statements/{id}/document", Set.of(ACCREDITED)),
            Map.entry("POST /api/v1/organization/statements/{id}/withdrawal", Set.of(ACCREDITED)),
            Map.entry("GET /api/v1/public/sessions/{sessionId}/statements", Set.of(PUBLIC)),
            Map.entry("GET /api/v1/public/statements/{id}", Set.of(PUBLIC)),
            Map.entry("GET /api/v1/public/statements/{id}/document", Set.of(PUBLIC)),
            Map.entry("POST /api/v1/sessions/{sessionId}/letters", Set.of(ACCREDITED)),
            Map.entry("GET /api/v1/sessions/{sessionId}/letters/{id}", SECRETARIAT),
            Map.entry("POST /api/v1/sessions/{sessionId}/representatives", Set.of(ACCREDITED)),
            Map.entry("GET /api/v1/sessions/{sessionId}/representatives", Set.of(ACCREDITED)),
            Map.entry("GET /api/v1/sessions/{sessionId}/representatives/{id}", Set.of(ACCREDITED)),
            Map.entry("POST /api/v1/sessions/{sessionId}/representatives/{id}/withdrawal", Set.of(ACCREDITED)),
            Map.entry("POST /api/v1/sessions/{sessionId}/representatives/{id}/replacement", Set.of(ACCREDITED)),
            Map.entry("GET /api/v1/sessions/{sessionId}/registrations", SECRETARIAT),
            Map.entry("POST /api/v1/representatives/{id}/confirmation", SECRETARIAT),
            Map.entry("POST /api/v1/representatives/{id}/refusal", SECRETARIAT),
            // speakers (issue 10): the organization by its approved application's secret, the secretariat, the public
            Map.entry("POST /api/v1/sessions/{sessionId}/agenda-items/{itemId}/speaker-requests", Set.of(TRACKING)),
            Map.entry("GET /api/v1/sessions/{sessionId}/agenda-items/{itemId}/speaker-requests/{requestId}", Set.of(TRACKING)),
            Map.entry("POST /api/v1/sessions/{sessionId}/agenda-items/{itemId}/speaker-requests/{requestId}/withdrawal",
                    Set.of(TRACKING)),
            Map.entry("GET /api/v1/sessions/{sessionId}/speaker-requests", Set.of(TRACKING)),
            Map.entry("GET /api/v1/sessions/{sessionId}/agenda-items/{itemId}/speakers-list", Set.of(Roles.REVIEWER, Roles.APPROVER)),
            Map.entry("PUT /api/v1/sessions/{sessionId}/agenda-items/{itemId}/speakers-list", Set.of(Roles.REVIEWER, Roles.APPROVER)),
            Map.entry("POST /api/v1/sessions/{sessionId}/agenda-items/{itemId}/speakers-list/publication",
                    Set.of(Roles.REVIEWER, Roles.APPROVER)),
            Map.entry("GET /api/v1/public/sessions/{sessionId}/agenda-items/{itemId}/speakers", Set.of(PUBLIC))));

    /** One demo account per role, each holding only that role. */
    static final Map<String, String> USER_OF_ROLE = Map.of(Roles.REVIEWER, "reviewer", Roles.APPROVER, "approver",
            Roles.ADMIN, "admin", Roles.MEMBER_STATE, "ms-fr");

    Submitted a;
    Submitted b;
    String bName;

    @BeforeEach
    void twoApplicants() {
        a = Api.submit("UN_ENTITY", null, "en");
        bName = Api.unique("Confidential Org B");
        var r = Api.submit(Api.body(bName, "UN_ENTITY", "FR", null, Api.uniqueEmail(), "en"));
        b = new Submitted(r.path("id"), r.path("reference"), r.path("trackingSecret"), null);
    }

    @Test
    void everyEndpointHasARuleAndEveryCallerGetsWhatTheRuleSays() {
        Map<String, Map<String, Object>> paths = given().accept(ContentType.JSON).get("/q/openapi?format=json")
                .then().statusCode(200).extract().path("paths");
        Set<String> documented = new TreeSet<>();
        Map<String, String> contentTypes = new TreeMap<>();
        Set<String> withBody = new TreeSet<>();
        paths.forEach((path, ops) -> ops.forEach((m, op) -> {
            if (Set.of("get", "post", "put", "delete", "patch").contains(m)) {
                String endpoint = m.toUpperCase() + " " + path;
                documented.add(endpoint);
                contentTypes.put(endpoint, requestContentType(op));
                if (((Map<?, ?>) op).get("requestBody") != null) {
                    withBody.add(endpoint);
                }
            }
        }));
        assertEquals(RULES.keySet(), documented, "every documented endpoint needs a rule, and every rule an endpoint");

        List<String> failures = new ArrayList<>();
        for (String endpoint : documented) {
            Set<String> allowed = RULES.get(endpoint);
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = concrete(endpoint.substring(endpoint.indexOf(' ') + 1));

            // anonymous, and applicant A's secret (which is no staff credential)
            String contentType = contentTypes.get(endpoint);
            // a body only where the operation reads one (the OpenAPI check refuses any other body)
            Object body = !withBody.contains(endpoint) ? null
                    : contentType.contains("csv") ? "name,category,year,country\n"
                    : contentType.contains("pdf") ? "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII) : "{}";
            for (String who : List.of("anonymous", "applicant-A")) {
                RequestSpecification spec = given().contentType(contentType);
                if (body != null) {
                    spec = body instanceof byte[] bytes ? spec.body(bytes) : spec.body(body);
                }
                if (who.equals("applicant-A")) {
                    spec = spec.header("X-Tracking-Secret", a.secret());
                }
                Response r = spec.request(method, path);
                boolean open = allowed.contains(PUBLIC) || allowed.contains(TRACKING) || allowed.contains(ACCREDITED);
                Integer expected = open ? null : 401;
                if (who.equals("applicant-A") && allowed.contains(ACCREDITED)) {
                    expected = 403; // A's application is not approved: no accredited organization
                }
                check(failures, endpoint, who, r, expected);
                assertNoLeak(failures, endpoint, who, r);
            }
            for (Map.Entry<String, String> role : USER_OF_ROLE.entrySet()) {
                RequestSpecification spec = Api.as(role.getValue()).contentType(contentType);
                Response r = (body == null ? spec : body instanceof byte[] bytes ? spec.body(bytes) : spec.body(body))
                        .request(method, path);
                boolean mayCall = allowed.contains(role.getKey()) || allowed.contains(PUBLIC) || allowed.contains(TRACKING)
                        || allowed.contains(ACCREDITED);
                check(failures, endpoint, role.getKey(), r, mayCall ? null : 403);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void aTrackingSecretReachesOnlyItsOwnApplication() {
        Api.applicant(a.secret()).get("/api/v1/tracking").then().statusCode(200)
                .body("reference", equalTo(a.reference()));
        String body = Api.applicant(a.secret()).get("/api/v1/tracking").asString();
        assertFalse(body.contains(b.reference()) || body.contains(bName));
        Api.applicant(a.secret()).get("/api/v1/applications/" + b.id()).then().statusCode(401);
        Api.applicant(a.secret()).body(Map.of("reason", "x")).post("/api/v1/applications/" + b.id() + "/rejection")
                .then().statusCode(401);
        Api.applicant(b.secret()).get("/api/v1/tracking").then().body("reference", equalTo(b.reference()));
    }

    @SuppressWarnings("unchecked")
    private static String requestContentType(Object operation) {
        Map<String, Object> op = (Map<String, Object>) operation;
        Map<String, Object> requestBody = (Map<String, Object>) op.get("requestBody");
        if (requestBody == null || requestBody.get("content") == null) {
            return "application/json";
        }
        return ((Map<String, Object>) requestBody.get("content")).keySet().iterator().next();
    }

    private String concrete(String template) {
        String random = java.util.UUID.randomUUID().toString();
        return template.replace("/applications/{id}", "/applications/" + b.id())
                .replace("{applicationId}", b.id())
                .replace("{sessionId}", random)
                .replace("{id}", random)
                .replace("{requestId}", random)
                .replace("{itemId}", random)
                .replace("{objectionId}", random)
                .replace("{attachmentId}", random)
                .replace("{date}", "2091-12-25");
    }

    private void check(List<String> failures, String endpoint, String who, Response r, Integer expected) {
        int status = r.statusCode();
        if (expected == null) {
            if (status == 401 || status == 403 || status >= 500) {
                failures.add(endpoint + " as " + who + ": expected access, got " + status);
            }
        } else if (status != expected) {
            failures.add(endpoint + " as " + who + ": expected " + expected + ", got " + status);
        }
    }

    private void assertNoLeak(List<String> failures, String endpoint, String who, Response r) {
        String body = r.asString();
        if (body.contains(bName) || body.contains(b.id().toString() + "\"") && r.statusCode() != 201) {
            failures.add(endpoint + " as " + who + " leaked B's data");
        }
    }
}
