package org.accredit.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.ext.mail.SMTPException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.accredit.organization.Language;
import org.accredit.support.ScriptedSmtpProfile;
import org.accredit.support.ScriptedSmtpServer;
import org.junit.jupiter.api.Test;

/**
 * SMTP replies over a real connection ({@link ScriptedSmtpServer}): a permanent refusal (550) fails the email at
 * once, keeping the server's reply; a temporary one (451) and a dropped connection leave it PENDING for a later
 * attempt; a delivered email carries Message-ID {@code <outbox-id@accredit>}.
 */
@QuarkusTest
@TestProfile(ScriptedSmtpProfile.class)
class SmtpReplyClassificationTest {

    @Inject
    Notifications notifications;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    MailConfig mailConfig;

    @Test
    void aPermanentRefusalFailsTheEmailAtOnceWithTheServersReply() {
        UUID id = enqueue("reject-" + unique() + "@example.org");
        attempt(id);
        OutboxEmail e = email(id);
        assertEquals(OutboxEmail.Status.FAILED, e.status(), "no retry after a 550");
        assertEquals(1, e.attempts());
        assertTrue(e.lastError().contains("User unknown"), e.lastError());
        assertTrue(e.lastError().contains("550"), e.lastError());
        assertNotNull(e.lastAttemptAt());
    }

    @Test
    void aTemporaryRefusalOrADroppedConnectionIsRetriedLater() {
        for (String prefix : List.of("busy-", "drop-")) {
            UUID id = enqueue(prefix + unique() + "@example.org");
            Instant before = Instant.now();
            attempt(id);
            OutboxEmail e = email(id);
            assertEquals(OutboxEmail.Status.PENDING, e.status(), prefix);
            assertEquals(1, e.attempts(), prefix);
            assertNotNull(e.lastError(), prefix);
            assertTrue(e.nextAttemptAt().isAfter(before), prefix + " is retried later, with backoff");
        }
    }

    @Test
    void aDeliveredEmailCarriesTheOutboxRowAsItsMessageId() {
        UUID id = enqueue("ok-" + unique() + "@example.org");
        // a connection the drop- case left in the client's pool may fail first, and the other tests' busy- and drop-
        // emails, due again at once, each end a run before this one is reached: bounded by runs, not by time
        for (int run = 0; run < 40 && email(id).status() != OutboxEmail.Status.SENT; run++) {
            dispatcher.dispatchDue();
        }
        assertEquals(OutboxEmail.Status.SENT, email(id).status());
        assertTrue(ScriptedSmtpServer.received().stream().anyMatch(m -> m.contains("Message-ID: <" + id + "@accredit>")),
                "Message-ID <" + id + "@accredit> in " + ScriptedSmtpServer.received());
    }

    /**
     * One batch over a real connection: the 550 is FAILED and the batch goes on; the 451 spends its attempt and stops
     * the batch; every other email is SENT, PENDING untried (no attempt, no error), or, if it was under way beside the
     * 451 and failed itself, PENDING with that one attempt and its error; all arrive once in the end.
     */
    @Test
    void inABatchA550FailsOneEmailAndA451StopsTheRest() {
        // The first email of a batch goes alone. If it fails in passing (a pooled connection closed by the drop- case,
        // say), the batch stops before the 550 and the 451 are reached, as the contract says: then nothing else may
        // have been tried, and the scenario runs again with fresh emails (at most 3 times).
        String run = null;
        List<String> recipients = null;
        java.util.Map<String, UUID> ids = null;
        int delivered = 0;
        for (int tries = 0; tries < 3; tries++) {
            run = unique();
            recipients = new java.util.ArrayList<>(List.of("ok-" + run + "-0@example.org",
                    "reject-" + run + "@example.org", "ok-" + run + "-1@example.org", "busy-" + run + "@example.org"));
            for (int i = 2; i < 22; i++) {
                recipients.add("ok-" + run + "-" + i + "@example.org");
            }
            ids = new java.util.LinkedHashMap<>();
            for (String r : recipients) {
                ids.put(r, enqueue(r));
            }
            // other tests' retries (busy-, drop-) and earlier tries are due at once: set them aside, so the batch
            // holds these emails only
            park("%" + run + "%");

            delivered = dispatcher.dispatchDue();

            OutboxEmail first = email(ids.get("ok-" + run + "-0@example.org"));
            if (first.status() == OutboxEmail.Status.SENT) {
                break;
            }
            assertEquals(OutboxEmail.Status.PENDING, first.status());
            assertEquals(1, first.attempts());
            assertNotNull(first.lastError(), "the first email failed in passing");
            for (String r : recipients.subList(1, recipients.size())) {
                assertEquals(0, email(ids.get(r)).attempts(), r + ": not tried once the first email failed");
            }
        }

        OutboxEmail rejected = email(ids.get("reject-" + run + "@example.org"));
        assertEquals(OutboxEmail.Status.FAILED, rejected.status());
        assertEquals(1, rejected.attempts());
        OutboxEmail busy = email(ids.get("busy-" + run + "@example.org"));
        assertEquals(OutboxEmail.Status.PENDING, busy.status());
        assertEquals(1, busy.attempts());
        assertEquals(OutboxEmail.Status.SENT, email(ids.get("ok-" + run + "-0@example.org")).status(), "sent alone, first");
        int sent = 0;
        int triedAndFailed = 0;
        for (String r : recipients) {
            if (!r.startsWith("ok-")) {
                continue;
            }
            OutboxEmail e = email(ids.get(r));
            assertNull(e.claimToken(), r);
            if (e.status() == OutboxEmail.Status.SENT) {
                sent++;
                assertEquals(1, e.attempts(), r);
            } else if (e.attempts() == 0) {
                assertEquals(OutboxEmail.Status.PENDING, e.status(), r);
                assertNull(e.lastError(), r + ": not tried, so no error either");
            } else {
                // under way when the 451 came, and failed itself for a passing reason (a pooled connection the
                // earlier tests' drop- case closed, say): a real attempt, with its error, retried later
                assertEquals(OutboxEmail.Status.PENDING, e.status(), r);
                assertEquals(1, e.attempts(), r);
                assertNotNull(e.lastError(), r + ": an attempt is spent only by a send that was tried");
                triedAndFailed++;
            }
        }
        assertTrue(sent >= 1 && delivered >= sent, sent + " of these sent, " + delivered + " in all");
        assertTrue(triedAndFailed < mailConfig.sendConcurrency(),
                triedAndFailed + " ok- emails failed in passing: more than the sends under way beside the 451");

        long oks = recipients.stream().filter(r -> r.startsWith("ok-")).count();
        park("ok-" + run + "-%");
        for (int round = 0; round < 10 && sentOf(recipients, ids) < oks; round++) {
            dispatcher.dispatchDue();
        }
        assertEquals(oks, sentOf(recipients, ids));
        for (String r : recipients) {
            if (r.startsWith("ok-")) {
                String header = "Message-ID: <" + ids.get(r) + "@accredit>";
                assertEquals(1, ScriptedSmtpServer.received().stream().filter(m -> m.contains(header)).count(), r);
            }
        }
    }

    private static long sentOf(List<String> recipients, java.util.Map<String, UUID> ids) {
        return recipients.stream().filter(r -> email(ids.get(r)).status() == OutboxEmail.Status.SENT).count();
    }

    /** Every PENDING email whose recipient is not like {@code keep} is due in a day, not now. */
    private static void park(String keep) {
        QuarkusTransaction.requiringNew().run(() -> OutboxEmail.getEntityManager().createNativeQuery(
                "update outbox_email set next_attempt_at = now() + interval '1 day' where status = 'PENDING' "
                        + "and recipient not like ?1").setParameter(1, keep).executeUpdate());
    }

    @Test
    void onlyA5xxReplyOtherThanAuthenticationIsPermanent() {
        assertEquals("550 5.1.1 User unknown", SmtpTransport.permanent(new CompletionException(
                new SMTPException("RCPT TO failed", 550, List.of("550 5.1.1 User unknown"), false))).getMessage());
        assertNull(SmtpTransport.permanent(new SMTPException("busy", 451, List.of("451 4.3.0 later"), false)));
        assertNull(SmtpTransport.permanent(new SMTPException("auth", 535, List.of("535 5.7.8 bad credentials"), false)),
                "the operator's credentials, not the email: retried");
        assertNull(SmtpTransport.permanent(new IllegalStateException("connection closed")));
    }

    private UUID enqueue(String recipient) {
        return QuarkusTransaction.requiringNew().call(() -> notifications.enqueue(null, recipient, Language.en,
                EmailKind.WITHDRAWAL, EmailRenderingTest.data(EmailKind.WITHDRAWAL, "Scripted SMTP")));
    }

    /** Runs the dispatcher until it has tried {@code id} (a failure of another test's email ends a run early). */
    private void attempt(UUID id) {
        for (int run = 0; run < 10 && email(id).attempts() == 0; run++) {
            dispatcher.dispatchDue();
        }
    }

    private static OutboxEmail email(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEmail.<OutboxEmail>findById(id));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
