package org.accredit.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Idempotency keys ({@code accredit.idempotency.*}). */
@ConfigMapping(prefix = "accredit.idempotency")
public interface IdempotencyConfig {

    /** How long a key and its first response are kept; after that the key is new again. */
    @WithDefault("24h")
    Duration keep();

    /**
     * How long a first request may stay in flight. A replica that died while running it leaves its
     * claim behind; after this lease the key may be claimed again (keep it above the longest request,
     * e.g. the transaction timeout of 60 s).
     */
    @WithDefault("2m")
    Duration inFlightLease();

    /** How often expired keys are deleted ({@code off} disables the cleanup). */
    @WithDefault("10m")
    String cleanupEvery();
}
