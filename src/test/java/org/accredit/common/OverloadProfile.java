package org.accredit.common;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Admission control with room for two requests, and a Retry-After that is not a whole number of seconds. */
public class OverloadProfile implements QuarkusTestProfile {

    static final int MAX_IN_FLIGHT = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("accredit.overload.max-in-flight", Integer.toString(MAX_IN_FLIGHT),
                "accredit.overload.retry-after", "2500ms");
    }
}
