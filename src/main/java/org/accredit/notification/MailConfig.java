package org.accredit.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/** How the outbox is delivered. */
@ConfigMapping(prefix = "accredit.mail")
public interface MailConfig {

    /** How often the dispatcher looks for due emails (a Quarkus scheduler interval, e.g. 5s; "off" disables it). */
    @WithDefault("5s")
    String dispatchEvery();

    /** Attempts before an email is marked FAILED (and left for an operator). */
    @WithDefault("10")
    @Min(1)
    int maxAttempts();

    /** Wait after the first failure; doubled after each further failure, up to {@link #maxBackoff()}. */
    @WithDefault("30s")
    Duration initialBackoff();

    @WithDefault("1h")
    Duration maxBackoff();

    /**
     * Most emails one claim takes (status SENDING, one lease and one claim token for all of them); their outcomes are
     * recorded together, in one transaction. Larger batches cost fewer transactions per email; every email of a batch
     * must be sent within the lease ({@link #claimLease()}), so a batch stops starting sends when the lease runs short
     * and returns the rest to PENDING.
     */
    @WithDefault("50")
    @Min(1)
    @Max(1000)
    int batchSize();

    /**
     * Most emails of a batch being sent at once, each on its own pooled SMTP connection: keep it at or below
     * {@code quarkus.mailer.max-pool-size} (10 by default), else the extra sends wait for a connection inside
     * {@code quarkus.mailer.timeout}.
     */
    @WithDefault("8")
    @Min(1)
    @Max(64)
    int sendConcurrency();

    /**
     * How long a dispatcher holds an email it claimed (status SENDING) before another one may claim it again: longer
     * than a send can take (quarkus.mailer.timeout) plus the time its outcome is retried through a database outage
     * (until 10 s before the lease ends). Default in application.properties.
     */
    Duration claimLease();

    /**
     * The public address of this service (its API and its pages), in emails: the status page
     * ({@code /status}) and the lost-secret page ({@code /lost-secret}) applicants are sent to. Required in production (ACCREDIT_PUBLIC_URL), e.g. https://accredit.example.org; dev, local
     * and test default to http://localhost:8080 (application.properties).
     */
    String publicUrl();
}
