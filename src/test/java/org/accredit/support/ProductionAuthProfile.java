package org.accredit.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * Authentication as in production: OIDC bearer tokens with roles from realm_access/roles (the
 * default of ACCREDIT_ROLES_CLAIM), no HTTP Basic and no demo staff accounts. The tokens are signed
 * by {@link OidcTokens}. The keys carry the test profile's prefix so that they win over the
 * {@code %dev,local,test} demo settings of application.properties.
 */
public class ProductionAuthProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("%test.quarkus.oidc.tenant-enabled", "true",
                "%test.quarkus.http.auth.basic", "false",
                "%test.quarkus.security.users.embedded.enabled", "false");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OidcTokens.class));
    }
}
