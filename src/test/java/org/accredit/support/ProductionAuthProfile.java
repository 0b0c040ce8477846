package org.accredit.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Authentication as in production: OIDC bearer tokens with roles from realm_access/roles (the
 * default of ACCREDIT_ROLES_CLAIM) for the API, the console signed in through the provider's
 * authorization-code flow (OIDC tenant {@code console}), no HTTP Basic, no sign-in form and no demo
 * staff accounts. The tokens are signed by {@link OidcTokens}. The keys carry the test profile's
 * prefix so that they win over the {@code %dev,local,test} demo settings of application.properties.
 */
public class ProductionAuthProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        config.put("%test.quarkus.oidc.tenant-enabled", "true");
        config.put("%test.quarkus.http.auth.basic", "false");
        config.put("%test.quarkus.security.users.embedded.enabled", "false");
        config.put("%test.quarkus.oidc.console.tenant-enabled", "true");
        config.put("%test.quarkus.http.auth.form.enabled", "false");
        config.put("%test.quarkus.http.auth.permission.console.auth-mechanism", "code");
        // the demo settings' sign-in and API permissions name the form and Basic mechanisms, which production lacks
        config.put("%test.quarkus.http.auth.permission.sign-in.enabled", "false");
        config.put("%test.quarkus.http.auth.permission.api.enabled", "false");
        return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OidcTokens.class));
    }
}
