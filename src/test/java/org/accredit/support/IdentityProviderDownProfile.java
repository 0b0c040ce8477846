package org.accredit.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Production authentication, with the identity provider's address pointing at a closed port. */
public class IdentityProviderDownProfile extends ProductionAuthProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("%test.quarkus.oidc.auth-server-url", "http://127.0.0.1:9/realms/accredit");
        config.put("%test.quarkus.oidc.connection-timeout", "2s");
        return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of();
    }
}
