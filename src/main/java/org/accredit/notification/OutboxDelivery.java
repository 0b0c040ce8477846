package org.accredit.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Delivers one outbox email exactly once, in three steps, so that no transaction stays open across the SMTP send:
 * <ol>
 * <li>claim: one statement in its own short transaction marks the oldest due email SENDING with a lease
 * ({@code claimed_until}, {@code accredit.mail.claim-lease}) and a fresh claim token; {@code FOR UPDATE SKIP LOCKED}
 * keeps two dispatchers (in this instance or another one on the same database) from claiming the same row;</li>
 * <li>send: rendered and handed to SMTP outside any transaction;</li>
 * <li>record: the outcome (SENT, FAILED, or PENDING again with its retry time) in a second short transaction that
 * changes the row only while it still holds this claim's token. While the database cannot be reached the outcome
 * is kept in memory and recording retried ({@link OutcomeRecording}) until shortly before the lease ends.</li>
 * </ol>
 * A SENDING row whose lease ran out (its process died, or never reached the database again) is claimed again and
 * sent again with the same Message-ID ({@code <outbox-id@accredit>}): the one window left is a process killed
 * between the SMTP server's 250 and the recording, and the receiver can drop that copy by its Message-ID.
 * The claim takes one row now; it can take several (issue 14) with a larger {@code limit}.
 */
@ApplicationScoped
class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class);
    /**
     * What the mock mailer (dev, local, test) "sends": Quarkus's own mock log (category quarkus-mailer)
     * would print both bodies, tracking secrets included, so it is silenced and this summary stands in.
     */
    static final Logger MOCK_LOG = Logger.getLogger("accredit.mock-mailer");

    /** NONE_DUE, SENT, FAILED (a failed attempt, retried later or given up), UNRECORDED (the outcome could not be recorded). */
    enum Outcome { NONE_DUE, SENT, FAILED, UNRECORDED }

    /** The oldest due email, or one whose claim ran out; claimed in the same statement. */
    static final String CLAIM = "with claimed as (update outbox_email set status = 'SENDING', claimed_until = ?1, claim_token = ?2 "
            + "where id = (select id from outbox_email where status in ('PENDING', 'SENDING') "
            + "and ((status = 'PENDING' and next_attempt_at <= ?3) or (status = 'SENDING' and claimed_until < ?4)) "
            + "order by next_attempt_at, created_at limit 1 for update skip locked) returning *) select * from claimed";

    private final EntityManager em;
    private final SmtpTransport smtp;
    private final EmailRenderer renderer;
    private final MailConfig config;
    private final Clock clock;
    private final OutcomeRecording recording;

    OutboxDelivery(EntityManager em, SmtpTransport smtp, EmailRenderer renderer, MailConfig config, Clock clock) {
        this.em = em;
        this.smtp = smtp;
        this.renderer = renderer;
        this.config = config;
        this.clock = clock;
        this.recording = new OutcomeRecording(clock, pause -> Thread.sleep(pause.toMillis()));
    }

    /** Claims the oldest email due by {@code dueBy} (or whose claim ran out), sends it and records the outcome. */
    Outcome deliverNext(Instant dueBy) {
        OutboxEmail email = claimNext(dueBy);
        if (email == null) {
            return Outcome.NONE_DUE;
        }
        UUID token = email.claimToken();
        RenderedEmail rendered;
        try {
            rendered = email.render(renderer);
            smtp.send(email.id(), email.recipient(), rendered);
        } catch (RuntimeException e) {
            // a permanent SMTP refusal (5xx) is not retried: the same server would give the same answer
            boolean permanent = e instanceof SmtpTransport.PermanentFailure;
            String error = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            LOG.debug("Send failure", e);
            OutcomeRecording.Result recorded = recording.record(email.id(), "not sent", email.claimedUntil(),
                    () -> recordFailure(email.id(), token, error, permanent));
            return recorded == OutcomeRecording.Result.RECORDED ? Outcome.FAILED : Outcome.UNRECORDED;
        }
        if (smtp.isMock()) {
            logMockEmail(email, rendered);
        }
        OutcomeRecording.Result recorded = recording.record(email.id(), "sent", email.claimedUntil(),
                () -> recordSent(email.id(), token, rendered));
        return recorded == OutcomeRecording.Result.RECORDED ? Outcome.SENT : Outcome.UNRECORDED;
    }

    /** Step 1, its own transaction: the claimed email (SENDING, with this claim's lease and token), or null. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    OutboxEmail claimNext(Instant dueBy) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<OutboxEmail> claimed = em.createNativeQuery(CLAIM, OutboxEmail.class)
                .setParameter(1, now.plus(config.claimLease()))
                .setParameter(2, UUID.randomUUID())
                .setParameter(3, dueBy)
                .setParameter(4, now)
                .getResultList();
        if (claimed.isEmpty()) {
            return null;
        }
        return claimed.get(0);
    }

    /** Step 3 after a send: SENT, if this claim still holds the row; false (nothing changed) otherwise. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean recordSent(UUID id, UUID token, RenderedEmail rendered) {
        OutboxEmail email = claimed(id, token);
        if (email == null) {
            return false;
        }
        email.markSent(rendered, clock.instant());
        return true;
    }

    /** Step 3 after a failed send: PENDING with the next attempt's time, or FAILED, if this claim still holds the row. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean recordFailure(UUID id, UUID token, String error, boolean permanent) {
        OutboxEmail email = claimed(id, token);
        if (email == null) {
            return false;
        }
        Instant retryAt = permanent || email.attempts() + 1 >= config.maxAttempts() ? null
                : clock.instant().plus(backoff(config.initialBackoff(), config.maxBackoff(), email.attempts()));
        email.markFailed(error, retryAt, clock.instant());
        LOG.warnf("Email %s (%s) could not be sent, attempt %d, %s: %s", email.id(), email.kind(), email.attempts(),
                permanent ? "refused for good (status FAILED)" : retryAt == null ? "giving up (status FAILED)" : "next attempt at " + retryAt, error);
        return true;
    }

    /** The row, locked, if it is still SENDING under {@code token}; null (logged) when the claim was lost. */
    private OutboxEmail claimed(UUID id, UUID token) {
        List<OutboxEmail> rows = em.createQuery("select e from OutboxEmail e where e.id = :id and e.claimToken = :token "
                        + "and e.status = :sending", OutboxEmail.class)
                .setParameter("id", id)
                .setParameter("token", token)
                .setParameter("sending", OutboxEmail.Status.SENDING)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (rows.isEmpty()) {
            LOG.warnf("Email %s: its claim ran out before the outcome could be recorded (another dispatcher holds it "
                    + "now, or it was recorded already); nothing changed", id);
            return null;
        }
        return rows.get(0);
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
