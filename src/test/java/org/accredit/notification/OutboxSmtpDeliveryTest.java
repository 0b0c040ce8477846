package org.accredit.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.accredit.common.Constraints;
import org.accredit.organization.Language;
import org.accredit.support.GreenMailResource.InjectGreenMail;
import org.accredit.support.RealSmtpProfile;
import org.accredit.support.Outbox;
import org.accredit.support.SmtpInbox;
import org.junit.jupiter.api.Test;

/**
 * The outbox over real SMTP (GreenMail): an application submitted over the REST API is
 * acknowledged in the applicant's language; a send while SMTP is down is retried and delivered
 * once; concurrent dispatchers never deliver one email twice.
 */
@QuarkusTest
@TestProfile(RealSmtpProfile.class)
class OutboxSmtpDeliveryTest {

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    Notifications notifications;

    @Inject
    MailConfig mailConfig;

    @Test
    void acknowledgementArrivesOverSmtpInFrenchWithTheTrackingSecret() throws Exception {
        String email = unique("fr") + "@example.org";
        JsonPath receipt = submit("Organisation internationale de police criminelle", email, "fr");

        Outbox.deliverAllDue(dispatcher, java.time.Instant.now());

        MimeMessage message = inbox().single(email);
        String reference = receipt.getString("reference");
        assertEquals(reference + " : demande reçue", message.getSubject(), "no applicant text in the subject");
        String text = SmtpInbox.text(message);
        assertTrue(text.contains("Organisation internationale de police criminelle"), "the body names the organization");
        assertTrue(text.contains("Bonjour Anne Dupont,"), text);
        assertTrue(text.contains(receipt.getString("trackingSecret")), "the tracking secret is in the body");
        assertTrue(text.contains("http://localhost:8080/status?lang=fr"), "a link to the status page: " + text);
        String html = SmtpInbox.html(message);
        assertTrue(html.contains("<html lang=\"fr\">"), html);
        assertTrue(html.contains(receipt.getString("trackingSecret")), html);
    }

    @Test
    void acknowledgementArrivesOverSmtpInArabicRightToLeft() throws Exception {
        String email = unique("ar") + "@example.org";
        JsonPath receipt = submit("جامعة الدول العربية " + unique(""), email, "ar");

        Outbox.deliverAllDue(dispatcher, java.time.Instant.now());

        MimeMessage message = inbox().single(email);
        assertTrue(message.getSubject().startsWith(receipt.getString("reference") + ": تم استلام الطلب"), message.getSubject());
        String html = SmtpInbox.html(message);
        assertTrue(html.contains("<html lang=\"ar\" dir=\"rtl\">"), html);
        assertTrue(html.contains("أمانة اللجنة المخصصة"), html);
        assertTrue(SmtpInbox.text(message).contains(receipt.getString("trackingSecret")));
    }

    @Test
    void acknowledgementBodyIsErasedFromTheOutboxOnceDelivered() {
        String email = unique("erase") + "@example.org";
        JsonPath receipt = submit("Erasure Test Organization " + unique(""), email, "en");
        UUID id = UUID.fromString(receipt.getString("id"));
        String secret = receipt.getString("trackingSecret");
        OutboxEmail before = outboxRow(id, EmailKind.ACKNOWLEDGEMENT);
        assertEquals(secret, before.templateData().get("trackingSecret"), "queued with the secret");
        assertNull(before.bodyText(), "rendered only at delivery");

        Outbox.deliverAllDue(dispatcher, java.time.Instant.now());

        OutboxEmail after = outboxRow(id, EmailKind.ACKNOWLEDGEMENT);
        assertEquals(OutboxEmail.Status.SENT, after.status());
        assertNull(after.bodyText());
        assertNull(after.bodyHtml());
        assertNull(after.templateJson(), "the data held the secret");
        assertTrue(after.subject().startsWith(receipt.getString("reference")), after.subject());
        assertEquals(1, inbox().to(email).size());
    }

    @Test
    void outcomeWhileSmtpIsDownIsDeliveredExactlyOnceWhenItReturns() throws Exception {
        String email = unique("down") + "@example.org";
        JsonPath receipt = submit("Outage Test Organization " + unique(""), email, "es");
        Outbox.deliverAllDue(dispatcher, java.time.Instant.now());
        assertEquals(1, inbox().to(email).size(), "acknowledgement delivered while SMTP is up");
        UUID id = UUID.fromString(receipt.getString("id"));

        greenMail.stop();
        try {
            given().header("X-Tracking-Secret", receipt.getString("trackingSecret")).contentType("application/json")
                    .body("{\"reason\":\"We will apply next year.\"}")
                    .post("/api/v1/tracking/withdrawal")
                    .then().statusCode(200);
            assertEquals(0, dispatcher.dispatchDue(), "nothing can be delivered while SMTP is down");
            OutboxEmail failed = outboxRow(id, EmailKind.WITHDRAWAL);
            assertEquals(OutboxEmail.Status.PENDING, failed.status());
            assertEquals(1, failed.attempts());
            assertNotNull(failed.lastError());
        } finally {
            greenMail.start();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            dispatcher.dispatchDue();
            return outboxRow(id, EmailKind.WITHDRAWAL).status() == OutboxEmail.Status.SENT;
        });
        dispatcher.dispatchDue();

        // GreenMail starts with an empty store: what it holds now arrived after SMTP came back.
        List<MimeMessage> received = inbox().to(email);
        assertEquals(1, received.size(), "the withdrawal once, and the acknowledgement not again");
        assertEquals(receipt.getString("reference") + ": solicitud retirada", SmtpInbox.subject(received.get(0)));
        assertTrue(outboxRow(id, EmailKind.WITHDRAWAL).attempts() >= 2);
    }

    @Test
    void aRowQueuedBeforeEmailsWereRenderedAtDeliveryIsSentAsItWasWritten() {
        String recipient = unique("legacy") + "@example.org";
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> OutboxEmail.getEntityManager().createNativeQuery(
                        "insert into outbox_email (id, kind, recipient, language, subject, body_text, body_html, status, "
                                + "attempts, next_attempt_at, created_at) values (?1, 'WITHDRAWAL', ?2, 'fr', "
                                + "'AHC-2026-00007 : demande retirée', 'Texte écrit avant V5', '<p>HTML écrit avant V5</p>', "
                                + "'PENDING', 0, now(), now())")
                .setParameter(1, id)
                .setParameter(2, recipient)
                .executeUpdate());

        Outbox.deliverAllDue(dispatcher, java.time.Instant.now());

        assertEquals(OutboxEmail.Status.SENT, email(id).status());
        MimeMessage message = inbox().single(recipient);
        assertEquals("AHC-2026-00007 : demande retirée", SmtpInbox.subject(message));
        assertTrue(SmtpInbox.text(message).contains("Texte écrit avant V5"), SmtpInbox.text(message));
        assertTrue(SmtpInbox.html(message).contains("HTML écrit avant V5"), SmtpInbox.html(message));
    }

    /** The schema's rule (V5, V6): a row waiting to be sent has data or bodies; a given-up one may have neither. */
    @Test
    void onlyARowThatIsNoLongerPendingMayHoldNothingToSend() {
        String insert = "insert into outbox_email (id, kind, recipient, language, status, attempts, next_attempt_at, "
                + "created_at) values (?1, 'ACKNOWLEDGEMENT', 'nothing@example.org', 'en', ?2, 10, now(), now())";
        RuntimeException refused = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                OutboxEmail.getEntityManager().createNativeQuery(insert)
                        .setParameter(1, UUID.randomUUID()).setParameter(2, "PENDING").executeUpdate()));
        assertTrue(Constraints.violated(refused, "outbox_email_has_content"), String.valueOf(refused));
        UUID failed = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> OutboxEmail.getEntityManager().createNativeQuery(insert)
                .setParameter(1, failed).setParameter(2, "FAILED").executeUpdate());
        assertEquals(OutboxEmail.Status.FAILED, email(failed).status());
    }

    @Test
    void emailIsMarkedFailedAfterTheLastAttemptAndCountedAsFailed() {
        String recipient = unique("failed") + "@example.org";
        UUID id = QuarkusTransaction.requiringNew().call(() -> notifications.enqueue(null, recipient, Language.zh,
                EmailKind.REJECTION, EmailRenderingTest.data(EmailKind.REJECTION, "Failing Organization")));
        UUID acknowledgement = QuarkusTransaction.requiringNew().call(() -> notifications.enqueue(null, recipient,
                Language.en, EmailKind.ACKNOWLEDGEMENT, EmailRenderingTest.data(EmailKind.ACKNOWLEDGEMENT, "Failing Organization")));
        assertTrue(email(acknowledgement).templateJson().contains(EmailRenderingTest.SECRET), "queued with the secret");

        greenMail.stop();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                dispatcher.dispatchDue();
                return email(id).status() == OutboxEmail.Status.FAILED
                        && email(acknowledgement).status() == OutboxEmail.Status.FAILED;
            });
        } finally {
            greenMail.start();
        }
        assertEquals(mailConfig.maxAttempts(), email(id).attempts());
        assertTrue(email(id).templateJson().contains("Failing Organization"), "kept for an operator");
        assertNull(email(acknowledgement).templateJson(), "a given-up email keeps no tracking secret");
        assertNull(email(acknowledgement).bodyText());

        dispatcher.dispatchDue();
        assertEquals(OutboxEmail.Status.FAILED, email(id).status(), "a failed email is left for an operator");
        assertTrue(inbox().to(recipient).isEmpty());
        long failed = OutboxMetricsTest.count(OutboxEmail.Status.FAILED);
        assertTrue(failed >= 1);
        assertEquals(failed, OutboxMetricsTest.gauge("accredit_outbox_failed"));
    }

    @Test
    void concurrentDispatchersNeverDeliverOneEmailTwice() throws Exception {
        int emails = 60;
        int dispatchers = 4;
        String run = unique("race");
        List<String> recipients = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < emails; i++) {
                String recipient = run + "-" + i + "@example.org";
                recipients.add(recipient);
                notifications.enqueue(null, recipient, Language.values()[i % 6], EmailKind.WITHDRAWAL,
                        EmailRenderingTest.data(EmailKind.WITHDRAWAL, "Race " + i));
            }
        });

        // Rounds of concurrent runs until every email is out (a round may end early on a failed send,
        // as a scheduled run would); what matters is that no email arrives twice.
        ExecutorService pool = Executors.newFixedThreadPool(dispatchers);
        try {
            await().atMost(Duration.ofSeconds(120)).until(() -> {
                CyclicBarrier start = new CyclicBarrier(dispatchers);
                List<Future<Integer>> runs = new ArrayList<>();
                for (int d = 0; d < dispatchers; d++) {
                    runs.add(pool.submit(() -> {
                        start.await();
                        return dispatcher.dispatchDue();
                    }));
                }
                for (Future<Integer> f : runs) {
                    f.get();
                }
                return pending(run + "-%") == 0;
            });
        } finally {
            pool.shutdownNow();
        }

        Map<String, Integer> perRecipient = new HashMap<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            for (String to : SmtpInbox.recipients(m)) {
                if (to.startsWith(run + "-")) {
                    perRecipient.merge(to, 1, Integer::sum);
                }
            }
        }
        assertEquals(emails, perRecipient.size(), "every recipient got its email");
        perRecipient.forEach((to, count) -> assertEquals(1, count, to + " received it " + count + " times"));
        long sent = QuarkusTransaction.requiringNew().call(() -> OutboxEmail.count(
                "recipient like ?1 and status = ?2", run + "-%", OutboxEmail.Status.SENT));
        assertEquals(emails, sent);
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static JsonPath submit(String organization, String email, String language) {
        String body = """
                {"organization":{"name":"%s","type":"INTERGOVERNMENTAL_ORGANIZATION","country":"FR"},
                 "contact":{"name":"Anne Dupont","email":"%s"},"language":"%s"}
                """.formatted(organization, email, language);
        return given().contentType("application/json").body(body)
                .post("/api/v1/applications")
                .then().statusCode(201).extract().jsonPath();
    }

    private static OutboxEmail outboxRow(UUID applicationId, EmailKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEmail
                .<OutboxEmail>find("applicationId = ?1 and kind = ?2", applicationId, kind).singleResult());
    }

    /** Runs the dispatcher until nothing is pending, as the schedule would. */

    private static long pending(String recipientPattern) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEmail.count("recipient like ?1 and status = ?2",
                recipientPattern, OutboxEmail.Status.PENDING));
    }

    private static OutboxEmail email(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEmail.<OutboxEmail>findById(id));
    }

    private SmtpInbox inbox() {
        return new SmtpInbox(greenMail);
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }
}
