package org.accredit.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Delivers the outbox. Each run claims due rows with {@code FOR UPDATE SKIP LOCKED} and keeps the
 * lock until the row is marked sent, so any number of replicas on one database never deliver one
 * email twice. A failed send is retried with exponential backoff.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);

    private final EntityManager em;
    private final Mailer mailer;
    private final MailConfig config;
    private final Clock clock;

    public OutboxDispatcher(EntityManager em, Mailer mailer, MailConfig config, Clock clock) {
        this.em = em;
        this.mailer = mailer;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${accredit.mail.dispatch-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        dispatchDue();
    }

    /** Sends every due email, batch after batch; returns how many were delivered. */
    public int dispatchDue() {
        int delivered = 0;
        while (true) {
            Batch batch = dispatchBatch();
            delivered += batch.delivered();
            if (batch.claimed() < config.batchSize()) {
                return delivered;
            }
        }
    }

    /** Claims up to one batch of due rows and sends them, in one transaction. */
    @Transactional
    Batch dispatchBatch() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<OutboxEmail> due = em.createNativeQuery("select * from outbox_email where status = 'PENDING' "
                        + "and next_attempt_at <= ?1 order by next_attempt_at, created_at limit ?2 for update skip locked",
                        OutboxEmail.class)
                .setParameter(1, now)
                .setParameter(2, config.batchSize())
                .getResultList();
        int delivered = 0;
        for (OutboxEmail email : due) {
            try {
                mailer.send(Mail.withText(email.recipient(), email.subject(), email.bodyText()).setHtml(email.bodyHtml()));
                email.markSent(clock.instant());
                delivered++;
            } catch (RuntimeException e) {
                Instant retryAt = email.attempts() + 1 >= config.maxAttempts() ? null : now.plus(backoff(email.attempts()));
                email.markFailed(e.getMessage(), retryAt);
                LOG.warnf("Email %s to the outbox recipient failed (attempt %d): %s", email.id(), email.attempts(),
                        e.getMessage());
            }
        }
        return new Batch(due.size(), delivered);
    }

    Duration backoff(int previousAttempts) {
        Duration wait = config.initialBackoff();
        for (int i = 0; i < previousAttempts && wait.compareTo(config.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    record Batch(int claimed, int delivered) {
    }
}
