package org.accredit.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accredit.support.GreenMailResource.InjectGreenMail;
import org.accredit.support.Outbox;
import org.accredit.support.RealSmtpProfile;
import org.accredit.support.SmtpInbox;
import org.junit.jupiter.api.Test;

/**
 * The admin's view of failed emails over real SMTP (GreenMail): listed page by page, read one by one, and
 * resent as a new email that arrives; a resend of an email that is not FAILED, or was resent already, is
 * refused (409). A FAILED acknowledgement kept no secret: its resend issues a new tracking secret.
 */
@QuarkusTest
@TestProfile(RealSmtpProfile.class)
class AdminEmailsTest {

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    OutboxDispatcher dispatcher;

    @Test
    void failedEmailsArePagedNewestFirstAndReadOneByOne() {
        String run = unique("page");
        Instant base = Instant.now().plus(3650, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(failedRow(run + "-" + i + "@example.org", base.plusSeconds(i), "550 5.1.1 mailbox " + i + " unknown"));
        }
        // newest first: these three are created in the future, so they lead the list
        JsonPath first = admin().get("/api/v1/admin/emails?status=FAILED&limit=2").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(ids.get(2).toString(), ids.get(1).toString()), first.getList("items.id"));
        assertEquals("FAILED", first.getString("items[0].status"));
        assertEquals("550 5.1.1 mailbox 2 unknown", first.getString("items[0].lastError"));
        String cursor = first.getString("nextCursor");
        JsonPath second = admin().queryParam("cursor", cursor).get("/api/v1/admin/emails?status=FAILED&limit=2")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(ids.get(0).toString(), second.getString("items[0].id"));
        // the default status is FAILED
        assertEquals(first.getList("items.id"), admin().get("/api/v1/admin/emails?limit=2").then().statusCode(200)
                .extract().jsonPath().getList("items.id"));

        admin().get("/api/v1/admin/emails/" + ids.get(1)).then().statusCode(200)
                .body("recipient", equalTo(run + "-1@example.org"))
                .body("kind", equalTo("WITHDRAWAL"))
                .body("language", equalTo("fr"))
                .body("attempts", equalTo(10));
        admin().get("/api/v1/admin/emails/" + UUID.randomUUID()).then().statusCode(404)
                .contentType(org.accredit.common.Problem.MEDIA_TYPE);
    }

    @Test
    void aFailedEmailIsResentAsANewEmailThatArrivesOnce() throws Exception {
        String recipient = unique("resend") + "@example.org";
        UUID failed = failedRow(recipient, Instant.now(), "550 5.1.1 no such user");

        var response = admin().post("/api/v1/admin/emails/" + failed + "/resend").then().statusCode(202)
                .body("status", equalTo("PENDING"))
                .body("attempts", equalTo(0))
                .body("kind", equalTo("WITHDRAWAL"))
                .body("recipient", equalTo(recipient))
                .extract();
        UUID resent = UUID.fromString(response.path("id"));
        assertEquals("/api/v1/admin/emails/" + resent, java.net.URI.create(response.header("Location")).getPath());
        admin().get("/api/v1/admin/emails/" + failed).then().statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("resentAs", equalTo(resent.toString()));

        // once only, and only a FAILED email
        admin().post("/api/v1/admin/emails/" + failed + "/resend").then().statusCode(409)
                .contentType(org.accredit.common.Problem.MEDIA_TYPE);
        admin().post("/api/v1/admin/emails/" + resent + "/resend").then().statusCode(409);
        admin().post("/api/v1/admin/emails/" + UUID.randomUUID() + "/resend").then().statusCode(404);
        given().auth().preemptive().basic("reviewer", "reviewer").post("/api/v1/admin/emails/" + failed + "/resend")
                .then().statusCode(403);

        Outbox.deliverAllDue(dispatcher, Instant.now());

        MimeMessage message = new SmtpInbox(greenMail).single(recipient);
        assertEquals("AHC-2026-00042 : demande retirée", message.getSubject());
        assertEquals("<" + resent + "@accredit>", message.getHeader("Message-ID")[0], "the Message-ID names the outbox row");
        admin().get("/api/v1/admin/emails/" + resent).then().statusCode(200).body("status", equalTo("SENT"))
                .body("attempts", equalTo(1));
    }

    @Test
    void aFailedAcknowledgementIsResentWithANewTrackingSecret() throws Exception {
        String contact = unique("ack") + "@example.org";
        JsonPath receipt = given().contentType("application/json").body("""
                {"organization":{"name":"%s","type":"INTERGOVERNMENTAL_ORGANIZATION","country":"FR"},
                 "contact":{"name":"Anne Dupont","email":"%s"},"language":"en"}
                """.formatted("Resend Test Organization " + unique(""), contact))
                .post("/api/v1/applications").then().statusCode(201).extract().jsonPath();
        UUID application = UUID.fromString(receipt.getString("id"));
        String oldSecret = receipt.getString("trackingSecret");
        // the acknowledgement ends FAILED as the dispatcher leaves it (V6): no data, so no secret, left
        UUID acknowledgement = QuarkusTransaction.requiringNew().call(() -> {
            OutboxEmail e = OutboxEmail.<OutboxEmail>find("applicationId = ?1 and kind = ?2", application,
                    EmailKind.ACKNOWLEDGEMENT).singleResult();
            OutboxEmail.getEntityManager().createNativeQuery("update outbox_email set status = 'FAILED', attempts = 10, "
                    + "last_attempt_at = now(), last_error = '550 5.7.1 refused', template_data = null where id = ?1")
                    .setParameter(1, e.id()).executeUpdate();
            return e.id();
        });
        assertNull(email(acknowledgement).templateJson());

        UUID resent = UUID.fromString(admin().post("/api/v1/admin/emails/" + acknowledgement + "/resend").then()
                .statusCode(202).body("kind", equalTo("SECRET_REISSUED")).body("recipient", equalTo(contact))
                .extract().path("id"));
        assertEquals(application, email(resent).applicationId());

        Outbox.deliverAllDue(dispatcher, Instant.now());

        String text = SmtpInbox.text(new SmtpInbox(greenMail).single(contact));
        Matcher m = Pattern.compile("[A-Za-z0-9_-]{43}").matcher(text);
        assertTrue(m.find(), "the email carries a tracking secret: " + text);
        String newSecret = m.group();
        assertNotEquals(oldSecret, newSecret);
        given().header("X-Tracking-Secret", oldSecret).get("/api/v1/tracking").then().statusCode(404);
        given().header("X-Tracking-Secret", newSecret).get("/api/v1/tracking").then().statusCode(200)
                .body("reference", equalTo(receipt.getString("reference")));
        long reissued = QuarkusTransaction.requiringNew().call(() -> (Long) OutboxEmail.getEntityManager()
                .createNativeQuery("select count(*) from application_event where application_id = ?1 "
                        + "and type = 'TRACKING_SECRET_REISSUED' and actor = 'admin' and actor_role = 'admin'")
                .setParameter(1, application).getSingleResult());
        assertEquals(1, reissued, "the application's history records who issued the new secret");
        assertNull(email(resent).templateJson(), "the delivered secret is not kept");
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** A withdrawal email the dispatcher gave up on after ten attempts, written at {@code createdAt}. */
    private static UUID failedRow(String recipient, Instant createdAt, String lastError) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> OutboxEmail.getEntityManager().createNativeQuery(
                        "insert into outbox_email (id, kind, recipient, language, subject, body_text, body_html, status, "
                                + "attempts, next_attempt_at, created_at, last_attempt_at, last_error) values (?1, 'WITHDRAWAL', ?2, "
                                + "'fr', 'AHC-2026-00042 : demande retirée', 'Texte', '<p>HTML</p>', 'FAILED', 10, ?3, ?3, ?3, ?4)")
                .setParameter(1, id).setParameter(2, recipient).setParameter(3, createdAt).setParameter(4, lastError)
                .executeUpdate());
        return id;
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin");
    }

    private static OutboxEmail email(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEmail.<OutboxEmail>findById(id));
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }
}
