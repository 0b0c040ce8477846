package org.accredit.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.accredit.organization.Language;
import org.accredit.support.GreenMailResource.InjectGreenMail;
import org.accredit.support.RealSmtpProfile;
import org.accredit.support.SmtpInbox;
import org.junit.jupiter.api.Test;

/**
 * Batched delivery over real SMTP (GreenMail): several batches claimed by two dispatchers at once arrive exactly once
 * each, with the Message-ID of their row, rendered in each recipient's language; emails that carry the tracking
 * secret keep no data once sent; a batch recorded under a claim that was partly taken over changes only its own rows.
 */
@QuarkusTest
@TestProfile(RealSmtpProfile.class)
class OutboxBatchSmtpTest {

    /** The most connections the mail client keeps (quarkus.mailer.max-pool-size, 10 by default). */
    private static int mailPoolSize() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("quarkus.mailer.max-pool-size", Integer.class).orElse(10);
    }

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    Notifications notifications;

    @Inject
    EmailRenderer renderer;

    @Inject
    OutboxRows rows;

    @Inject
    MailConfig config;

    @Test
    void twoDispatchersDeliverTwoHundredEmailsExactlyOnceInTheirRecipientsLanguages() throws Exception {
        int emails = 200;
        String run = "batch" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, UUID> ids = new HashMap<>();
        Map<String, Language> languages = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < emails; i++) {
                String recipient = run + "-" + i + "@example.org";
                Language language = Language.values()[i % Language.values().length];
                // every fourth one carries the tracking secret
                EmailKind kind = i % 4 == 0 ? EmailKind.ACKNOWLEDGEMENT : EmailKind.WITHDRAWAL;
                languages.put(recipient, language);
                ids.put(recipient, notifications.enqueue(null, recipient, language, kind,
                        EmailRenderingTest.data(kind, "Batch " + i)));
            }
        });
        assertTrue(emails > 2 * config.batchSize(), "several batches per dispatcher");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20 && sent(run) < emails; round++) {
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Integer>> runs = new ArrayList<>();
                for (int d = 0; d < 2; d++) {
                    runs.add(pool.submit(() -> {
                        start.await();
                        return dispatcher.dispatchDue();
                    }));
                }
                for (Future<Integer> f : runs) {
                    f.get(120, TimeUnit.SECONDS);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(emails, sent(run), "every email SENT");

        Map<String, List<MimeMessage>> perRecipient = new HashMap<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            for (String to : SmtpInbox.recipients(m)) {
                if (to.startsWith(run + "-")) {
                    perRecipient.computeIfAbsent(to, k -> new ArrayList<>()).add(m);
                }
            }
        }
        assertEquals(emails, perRecipient.size(), "every recipient got its email");
        int retried = 0;
        for (Map.Entry<String, List<MimeMessage>> e : perRecipient.entrySet()) {
            assertEquals(1, e.getValue().size(), e.getKey() + " received it " + e.getValue().size() + " times");
            MimeMessage message = e.getValue().get(0);
            UUID id = ids.get(e.getKey());
            assertEquals("<" + id + "@accredit>", message.getHeader("Message-ID")[0]);
            OutboxEmail row = email(id);
            RenderedEmail expected = renderer.render(row.kind(), languages.get(e.getKey()),
                    EmailRenderingTest.data(row.kind(), "Batch " + e.getKey().substring(run.length() + 1, e.getKey().indexOf('@'))));
            assertEquals(expected.subject(), SmtpInbox.subject(message), "rendered in " + languages.get(e.getKey()));
            // a send on a pooled connection that outlived an earlier test's GreenMail restart hangs until the
            // mailer's timeout (RealSmtpProfile) and is retried: a second attempt, never a second email
            assertTrue(row.attempts() == 1 || row.attempts() == 2, e.getKey() + ": " + row.attempts() + " attempts");
            retried += row.attempts() - 1;
            assertNull(row.claimToken());
            assertNull(row.claimedUntil());
            assertEquals(expected.subject(), row.subject(), "the row keeps the subject sent");
            if (row.kind().carriesSecret()) {
                assertNull(row.templateJson(), "the data held the tracking secret");
                assertNull(row.bodyText());
                assertNull(row.bodyHtml());
            } else {
                assertTrue(row.templateJson().contains("Batch "), "kept");
                assertEquals(expected.text().strip(), row.bodyText().strip(), "the row keeps the body sent");
            }
        }
        assertTrue(retried <= mailPoolSize(), retried + " emails needed a second attempt: more than the pooled connections "
                + "an earlier test could have left behind");
    }

    @Test
    void aBatchWhoseClaimWasPartlyTakenOverRecordsOnlyItsOwnRows() {
        String run = "lost" + UUID.randomUUID().toString().substring(0, 8);
        List<UUID> ids = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 3; i++) {
                ids.add(notifications.enqueue(null, run + "-" + i + "@example.org", Language.en, EmailKind.WITHDRAWAL,
                        EmailRenderingTest.data(EmailKind.WITHDRAWAL, "Lost " + i)));
            }
            // only these three are due now: the claim below takes them and nothing of other tests
            OutboxEmail.getEntityManager().createNativeQuery("update outbox_email set next_attempt_at = now() + "
                    + "interval '1 day' where status = 'PENDING' and recipient not like ?1")
                    .setParameter(1, run + "-%").executeUpdate();
        });
        UUID token = UUID.randomUUID();
        Instant now = Instant.now();
        List<OutboxRows.Claimed> claimed = rows.claim(token, now.plusSeconds(120), now.plusSeconds(1), now, 10);
        assertEquals(ids.stream().sorted().toList(), claimed.stream().map(OutboxRows.Claimed::id).sorted().toList());
        // another dispatcher took the second one over (its lease ran out meanwhile, say)
        UUID other = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> OutboxEmail.getEntityManager().createNativeQuery(
                "update outbox_email set claim_token = ?1 where id = ?2").setParameter(1, other)
                .setParameter(2, ids.get(1)).executeUpdate());

        List<OutboxRows.Sent> sent = claimed.stream().filter(c -> !c.id().equals(ids.get(2)))
                .map(c -> OutboxRows.Sent.of(c, new RenderedEmail("Subject", "Text", "<p>Html</p>"))).toList();
        assertEquals(java.util.Set.of(ids.get(0), ids.get(2)),
                rows.record(token, Instant.now(), sent, List.of(), List.of(ids.get(2))));

        assertEquals(OutboxEmail.Status.SENT, email(ids.get(0)).status());
        OutboxEmail takenOver = email(ids.get(1));
        assertEquals(OutboxEmail.Status.SENDING, takenOver.status(), "left to the dispatcher that holds it now");
        assertEquals(other, takenOver.claimToken());
        assertEquals(0, takenOver.attempts());
        OutboxEmail untried = email(ids.get(2));
        assertEquals(OutboxEmail.Status.PENDING, untried.status(), "returned without spending an attempt");
        assertEquals(0, untried.attempts());
        assertNull(untried.claimToken());
        QuarkusTransaction.requiringNew().run(() -> OutboxEmail.getEntityManager().createNativeQuery(
                "update outbox_email set status = 'FAILED', claimed_until = null, claim_token = null where id = ?1")
                .setParameter(1, ids.get(1)).executeUpdate());
    }

    private static long sent(String run) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEmail.count("recipient like ?1 and status = ?2",
                run + "-%", OutboxEmail.Status.SENT));
    }

    private static OutboxEmail email(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEmail.<OutboxEmail>findById(id));
    }
}
