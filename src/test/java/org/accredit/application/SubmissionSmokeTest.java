package org.accredit.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SubmissionSmokeTest {

    @Test
    void para7SubmissionIsReceived() {
        given().contentType("application/json")
                .body("""
                        {"organization":{"name":"Interpol Smoke","type":"INTERGOVERNMENTAL_ORGANIZATION","country":"FR"},
                         "contact":{"name":"A. Person","email":"a.person@example.org"},"language":"fr"}
                        """)
                .post("/api/v1/applications")
                .then().statusCode(201)
                .body("path", equalTo("PARA_7"))
                .body("status", equalTo("SUBMITTED"))
                .body("reference", matchesPattern("AHC-\\d{4}-\\d{5}"));
    }
}
