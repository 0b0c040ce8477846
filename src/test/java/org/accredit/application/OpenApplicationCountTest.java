package org.accredit.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The duplicate check before a submission counts only open applications (its closed statuses are
 * literals in the query): a second open application for the same organization is refused, and a
 * withdrawn one no longer blocks a new application.
 */
@QuarkusTest
class OpenApplicationCountTest {

    private static String body(String name, String country) {
        return """
                {"organization":{"name":"%s","type":"INTERGOVERNMENTAL_ORGANIZATION","country":"%s"},
                 "contact":{"name":"A. Person","email":"a.person@example.org"},"language":"en"}
                """.formatted(name, country);
    }

    private static String submit(String name, String country) {
        return given().contentType("application/json").body(body(name, country))
                .post("/api/v1/applications")
                .then().statusCode(201)
                .extract().path("trackingSecret");
    }

    @Test
    void anOpenApplicationBlocksASecondOneAndAWithdrawnOneDoesNot() {
        String secret = submit("Open Count Organization", "AT");

        given().contentType("application/json").body(body("  OPEN count organization ", "AT"))
                .post("/api/v1/applications")
                .then().statusCode(409)
                .body("title", equalTo("Duplicate application"));
        // the same name in another country is another organization
        submit("Open Count Organization", "BE");

        given().contentType("application/json").header("X-Tracking-Secret", secret).body("{}")
                .post("/api/v1/tracking/withdrawal")
                .then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));

        submit("Open Count Organization", "AT");
    }
}
