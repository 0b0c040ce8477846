package org.accredit.ratelimit;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Rate limits on, with small allowances, behind a "reverse proxy" at 127.0.0.2: forwarded headers
 * count only from that peer. Tests reach the service from 127.0.0.1 (an untrusted client) or from
 * 127.0.0.2 (the trusted proxy), both on the loopback interface.
 */
public class RateLimitProfile implements QuarkusTestProfile {

    static final int PER_CLIENT = 3;
    static final int PER_RECIPIENT = 2;
    static final String TRUSTED_PROXY = "127.0.0.2";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "accredit.rate-limit.enabled", "true",
                "accredit.rate-limit.buckets.public-post-client.requests", Integer.toString(PER_CLIENT),
                "accredit.rate-limit.buckets.public-post-client.window", "1h",
                "accredit.rate-limit.buckets.public-post-recipient.requests", Integer.toString(PER_RECIPIENT),
                "accredit.rate-limit.buckets.public-post-recipient.window", "1h",
                "quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true",
                "quarkus.http.proxy.trusted-proxies", TRUSTED_PROXY);
    }
}
