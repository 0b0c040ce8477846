package org.accredit.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The management interface as in production: health, metrics, OpenAPI and Swagger UI on their own
 * port (a free one here), the main port serving the API only. The key carries the test profile's
 * prefix so that it wins over the {@code %dev,local,test} setting of application.properties.
 */
public class ManagementInterfaceProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("%test.quarkus.management.enabled", "true",
                "%test.quarkus.management.test-port", "0");
    }
}
