package org.accredit.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.List;
import org.accredit.support.ManagementInterfaceProfile;
import org.junit.jupiter.api.Test;

/**
 * Production serves health, metrics, the OpenAPI document and Swagger UI only on the management
 * interface (its own port, quarkus.management.port); the public port answers 404 for them and
 * still serves the API.
 */
@QuarkusTest
@TestProfile(ManagementInterfaceProfile.class)
class ManagementInterfaceTest {

    private static final List<String> MANAGEMENT_PATHS = List.of("/q/health", "/q/health/live", "/q/health/ready",
            "/q/metrics", "/q/openapi", "/q/swagger-ui/");

    @TestHTTPResource(value = "/", management = true)
    URL management;

    /** The management interface's origin (scheme, host and port; the injected URL ends with its root path /q/). */
    private static String base(URL url) {
        return url.getProtocol() + "://" + url.getHost() + ":" + url.getPort();
    }

    @Test
    void theManagementPortServesHealthMetricsAndTheApiDocument() {
        given().baseUri(base(management)).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().baseUri(base(management)).get("/q/health/live").then().statusCode(200);
        given().baseUri(base(management)).get("/q/metrics").then().statusCode(200)
                .body(containsString("accredit_outbox"));
        given().baseUri(base(management)).get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("Accredit API"));
        given().baseUri(base(management)).get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void thePublicPortServesTheApiOnly() {
        for (String path : MANAGEMENT_PATHS) {
            given().get(path).then().statusCode(404);
        }
        given().get("/api/v1/calls").then().statusCode(200);
        // the management port is not the API: its 404 is not an exchange the API document describes
        given().noFilters().baseUri(base(management)).get("/api/v1/calls").then().statusCode(404);
    }
}
