package org.accredit.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * Delivers a batch of outbox emails exactly once, in three steps, so that no transaction stays open across the SMTP
 * sends:
 * <ol>
 * <li>claim: one statement in its own short transaction marks the oldest due emails ({@code accredit.mail.batch-size}
 * at most) SENDING with one lease ({@code claimed_until}, {@code accredit.mail.claim-lease}) and one fresh claim token
 * ({@link OutboxRows#CLAIM}: {@code FOR UPDATE SKIP LOCKED}, so no two dispatchers claim the same row);</li>
 * <li>send: each email rendered in its recipient's language and handed to SMTP outside any transaction,
 * {@code accredit.mail.send-concurrency} at a time on the mail client's pooled connections. The first email of a
 * batch goes alone: when the server is down, that one attempt fails and the batch stops, so one email (not the whole
 * batch) spends an attempt, as before batches. A temporary failure later in the batch (4xx, a dropped connection, a
 * timeout) also stops it: no new send starts, the sends under way finish and count as attempts (at most
 * send-concurrency of them), and the emails not yet tried go back to PENDING without spending an attempt. A permanent
 * refusal (5xx) is the email's, not the server's: it is recorded FAILED and the batch goes on. Sends also stop
 * starting once the lease is too short for one more ({@code quarkus.mailer.timeout} before the recording's margin),
 * or once shutdown starts;</li>
 * <li>record: all outcomes (SENT, FAILED, PENDING again with the retry's time, or PENDING untried) in a second short
 * transaction that changes only the rows still holding this claim's token. While the database cannot be reached the
 * outcomes are kept in memory and recording retried ({@link OutcomeRecording}) until shortly before the lease
 * ends.</li>
 * </ol>
 * A SENDING row whose lease ran out (its process died, or never reached the database again) is claimed again and
 * sent again with the same Message-ID ({@code <outbox-id@accredit>}): the one window left is a process killed
 * between the SMTP server's 250 and the recording, and the receiver can drop that copy by its Message-ID.
 */
@ApplicationScoped
class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class);
    /**
     * What the mock mailer (dev, local, test) "sends": Quarkus's own mock log (category quarkus-mailer)
     * would print both bodies, tracking secrets included, so it is silenced and this summary stands in.
     */
    static final Logger MOCK_LOG = Logger.getLogger("accredit.mock-mailer");

    /**
     * What a batch came to: emails claimed and recorded SENT, and whether the run should stop (a temporary send
     * failure, outcomes that could not be recorded, shutdown, or the lease running short).
     */
    record Batch(int claimed, int sent, boolean stop) {
        static final Batch NONE = new Batch(0, 0, true);
    }

    /** The outcome of one email of a batch, set by whichever thread completes its send. */
    private sealed interface Attempt {
    }

    private record Delivered(RenderedEmail email) implements Attempt {
    }

    private record NotDelivered(String error, boolean permanent) implements Attempt {
    }

    private final OutboxRows rows;
    private final SmtpTransport smtp;
    private final EmailRenderer renderer;
    private final MailConfig config;
    private final Clock clock;
    private final OutcomeRecording recording;

    OutboxDelivery(OutboxRows rows, SmtpTransport smtp, EmailRenderer renderer, MailConfig config, Clock clock) {
        this.rows = rows;
        this.smtp = smtp;
        this.renderer = renderer;
        this.config = config;
        this.clock = clock;
        this.recording = new OutcomeRecording(clock, pause -> Thread.sleep(pause.toMillis()));
    }

    /**
     * Claims up to a batch of emails due by {@code dueBy} (or whose claim ran out), sends them and records the
     * outcomes; {@code closing} says shutdown has started (no further send starts).
     */
    Batch deliverBatch(Instant dueBy, BooleanSupplier closing) {
        Instant now = clock.instant();
        UUID token = UUID.randomUUID();
        Instant leaseEnds = now.plus(config.claimLease());
        List<OutboxRows.Claimed> claimed = rows.claim(token, leaseEnds, dueBy, now, config.batchSize());
        if (claimed.isEmpty()) {
            return Batch.NONE;
        }
        // every send started must end (or time out) before recording has to give up, shortly before the lease ends
        Instant recordBy = leaseEnds.minus(OutcomeRecording.LEASE_MARGIN);
        Instant lastStart = smtp.timeout().map(recordBy::minus).orElse(recordBy);

        int concurrency = config.sendConcurrency();
        Semaphore slots = new Semaphore(concurrency);
        AtomicReferenceArray<Attempt> attempts = new AtomicReferenceArray<>(claimed.size());
        AtomicBoolean serverTrouble = new AtomicBoolean();
        int started = 0;
        int sends = 0;
        boolean stopped = false;
        for (OutboxRows.Claimed email : claimed) {
            // the first email is always tried (with a lease shorter than a send, emails go one per batch, not none)
            if (serverTrouble.get() || closing.getAsBoolean() || (started > 0 && !clock.instant().isBefore(lastStart))) {
                stopped = true;
                break;
            }
            // the first send goes alone (all slots): while the server is down only it spends an attempt
            int take = sends == 0 ? concurrency : 1;
            if (!acquire(slots, take, recordBy)) {
                stopped = true;
                break;
            }
            // the wait for a slot may have seen a send fail, or shutdown start
            if (serverTrouble.get() || closing.getAsBoolean()) {
                slots.release(take);
                stopped = true;
                break;
            }
            int index = started++;
            Runnable release = () -> slots.release(take);
            RenderedEmail rendered;
            try {
                rendered = email.render(renderer);
            } catch (RuntimeException e) {
                // the email's own data cannot be rendered: retried with backoff like a failed send, the batch goes on
                LOG.debug("Render failure", e);
                attempts.set(index, new NotDelivered(message(e), false));
                release.run();
                continue;
            }
            sends++;
            smtp.send(email.id(), email.recipient(), rendered).whenComplete((ok, failure) -> {
                if (failure == null) {
                    attempts.set(index, new Delivered(rendered));
                } else {
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    // a permanent SMTP refusal (5xx) is not retried: the same server would give the same answer
                    boolean permanent = cause instanceof SmtpTransport.PermanentFailure;
                    if (!permanent) {
                        serverTrouble.set(true);
                    }
                    LOG.debug("Send failure", cause);
                    attempts.set(index, new NotDelivered(message(cause), permanent));
                }
                release.run();
            });
        }
        // wait for the sends under way; each ends within quarkus.mailer.timeout
        boolean allAnswered = acquire(slots, concurrency, recordBy);
        if (!allAnswered) {
            stopped = true;
        }
        return record(claimed, token, leaseEnds, attempts, started, stopped || serverTrouble.get());
    }

    /** Step 3: records the outcomes of the emails tried, and returns the untried ones to PENDING. */
    private Batch record(List<OutboxRows.Claimed> claimed, UUID token, Instant leaseEnds,
            AtomicReferenceArray<Attempt> attempts, int started, boolean stop) {
        Instant now = clock.instant();
        List<OutboxRows.Sent> sent = new ArrayList<>();
        Map<UUID, OutboxRows.Failed> failed = new LinkedHashMap<>();
        List<UUID> unsent = new ArrayList<>();
        boolean unanswered = false;
        for (int i = 0; i < claimed.size(); i++) {
            OutboxRows.Claimed email = claimed.get(i);
            Attempt attempt = i < started ? attempts.get(i) : null;
            if (i >= started) {
                unsent.add(email.id());
            } else if (attempt instanceof Delivered delivered) {
                sent.add(OutboxRows.Sent.of(email, delivered.email()));
                if (smtp.isMock()) {
                    logMockEmail(email, delivered.email());
                }
            } else if (attempt instanceof NotDelivered notDelivered) {
                Instant retryAt = notDelivered.permanent() || email.attempts() + 1 >= config.maxAttempts() ? null
                        : now.plus(backoff(config.initialBackoff(), config.maxBackoff(), email.attempts()));
                failed.put(email.id(), OutboxRows.Failed.of(email, notDelivered.error(), retryAt));
            } else {
                // no answer before the claim ran short: left SENDING, so it is claimed again when the lease runs out
                // and sent again with the same Message-ID (the server may have accepted it meanwhile)
                unanswered = true;
                LOG.warnf("Email %s (%s): no answer from SMTP before its claim ran short; it is sent again, with the "
                        + "same Message-ID, once its claim runs out at %s", email.id(), email.kind(), leaseEnds);
            }
        }
        int expected = sent.size() + failed.size() + unsent.size();
        if (expected == 0) {
            return new Batch(claimed.size(), 0, true);
        }
        AtomicReference<Set<UUID>> recorded = new AtomicReference<>(Set.of());
        String emails = claimed.size() == 1 ? "Email " + claimed.get(0).id() : claimed.size() + " emails of claim " + token;
        String outcome = sent.size() + " sent, " + failed.size() + " not sent, " + unsent.size() + " not tried";
        List<OutboxRows.Failed> failures = List.copyOf(failed.values());
        OutcomeRecording.Result result = recording.record(emails, outcome, leaseEnds, () -> {
            recorded.set(rows.record(token, clock.instant(), sent, failures, unsent));
            return recorded.get().size() == expected;
        });
        if (result == OutcomeRecording.Result.GAVE_UP) {
            return new Batch(claimed.size(), 0, true);
        }
        for (int i = 0; i < claimed.size(); i++) {
            OutboxRows.Claimed email = claimed.get(i);
            boolean tried = i < started && attempts.get(i) != null;
            if ((tried || i >= started) && !recorded.get().contains(email.id())) {
                LOG.warnf("Email %s: its claim ran out before the outcome could be recorded (another dispatcher holds "
                        + "it now, or it was recorded already); nothing changed", email.id());
            } else if (tried && attempts.get(i) instanceof NotDelivered notDelivered) {
                Instant retryAt = failed.get(email.id()).retryAt();
                LOG.warnf("Email %s (%s) could not be sent, attempt %d, %s: %s", email.id(), email.kind(),
                        email.attempts() + 1, notDelivered.permanent() ? "refused for good (status FAILED)"
                                : retryAt == null ? "giving up (status FAILED)" : "next attempt at " + retryAt,
                        notDelivered.error());
            }
        }
        int delivered = (int) sent.stream().filter(s -> recorded.get().contains(s.id())).count();
        return new Batch(claimed.size(), delivered, stop || unanswered || result != OutcomeRecording.Result.RECORDED);
    }

    /** Takes {@code permits} send slots, waiting at most until {@code deadline}; false if they did not come free. */
    private boolean acquire(Semaphore slots, int permits, Instant deadline) {
        long waitMillis = Math.max(0, Duration.between(clock.instant(), deadline).toMillis());
        try {
            return slots.tryAcquire(permits, waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    }

    /**
     * The mock mailer's log line: recipient and subject, and the text body unless the email carries a
     * secret (the tracking secret of an acknowledgement or a reissue is the applicant's only key; it must not
     * reach a log).
     */
    private static void logMockEmail(OutboxRows.Claimed email, RenderedEmail rendered) {
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
