package org.accredit.registration;

import static org.accredit.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.accredit.notification.OutboxDispatcher;
import org.accredit.support.Api;
import org.accredit.support.GreenMailResource.InjectGreenMail;
import org.accredit.support.Outbox;
import org.accredit.support.RealSmtpProfile;
import org.accredit.support.SmtpInbox;
import org.junit.jupiter.api.Test;

/** A rescheduled session over real SMTP: the contact and the representative get it, in Arabic, right to left. */
@QuarkusTest
@TestProfile(RealSmtpProfile.class)
class RescheduleSmtpTest {

    @InjectGreenMail
    GreenMail greenMail;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void theContactAndTheRepresentativeReadTheNewDatesInArabic() throws Exception {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        Map<String, Object> body = RescheduleNoticesTest.session(code);
        String sessionId = as("admin").body(body).post("/api/v1/sessions").then().statusCode(201).extract().path("session.id");
        String contact = Api.uniqueEmail();
        String org = RescheduleNoticesTest.approved("ar", contact);
        String rep = "rep-" + UUID.randomUUID() + "@example.org";
        UUID letter = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("insert into registration_letter (id, session_id, application_id, "
                    + "content, sha256, size_bytes, pages, uploaded_at) values (?, ?, ?, ?, ?, 5, 1, ?)")) {
                s.setObject(1, letter);
                s.setObject(2, UUID.fromString(sessionId));
                s.setObject(3, UUID.fromString(org));
                s.setBytes(4, "%PDF-".getBytes());
                s.setBytes(5, new byte[32]);
                s.setTimestamp(6, Timestamp.from(Instant.now()));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("insert into representative (id, session_id, application_id, "
                    + "letter_id, name, title, employer, email, email_normalized, mode, status, registered_at, updated_at) "
                    + "values (?, ?, ?, ?, 'Layla Nasser', 'Counsel', 'Example', ?, ?, 'ONLINE', 'CONFIRMED', now(), now())")) {
                s.setObject(1, UUID.randomUUID());
                s.setObject(2, UUID.fromString(sessionId));
                s.setObject(3, UUID.fromString(org));
                s.setObject(4, letter);
                s.setString(5, rep);
                s.setString(6, rep);
                s.executeUpdate();
            }
        }
        Map<String, Object> change = RescheduleNoticesTest.session(null);
        change.put("opensAt", "2031-11-17T10:00:00+01:00");
        change.put("closesAt", "2031-11-18T18:00:00+01:00");
        as("admin").body(change).put("/api/v1/sessions/" + sessionId).then().statusCode(200);

        Outbox.deliverAllDue(dispatcher, Instant.now());
        SmtpInbox inbox = new SmtpInbox(greenMail);
        for (String to : new String[] {contact, rep}) {
            java.util.List<MimeMessage> notices = inbox.to(to).stream()
                    .filter(x -> SmtpInbox.subject(x).startsWith(code)).toList();
            assertEquals(1, notices.size(), "one notice to " + to);
            MimeMessage m = notices.get(0);
            assertEquals(code + ": تغيّرت مواعيد الدورة", SmtpInbox.subject(m));
            assertTrue(SmtpInbox.html(m).contains("dir=\"rtl\""), SmtpInbox.html(m));
            assertTrue(SmtpInbox.text(m).contains("2031"), SmtpInbox.text(m));
        }
        assertTrue(SmtpInbox.text(inbox.single(rep)).contains("Layla Nasser"));
    }
}
