package org.accredit.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/**
 * Rate limits ({@code accredit.rate-limit.*}). Each bucket is named by the code that checks it and
 * set in application.properties, the one place that gives every bucket its limit and window:
 * {@code accredit.rate-limit.buckets.<name>.requests} and {@code .window}.
 */
@ConfigMapping(prefix = "accredit.rate-limit")
public interface RateLimitConfig {

    /** Off: every check passes and nothing is counted. */
    @WithDefault("true")
    boolean enabled();

    /** How often windows that have ended are deleted ({@code off} disables the cleanup). */
    @WithDefault("10m")
    String cleanupEvery();

    /** The limits, by bucket name. */
    Map<String, Limit> buckets();

    interface Limit {

        /** Requests allowed per key in one window; the next one answers 429. */
        int requests();

        /** The window's length (fixed windows, aligned on the epoch, the same on every replica). */
        Duration window();
    }
}
