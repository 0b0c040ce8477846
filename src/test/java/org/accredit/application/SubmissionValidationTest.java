package org.accredit.application;

import static org.accredit.support.Api.anonymous;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.accredit.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input: each class of field error is refused with one problem entry naming the field. */
@QuarkusTest
class SubmissionValidationTest {

    @SuppressWarnings("unchecked")
    static Map<String, Object> org(Map<String, Object> body) {
        return (Map<String, Object>) body.get("organization");
    }

    static Map<String, Object> validBody() {
        Map<String, Object> body = Api.body(Api.unique("Valid Org"), "UN_ENTITY", "FR", null, Api.uniqueEmail(), "en");
        body.put("organization", new HashMap<>(org(body)));
        body.put("contact", new HashMap<>((Map<String, Object>) body.get("contact")));
        return body;
    }

    @SuppressWarnings("unchecked")
    static Arguments bad(String field, Consumer<Map<String, Object>> change) {
        return Arguments.of(field, change);
    }

    @SuppressWarnings("unchecked")
    static Stream<Arguments> badFields() {
        return Stream.of(
                bad("organization.name", b -> org(b).remove("name")),
                bad("organization.name", b -> org(b).put("name", "x".repeat(301))),
                bad("organization.name", b -> org(b).put("name", "Evil\r\nBcc: victim@example.org")),
                bad("organization.type", b -> org(b).remove("type")),
                bad("organization.type", b -> org(b).put("type", "CHARITY")),
                bad("organization.country", b -> org(b).put("country", "XX")),
                bad("organization.country", b -> org(b).put("country", "fr")),
                bad("organization.country", b -> org(b).put("country", "FRA")),
                bad("organization.website", b -> org(b).put("website", "ftp://example.org")),
                bad("organization.website", b -> org(b).put("website", "javascript:alert(1)")),
                bad("organization.website", b -> org(b).put("website", "https://" + "a".repeat(500) + ".org")),
                bad("organization.email", b -> org(b).put("email", "not-an-email")),
                bad("organization.expertise", b -> org(b).put("expertise", "x".repeat(4001))),
                bad("organization.acronym", b -> org(b).put("acronym", "A".repeat(31))),
                bad("contact", b -> b.remove("contact")),
                bad("contact.email", b -> ((Map<String, Object>) b.get("contact")).put("email", "a@b@c")),
                bad("contact.email", b -> ((Map<String, Object>) b.get("contact")).remove("email")),
                bad("contact.name", b -> ((Map<String, Object>) b.get("contact")).put("name", " ")),
                bad("contact.phone", b -> ((Map<String, Object>) b.get("contact")).put("phone", "call me maybe")),
                bad("language", b -> b.put("language", "de")),
                bad("language", b -> b.remove("language")),
                bad("ecosocCategory", b -> b.put("ecosocCategory", "PLATINUM")),
                bad("status", b -> b.put("status", "APPROVED")),
                bad("id", b -> b.put("id", "3f1c0c1e-0000-0000-0000-000000000000")),
                bad("path", b -> b.put("path", "PARA_7")),
                bad("reviewer", b -> b.put("reviewer", "me")),
                bad("organization.status", b -> org(b).put("status", "ACTIVE")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFields")
    void badFieldIsRefusedWithAFieldLevelProblem(String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = validBody();
        change.accept(body);
        ValidatableResponse r = anonymous().body(body).post("/api/v1/applications").then()
                .statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
        noInternals(r);
    }

    @Test
    void everyBadFieldGetsItsOwnEntry() {
        Map<String, Object> body = validBody();
        org(body).put("country", "XX");
        org(body).put("website", "nope");
        org(body).remove("name");
        anonymous().body(body).post("/api/v1/applications").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("organization.country", "organization.name", "organization.website"));
    }

    @Test
    void malformedEmptyAndOversizedBodies() {
        noInternals(anonymous().body("{\"organization\": ").post("/api/v1/applications").then().statusCode(400)
                .contentType("application/problem+json"));
        anonymous().post("/api/v1/applications").then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> body = validBody();
        org(body).put("expertise", "x".repeat(70_000));
        anonymous().body(body).post("/api/v1/applications").then().statusCode(413).contentType("application/problem+json");
        anonymous().contentType("text/plain").body("hello").post("/api/v1/applications").then().statusCode(415);
    }

    @Test
    void unicodeNamesAreAccepted() {
        Map<String, Object> body = validBody();
        org(body).put("name", "مركز " + Api.unique("الأمن السيبراني"));
        anonymous().body(body).post("/api/v1/applications").then().statusCode(201);
        Map<String, Object> zh = validBody();
        org(zh).put("name", "网络安全研究中心 " + Api.unique("zh"));
        anonymous().body(zh).post("/api/v1/applications").then().statusCode(201);
    }

    private static void noInternals(ValidatableResponse r) {
        r.body(not(containsString("org.accredit")))
                .body(not(containsString("Exception")))
                .body(not(containsString("com.fasterxml")))
                .body(not(containsString("\tat ")));
    }
}
