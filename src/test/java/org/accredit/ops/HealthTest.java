package org.accredit.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Liveness, readiness with the database, and the API document and UI served locally. */
@QuarkusTest
class HealthTest {

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiAndSwaggerUiAreServed() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("info.title", equalTo("Accredit API"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
