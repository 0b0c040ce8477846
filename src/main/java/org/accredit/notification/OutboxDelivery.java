package org.accredit.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Renders and delivers one outbox email per transaction: the row is claimed with {@code FOR UPDATE SKIP LOCKED}
 * and stays locked until it is marked sent (or failed) and committed, so no other dispatcher, in
 * this instance or another one on the same database, can send it meanwhile. One email per
 * transaction keeps locks and transactions short and means a crash between the SMTP hand-over and
 * the commit can repeat at most that one email, never a whole batch.
 */
@ApplicationScoped
class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class);
    /**
     * What the mock mailer (dev, local, test) "sends": Quarkus's own mock log (category quarkus-mailer)
     * would print both bodies, tracking secrets included, so it is silenced and this summary stands in.
     */
    static final Logger MOCK_LOG = Logger.getLogger("accredit.mock-mailer");

    enum Outcome { NONE_DUE, SENT, FAILED }

    private final EntityManager em;
    private final SmtpTransport smtp;
    private final EmailRenderer renderer;
    private final MailConfig config;
    private final Clock clock;

    OutboxDelivery(EntityManager em, SmtpTransport smtp, EmailRenderer renderer, MailConfig config, Clock clock) {
        this.em = em;
        this.smtp = smtp;
        this.renderer = renderer;
        this.config = config;
        this.clock = clock;
    }

    /** Claims the oldest pending email due by {@code dueBy} that no one else holds, and sends it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Outcome deliverNext(Instant dueBy) {
        @SuppressWarnings("unchecked")
        List<OutboxEmail> due = em.createNativeQuery("select * from outbox_email where status = 'PENDING' "
                        + "and next_attempt_at <= ?1 order by next_attempt_at, created_at limit 1 for update skip locked",
                        OutboxEmail.class)
                .setParameter(1, dueBy)
                .getResultList();
        if (due.isEmpty()) {
            return Outcome.NONE_DUE;
        }
        OutboxEmail email = due.get(0);
        RenderedEmail rendered;
        try {
            rendered = email.render(renderer);
            smtp.send(email.id(), email.recipient(), rendered);
            if (smtp.isMock()) {
                logMockEmail(email, rendered);
            }
        } catch (RuntimeException e) {
            // a permanent SMTP refusal (5xx) is not retried: the same server would give the same answer
            boolean permanent = e instanceof SmtpTransport.PermanentFailure;
            Instant retryAt = permanent || email.attempts() + 1 >= config.maxAttempts() ? null
                    : clock.instant().plus(backoff(config.initialBackoff(), config.maxBackoff(), email.attempts()));
            String error = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            email.markFailed(error, retryAt, clock.instant());
            LOG.warnf("Email %s (%s) could not be sent, attempt %d, %s: %s", email.id(), email.kind(), email.attempts(),
                    permanent ? "refused for good (status FAILED)" : retryAt == null ? "giving up (status FAILED)" : "next attempt at " + retryAt, error);
            LOG.debug("Send failure", e);
            return Outcome.FAILED;
        }
        email.markSent(rendered, clock.instant());
        return Outcome.SENT;
    }

    /**
     * The mock mailer's log line: recipient and subject, and the text body unless the email carries a
     * secret (the tracking secret of an acknowledgement or a reissue is the applicant's only key; it must not
     * reach a log).
     */
    private static void logMockEmail(OutboxEmail email, RenderedEmail rendered) {
        String body = email.kind().carriesSecret()
                ? "(not logged: this email carries the applicant's tracking secret)"
                : rendered.text();
        MOCK_LOG.infof("Mock mailer: %s email %s to %s, subject: %s%ntext body:%n%s", email.kind(), email.id(),
                email.recipient(), rendered.subject(), body);
    }

    /** The wait after {@code previousAttempts} failures: initial, doubled after each further one, capped at max. */
    static Duration backoff(Duration initial, Duration max, int previousAttempts) {
        Duration wait = initial;
        for (int i = 0; i < previousAttempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
