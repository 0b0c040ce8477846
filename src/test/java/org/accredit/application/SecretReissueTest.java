package org.accredit.application;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accredit.notification.OutboxDispatcher;
import org.accredit.support.Api;
import org.accredit.support.Api.Submitted;
import org.accredit.support.GreenMailResource.InjectGreenMail;
import org.accredit.support.Outbox;
import org.accredit.support.RealSmtpProfile;
import org.accredit.support.SmtpInbox;
import org.junit.jupiter.api.Test;

/**
 * The lost-secret request over real SMTP (GreenMail): the reference and the contact email bring a new
 * tracking secret to that address only; the old secret stops working at once; any other pair gets the
 * same 202 and sends nothing; the history says it happened, without the secret.
 */
@QuarkusTest
@TestProfile(RealSmtpProfile.class)
class SecretReissueTest {

    static final String PATH = "/api/v1/tracking/secret-reissue";
    static final Pattern SECRET_LINE = Pattern.compile("(?m)^ {4}([A-Za-z0-9_-]{43})$");

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theNewSecretArrivesByEmailAndTheOldOneStopsWorking() throws Exception {
        Submitted s = Api.submit("UN_ENTITY", null, "fr");
        Outbox.deliverAllDue(dispatcher, Instant.now());
        assertEquals(1, inbox().to(s.contactEmail()).size(), "the acknowledgement");

        io.restassured.path.json.JsonPath before = Api.applicant(s.secret()).get("/api/v1/tracking").then().statusCode(200)
                .extract().jsonPath();

        // the email in another case, the reference in lower case with a space before it
        String accepted = Api.anonymous().body(Map.of("reference", " " + s.reference().toLowerCase(Locale.ROOT),
                        "email", s.contactEmail().toUpperCase(Locale.ROOT)))
                .post(PATH).then().statusCode(202).extract().asString();

        Api.applicant(s.secret()).get("/api/v1/tracking").then().statusCode(404);

        Outbox.deliverAllDue(dispatcher, Instant.now());
        List<MimeMessage> received = inbox().to(s.contactEmail());
        assertEquals(2, received.size(), "the acknowledgement and the new secret");
        MimeMessage message = received.get(1);
        assertEquals(s.reference() + " : nouveau code de suivi", SmtpInbox.subject(message));
        assertEquals(List.of(s.contactEmail()), SmtpInbox.recipients(message), "to the contact email only");
        String text = SmtpInbox.text(message);
        Matcher m = SECRET_LINE.matcher(text);
        assertTrue(m.find(), text);
        String fresh = m.group(1);
        assertNotEquals(s.secret(), fresh);
        assertTrue(text.contains("http://localhost:8080/status?lang=fr"), text);
        assertFalse(text.contains("status?" + fresh) || text.contains("=" + fresh), "never in a link");
        assertTrue(SmtpInbox.html(message).contains(fresh));

        Api.applicant(fresh).get("/api/v1/tracking").then().statusCode(200)
                .body("reference", equalTo(s.reference()))
                .body("status", equalTo("SUBMITTED"))
                .body("updatedAt", equalTo(before.getString("updatedAt")))
                .body("history.type", hasItem("TRACKING_SECRET_REISSUED"));
        Api.applicant(s.secret()).get("/api/v1/tracking").then().statusCode(404);

        // the outbox kept the secret only until delivery; the history never held it
        assertEquals(List.of("SENT:null"), outbox(s.id(), "SECRET_REISSUED"));
        assertFalse(historyText(s.id()).contains(fresh));

        // the answer says nothing about whether the pair matched
        String unknown = Api.anonymous().body(Map.of("reference", "AHC-2099-99999", "email", s.contactEmail()))
                .post(PATH).then().statusCode(202).extract().asString();
        assertEquals(accepted, unknown);
    }

    @Test
    void aPairThatDoesNotMatchGetsTheSameAnswerAndSendsNothing() throws Exception {
        Submitted s = Api.submit("UN_ENTITY", null, "en");
        Submitted other = Api.submit("UN_ENTITY", null, "es");
        Outbox.deliverAllDue(dispatcher, Instant.now());
        String stranger = Api.uniqueEmail();

        List<String> answers = new ArrayList<>();
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("reference", s.reference(), "email", stranger),             // right reference, wrong email
                Map.of("reference", s.reference(), "email", other.contactEmail()), // another application's email
                Map.of("reference", "AHC-2099-99998", "email", s.contactEmail()), // no such reference
                Map.of("reference", other.reference(), "email", other.contactEmail()))) { // a real pair, for comparison
            answers.add(Api.anonymous().body(body).post(PATH).then().statusCode(202)
                    .contentType("application/json").extract().asString());
        }
        assertEquals(1, answers.stream().distinct().count(), "one answer for all: " + answers);

        Outbox.deliverAllDue(dispatcher, Instant.now());
        assertTrue(inbox().to(stranger).isEmpty(), "nothing to the address given");
        assertEquals(1, inbox().to(s.contactEmail()).size(), "only its acknowledgement");
        assertEquals(2, inbox().to(other.contactEmail()).size(), "its acknowledgement and its own new secret");
        Api.applicant(s.secret()).get("/api/v1/tracking").then().statusCode(200);
        assertTrue(outbox(s.id(), "SECRET_REISSUED").isEmpty());
    }

    @Test
    void invalidRequestsAreRefusedPerField() {
        Api.anonymous().body(Map.of("reference", "", "email", "not an email")).post(PATH).then().statusCode(400)
                .contentType("application/problem+json");
        Api.anonymous().body(Map.of("reference", "AHC-2026-00001")).post(PATH).then().statusCode(400);
        Api.anonymous().body(Map.of("reference", "A".repeat(25), "email", Api.uniqueEmail())).post(PATH).then()
                .statusCode(400);
        Api.anonymous().body(Map.of("reference", "AHC-2026-00001", "email", Api.uniqueEmail(), "secret", "x"))
                .post(PATH).then().statusCode(400);
    }

    /** "STATUS:template data" of the application's outbox rows of this kind. */
    private List<String> outbox(String applicationId, String kind) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select status, template_data from outbox_email where application_id = ? and kind = ?")) {
            s.setObject(1, UUID.fromString(applicationId));
            s.setString(2, kind);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + ":" + rs.getString(2));
                }
            }
        }
        return rows;
    }

    private String historyText(String applicationId) throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select * from application_event where application_id = ?")) {
            s.setObject(1, UUID.fromString(applicationId));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        all.append(rs.getString(i)).append('|');
                    }
                }
            }
        }
        return all.toString();
    }

    private SmtpInbox inbox() {
        return new SmtpInbox(greenMail);
    }
}
