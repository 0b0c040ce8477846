package org.accredit.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the outbox is delivered. */
@ConfigMapping(prefix = "accredit.mail")
public interface MailConfig {

    /** How often the dispatcher looks for due emails (a Quarkus scheduler interval, e.g. 5s; "off" disables it). */
    @WithDefault("5s")
    String dispatchEvery();

    /** Most emails one dispatcher run claims and sends. */
    @WithDefault("50")
    int batchSize();

    /** Attempts before an email is marked FAILED (and left for an operator). */
    @WithDefault("10")
    int maxAttempts();

    /** Wait after the first failure; doubled after each further failure, up to {@link #maxBackoff()}. */
    @WithDefault("30s")
    Duration initialBackoff();

    @WithDefault("1h")
    Duration maxBackoff();
}
