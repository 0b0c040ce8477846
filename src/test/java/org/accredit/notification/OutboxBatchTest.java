package org.accredit.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLTransientConnectionException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.accredit.organization.Language;
import org.junit.jupiter.api.Test;

/**
 * The batch's rules without a database or an SMTP server (plain JUnit, fakes for the rows and the transport): the
 * first email goes alone, a temporary failure stops the batch and returns the untried emails to PENDING without an
 * attempt, a permanent refusal does not stop it, no more sends are under way than send-concurrency, and shutdown
 * starts no further send.
 */
class OutboxBatchTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    /** The rows: a fixed batch to claim, and what was recorded. */
    static final class FakeRows extends OutboxRows {
        final List<Claimed> batch;
        List<Sent> sent = List.of();
        List<Failed> failed = List.of();
        List<UUID> unsent = List.of();
        int recordings;
        int outagesLeft;

        FakeRows(List<Claimed> batch) {
            super(null);
            this.batch = batch;
        }

        @Override
        List<Claimed> claim(UUID token, Instant until, Instant dueBy, Instant now, int limit) {
            return batch.subList(0, Math.min(limit, batch.size()));
        }

        @Override
        Set<UUID> record(UUID token, Instant now, List<Sent> sent, List<Failed> failed, List<UUID> unsent) {
            recordings++;
            if (outagesLeft-- > 0) {
                throw new IllegalStateException("commit", new SQLTransientConnectionException("refused", "08001"));
            }
            this.sent = sent;
            this.failed = failed;
            this.unsent = unsent;
            Set<UUID> all = new HashSet<>();
            sent.forEach(s -> all.add(s.id()));
            failed.forEach(f -> all.add(f.id()));
            all.addAll(unsent);
            return all;
        }
    }

    /**
     * SMTP whose answer per recipient the test decides, at once or a moment later from another thread (then the test
     * sees how many sends are under way together).
     */
    static final class FakeSmtp extends SmtpTransport {
        final Function<String, Throwable> answer;
        final boolean immediate;
        final List<String> started = new ArrayList<>();
        final AtomicInteger running = new AtomicInteger();
        int mostAtOnce;

        FakeSmtp(Function<String, Throwable> answer, boolean immediate) {
            super(null, null, Optional.of(false), Optional.empty(), Optional.empty(), Optional.of(Duration.ofSeconds(30)));
            this.answer = answer;
            this.immediate = immediate;
        }

        @Override
        synchronized CompletionStage<Void> send(UUID outboxId, String recipient, RenderedEmail email) {
            started.add(recipient);
            mostAtOnce = Math.max(mostAtOnce, running.incrementAndGet());
            CompletableFuture<Void> done = new CompletableFuture<>();
            if (immediate) {
                finish(recipient, done);
            } else {
                // the fake answers from another thread, as the Vert.x event loop does
                CompletableFuture.runAsync(() -> {
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    finish(recipient, done);
                });
            }
            return done;
        }

        private void finish(String recipient, CompletableFuture<Void> done) {
            running.decrementAndGet();
            Throwable failure = answer.apply(recipient);
            if (failure == null) {
                done.complete(null);
            } else {
                done.completeExceptionally(failure);
            }
        }
    }

    /**
     * The configuration, as a dynamic proxy: a class implementing MailConfig would carry its validation constraints,
     * which Quarkus's build refuses on a class that is not a bean.
     */
    private static MailConfig config(int batchSize, int concurrency) {
        Map<String, Object> values = Map.of("dispatchEvery", "off", "maxAttempts", 10,
                "initialBackoff", Duration.ofSeconds(30), "maxBackoff", Duration.ofHours(1), "batchSize", batchSize,
                "sendConcurrency", concurrency, "claimLease", Duration.ofMinutes(2), "publicUrl", "http://localhost");
        return (MailConfig) Proxy.newProxyInstance(MailConfig.class.getClassLoader(), new Class<?>[] {MailConfig.class},
                (proxy, method, args) -> values.get(method.getName()));
    }

    /** Emails written before rendering at delivery (V5): they carry their bodies, so no template engine is needed. */
    private static List<OutboxRows.Claimed> emails(String... recipients) {
        List<OutboxRows.Claimed> list = new ArrayList<>();
        for (String r : recipients) {
            list.add(new OutboxRows.Claimed(UUID.randomUUID(), EmailKind.WITHDRAWAL, r, Language.en, "Subject " + r,
                    "Text", "<p>Html</p>", null, 0));
        }
        return list;
    }

    private static OutboxDelivery delivery(FakeRows rows, FakeSmtp smtp, int batchSize, int concurrency) {
        return new OutboxDelivery(rows, smtp, null, config(batchSize, concurrency), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Throwable temporary() {
        return new IllegalStateException("451 4.3.0 try again later");
    }

    @Test
    void aWholeBatchIsSentAndRecordedTogether() {
        FakeRows rows = new FakeRows(emails("a@x.org", "b@x.org", "c@x.org", "d@x.org", "e@x.org"));
        FakeSmtp smtp = new FakeSmtp(r -> null, false);

        OutboxDelivery.Batch batch = delivery(rows, smtp, 50, 3).deliverBatch(NOW, () -> false);

        assertEquals(new OutboxDelivery.Batch(5, 5, false), batch);
        assertEquals(1, rows.recordings, "one recording for the batch");
        assertEquals(5, rows.sent.size());
        assertTrue(rows.failed.isEmpty() && rows.unsent.isEmpty());
        assertTrue(smtp.mostAtOnce <= 3, "at most send-concurrency at once: " + smtp.mostAtOnce);
    }

    @Test
    void whileTheServerIsDownOnlyTheFirstEmailSpendsAnAttempt() {
        FakeRows rows = new FakeRows(emails("a@x.org", "b@x.org", "c@x.org", "d@x.org"));
        FakeSmtp smtp = new FakeSmtp(r -> new IllegalStateException("Connection refused"), false);

        OutboxDelivery.Batch batch = delivery(rows, smtp, 50, 8).deliverBatch(NOW, () -> false);

        assertEquals(List.of("a@x.org"), smtp.started, "the first goes alone, and its failure stops the batch");
        assertTrue(batch.stop());
        assertEquals(0, batch.sent());
        assertEquals(1, rows.failed.size());
        assertEquals(NOW.plusSeconds(30), rows.failed.get(0).retryAt(), "retried after the initial backoff");
        assertEquals(3, rows.unsent.size(), "the others go back to PENDING without an attempt");
    }

    @Test
    void aTemporaryFailureStopsTheBatchAndAPermanentOneDoesNot() {
        FakeRows rows = new FakeRows(emails("a@x.org", "reject@x.org", "b@x.org", "busy@x.org", "c@x.org", "d@x.org"));
        FakeSmtp smtp = new FakeSmtp(r -> r.startsWith("reject") ? new SmtpTransport.PermanentFailure("550 5.1.1 unknown")
                : r.startsWith("busy") ? temporary() : null, true);

        OutboxDelivery.Batch batch = delivery(rows, smtp, 50, 1).deliverBatch(NOW, () -> false);

        assertEquals(List.of("a@x.org", "reject@x.org", "b@x.org", "busy@x.org"), smtp.started);
        assertTrue(batch.stop());
        assertEquals(2, batch.sent());
        assertEquals(2, rows.failed.size());
        OutboxRows.Failed rejected = rows.failed.get(0);
        assertNull(rejected.retryAt(), "550: FAILED at once");
        assertEquals("550 5.1.1 unknown", rejected.error());
        assertEquals(NOW.plusSeconds(30), rows.failed.get(1).retryAt(), "451: retried");
        assertEquals(List.of(rows.batch.get(4).id(), rows.batch.get(5).id()), rows.unsent);
    }

    @Test
    void noFurtherSendStartsOnceShutdownBegins() {
        FakeRows rows = new FakeRows(emails("a@x.org", "b@x.org", "c@x.org"));
        boolean[] closing = {false};
        FakeSmtp closingSmtp = new FakeSmtp(r -> {
            closing[0] = true;
            return null;
        }, true);

        OutboxDelivery.Batch batch = delivery(rows, closingSmtp, 50, 1).deliverBatch(NOW, () -> closing[0]);

        assertEquals(List.of("a@x.org"), closingSmtp.started, "the send under way finishes, no other starts");
        assertTrue(batch.stop());
        assertEquals(1, batch.sent());
        assertEquals(2, rows.unsent.size());
    }

    @Test
    void outcomesAreKeptAndRecordedOnceTheDatabaseIsBack() {
        FakeRows rows = new FakeRows(emails("a@x.org", "b@x.org"));
        rows.outagesLeft = 2;
        FakeSmtp smtp = new FakeSmtp(r -> null, true);
        // a clock that moves: recording retries with a real pause (500 ms, then 1 s) until the database answers
        OutboxDelivery delivery = new OutboxDelivery(rows, smtp, null, config(50, 2), Clock.systemUTC());

        OutboxDelivery.Batch batch = delivery.deliverBatch(Instant.now(), () -> false);

        assertEquals(3, rows.recordings);
        assertEquals(2, batch.sent());
        assertFalse(batch.stop());
        assertEquals(2, smtp.started.size(), "nothing sent twice meanwhile");
    }

    @Test
    void anEmptyClaimEndsTheRun() {
        FakeRows rows = new FakeRows(List.of());
        OutboxDelivery.Batch batch = delivery(rows, new FakeSmtp(r -> null, true), 50, 8).deliverBatch(NOW, () -> false);
        assertEquals(OutboxDelivery.Batch.NONE, batch);
        assertEquals(0, rows.recordings);
    }

    @Test
    void theClaimTakesAtMostTheBatchSize() {
        FakeRows rows = new FakeRows(emails("a@x.org", "b@x.org", "c@x.org"));
        OutboxDelivery.Batch batch = delivery(rows, new FakeSmtp(r -> null, true), 2, 8).deliverBatch(NOW, () -> false);
        assertEquals(2, batch.claimed());
        assertEquals(2, batch.sent());
    }
}
