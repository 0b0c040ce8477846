package org.accredit.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.accredit.common.Constraints;
import org.accredit.organization.Language;
import org.junit.jupiter.api.Test;

/**
 * The claim with a lease (V25): an email a dispatcher claimed (SENDING) is left alone while its lease runs, is
 * claimed and sent once, with its Message-ID, when the lease ran out (its dispatcher died), and an outcome recorded
 * under a claim that was lost changes nothing.
 */
@QuarkusTest
class OutboxClaimTest {

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    OutboxRows rows;

    @Inject
    MockMailbox mailbox;

    @Test
    void anEmailWhoseClaimRanOutIsSentOnceByTheNextRun() {
        String recipient = "lease-expired-" + UUID.randomUUID() + "@example.org";
        UUID id = insertSending(recipient, UUID.randomUUID(), "now() - interval '1 minute'");

        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        OutboxEmail sent = email(id);
        assertEquals(OutboxEmail.Status.SENT, sent.status());
        assertNull(sent.claimedUntil(), "the claim ended");
        assertNull(sent.claimToken());
        List<Mail> mails = mailbox.getMailsSentTo(recipient);
        assertEquals(1, mails.size(), "sent once");
        assertEquals("<" + id + "@accredit>", mails.get(0).getHeaders().get("Message-ID").get(0),
                "the same Message-ID as the first attempt, so the receiver can drop a copy");
    }

    @Test
    void anEmailWithALiveClaimIsLeftAlone() {
        String recipient = "lease-live-" + UUID.randomUUID() + "@example.org";
        UUID token = UUID.randomUUID();
        UUID id = insertSending(recipient, token, "now() + interval '1 hour'");
        try {
            dispatcher.dispatchDue();

            OutboxEmail held = email(id);
            assertEquals(OutboxEmail.Status.SENDING, held.status());
            assertEquals(token, held.claimToken());
            assertTrue(mailbox.getMailsSentTo(recipient) == null || mailbox.getMailsSentTo(recipient).isEmpty());
        } finally {
            delete(id);
        }
    }

    @Test
    void anOutcomeRecordedUnderALostClaimChangesNothing() {
        String recipient = "lease-lost-" + UUID.randomUUID() + "@example.org";
        UUID current = UUID.randomUUID();
        UUID id = insertSending(recipient, current, "now() + interval '1 hour'");
        try {
            UUID stale = UUID.randomUUID();
            OutboxRows.Claimed claimed = new OutboxRows.Claimed(id, EmailKind.WITHDRAWAL, recipient, Language.en, null,
                    "Claimed text", null, null, 0);
            assertTrue(rows.record(stale, Instant.now(), List.of(OutboxRows.Sent.of(claimed,
                    new RenderedEmail("Subject", "text", "<p>html</p>"))), List.of(), List.of()).isEmpty());
            assertTrue(rows.record(stale, Instant.now(), List.of(), List.of(OutboxRows.Failed.of(claimed, "421 try later",
                    Instant.now())), List.of()).isEmpty());
            assertTrue(rows.record(stale, Instant.now(), List.of(), List.of(), List.of(id)).isEmpty());

            OutboxEmail row = email(id);
            assertEquals(OutboxEmail.Status.SENDING, row.status());
            assertEquals(current, row.claimToken());
            assertEquals(0, row.attempts());
            assertNull(row.lastError());

            assertEquals(java.util.Set.of(id), rows.record(current, Instant.now(), List.of(), List.of(OutboxRows.Failed.of(
                    claimed, "421 try later", Instant.now().plusSeconds(30))), List.of()), "the claim's own token records");
            OutboxEmail retried = email(id);
            assertEquals(OutboxEmail.Status.PENDING, retried.status());
            assertEquals(1, retried.attempts());
            assertNotNull(retried.nextAttemptAt());
            assertNull(retried.claimToken());
        } finally {
            delete(id);
        }
    }

    /** V25: a SENDING row has its lease and token, and something to send (V6's rule, SENDING like PENDING). */
    @Test
    void aSendingRowHasALeaseATokenAndSomethingToSend() {
        RuntimeException noLease = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () ->
                QuarkusTransaction.requiringNew().run(() -> OutboxEmail.getEntityManager().createNativeQuery(
                        "insert into outbox_email (id, kind, recipient, language, template_data, status, attempts, "
                                + "next_attempt_at, created_at) values (?1, 'WITHDRAWAL', 'x@example.org', 'en', '{}', "
                                + "'SENDING', 0, now(), now())").setParameter(1, UUID.randomUUID()).executeUpdate()));
        assertTrue(Constraints.violated(noLease, "outbox_email_claim_has_lease"), String.valueOf(noLease));
        RuntimeException empty = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () ->
                QuarkusTransaction.requiringNew().run(() -> OutboxEmail.getEntityManager().createNativeQuery(
                        "insert into outbox_email (id, kind, recipient, language, status, attempts, next_attempt_at, "
                                + "created_at, claimed_until, claim_token) values (?1, 'ACKNOWLEDGEMENT', 'x@example.org', "
                                + "'en', 'SENDING', 0, now(), now(), now(), ?2)")
                        .setParameter(1, UUID.randomUUID()).setParameter(2, UUID.randomUUID()).executeUpdate()));
        assertTrue(Constraints.violated(empty, "outbox_email_has_content"), String.valueOf(empty));
    }

    private static UUID insertSending(String recipient, UUID token, String claimedUntil) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> OutboxEmail.getEntityManager().createNativeQuery(
                        "insert into outbox_email (id, kind, recipient, language, subject, body_text, body_html, status, "
                                + "attempts, next_attempt_at, created_at, claimed_until, claim_token) values (?1, 'WITHDRAWAL', ?2, "
                                + "'en', 'AHC-2026-00009: withdrawn', 'Claimed text', '<p>Claimed</p>', 'SENDING', 0, "
                                + "now() - interval '5 minutes', now() - interval '5 minutes', " + claimedUntil + ", ?3)")
                .setParameter(1, id)
                .setParameter(2, recipient)
                .setParameter(3, token)
                .executeUpdate());
        return id;
    }

    private static OutboxEmail email(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEmail.<OutboxEmail>findById(id));
    }

    private static void delete(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> OutboxEmail.getEntityManager()
                .createNativeQuery("delete from outbox_email where id = ?1").setParameter(1, id).executeUpdate());
    }
}
