package org.accredit.memberstate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A focal point is registered with the identity provider's subject (sub); the login name is only shown. */
@QuarkusTest
class MemberStateUserSubjectTest {

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin").contentType("application/json");
    }

    @Test
    void aFocalPointNeedsASubjectOrALoginName() {
        admin().body(Map.of("stateCode", "FR", "focalPointEmail", "focal.fr@example.org", "language", "fr"))
                .post("/api/v1/admin/member-state-users").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("subject"));
        admin().body(Map.of("subject", "has space", "stateCode", "FR", "focalPointEmail", "focal.fr@example.org",
                        "language", "fr"))
                .post("/api/v1/admin/member-state-users").then().statusCode(400)
                .body("errors.field", hasItem("subject"));
    }

    @Test
    void eachSubjectIsBoundToOneFocalPointAndALoginNameDefaultsToIt() {
        String subject = UUID.randomUUID().toString();
        admin().body(Map.of("subject", subject, "stateCode", "FR", "focalPointEmail", "focal.fr@example.org", "language", "fr"))
                .post("/api/v1/admin/member-state-users").then().statusCode(201)
                .body("subject", equalTo(subject)).body("username", equalTo(subject));
        admin().body(Map.of("subject", subject, "username", "other-" + subject.substring(0, 8), "stateCode", "DE",
                        "focalPointEmail", "focal.de@example.org", "language", "en"))
                .post("/api/v1/admin/member-state-users").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void theDemoFocalPointsLoginNameIsItsSubject() {
        given().auth().preemptive().basic("ms-fr", "ms-fr").get("/api/v1/member-state/lists").then().statusCode(200);
    }
}
