package org.accredit.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Installs {@link OpenApiValidation} as a global REST Assured filter before every {@code @QuarkusTest}
 * method (registered in META-INF/services), so no API test can skip the check.
 */
public class OpenApiValidationCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(OpenApiValidation.FILTER)) {
            RestAssured.filters(OpenApiValidation.FILTER);
        }
    }
}
