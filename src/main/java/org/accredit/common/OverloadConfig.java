package org.accredit.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Admission control ({@link Overload}): how many requests may be in the service at once. */
@ConfigMapping(prefix = "accredit.overload")
public interface OverloadConfig {

    /** Off: every request is admitted and waits for a worker however long the queue (not for production). */
    @WithDefault("true")
    boolean enabled();

    /**
     * Most requests in the service at once, the ones being worked on and the ones waiting for a worker thread;
     * the next one answers 503 at once. 48 = quarkus.thread-pool.max-threads (12) + 36 waiting, about 50 ms of
     * queue at the measured capacity (bench/README.md, "Overload"). Raise it with the worker threads.
     */
    @WithDefault("48")
    int maxInFlight();

    /** What a refused client is told to wait (Retry-After, whole seconds, at least 1). */
    @WithDefault("2s")
    Duration retryAfter();
}
