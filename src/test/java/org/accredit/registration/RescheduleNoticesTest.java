package org.accredit.registration;

import static org.accredit.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.accredit.notification.EmailKind;
import org.accredit.notification.EmailRenderer;
import org.accredit.notification.RenderedEmail;
import org.accredit.organization.Language;
import org.accredit.support.Api;
import org.junit.jupiter.api.Test;

/**
 * A session whose dates change after registrations exist: the registrations stay, and the contact of
 * each organization with a representative holding a seat, and each such representative, get an email
 * in the organization's language. Representatives are inserted with SQL (the registration endpoints
 * are another part of the work).
 */
@QuarkusTest
class RescheduleNoticesTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    EmailRenderer renderer;

    static String approved(String language, String contactEmail) {
        var r = Api.submit(Api.body(Api.unique("Reschedule IGO"), "INTERGOVERNMENTAL_ORGANIZATION", "AT", null,
                contactEmail, language));
        String id = r.path("id");
        as("reviewer").post("/api/v1/applications/" + id + "/review").then().statusCode(200);
        as("reviewer").body("{}").post("/api/v1/applications/" + id + "/recommendation").then().statusCode(200);
        as("approver").body("{}").post("/api/v1/applications/" + id + "/approval").then().statusCode(200);
        return id;
    }

    static Map<String, Object> session(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Third intersessional consultation");
        body.put("kind", "INTERSESSIONAL_CONSULTATION");
        body.put("venue", "VIENNA");
        body.put("timeZone", "Europe/Vienna");
        body.put("opensAt", "2031-11-03T10:00:00+01:00");
        body.put("closesAt", "2031-11-04T18:00:00+01:00");
        body.put("registrationOpensAt", "2031-10-01T00:00:00-04:00");
        body.put("registrationClosesAt", "2031-10-27T18:00:00-04:00");
        body.put("inPersonSeats", 2);
        body.put("onlineSeats", 2);
        if (code != null) {
            body.put("code", code);
        }
        return body;
    }

    UUID letter(String sessionId, String applicationId) throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("insert into registration_letter "
                + "(id, session_id, application_id, content, sha256, size_bytes, pages, uploaded_at) values (?, ?, ?, ?, ?, 5, 1, ?)")) {
            s.setObject(1, id);
            s.setObject(2, UUID.fromString(sessionId));
            s.setObject(3, UUID.fromString(applicationId));
            s.setBytes(4, "%PDF-".getBytes());
            s.setBytes(5, new byte[32]);
            s.setTimestamp(6, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
        return id;
    }

    void representative(String sessionId, String applicationId, UUID letter, String name, String email, String status)
            throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("insert into representative "
                + "(id, session_id, application_id, letter_id, name, title, employer, email, email_normalized, mode, status, "
                + "registered_at, updated_at) values (?, ?, ?, ?, ?, 'Researcher', 'Example', ?, ?, 'IN_PERSON', ?, ?, ?)")) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, UUID.fromString(sessionId));
            s.setObject(3, UUID.fromString(applicationId));
            s.setObject(4, letter);
            s.setString(5, name);
            s.setString(6, email);
            s.setString(7, email.toLowerCase(Locale.ROOT));
            s.setString(8, status);
            s.setTimestamp(9, Timestamp.from(Instant.now()));
            s.setTimestamp(10, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
    }

    /** recipient -> [language, template data] of the SESSION_RESCHEDULED emails of these organizations. */
    Map<String, String[]> notices(String... applicationIds) throws Exception {
        Map<String, String[]> byRecipient = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("select recipient, language, "
                + "template_data from outbox_email where kind = 'SESSION_RESCHEDULED' and application_id = any (?)")) {
            s.setArray(1, c.createArrayOf("uuid", applicationIds));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    assertTrue(byRecipient.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)}) == null,
                            "one email per person: " + rs.getString(1));
                }
            }
        }
        return byRecipient;
    }

    String statuses(String sessionId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select string_agg(status, ',' order by status) from representative where session_id = ?")) {
            s.setObject(1, UUID.fromString(sessionId));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void everyoneHoldingASeatIsToldInTheOrganizationsLanguageAndRegistrationsStay() throws Exception {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String sessionId = as("admin").body(session(code)).post("/api/v1/sessions").then().statusCode(201)
                .extract().path("session.id");
        String contactA = Api.uniqueEmail();
        String contactB = Api.uniqueEmail();
        String contactC = Api.uniqueEmail();
        String a = approved("ar", contactA);
        String b = approved("es", contactB);
        String c = approved("en", contactC);
        UUID letterA = letter(sessionId, a);
        UUID letterB = letter(sessionId, b);
        UUID letterC = letter(sessionId, c);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        representative(sessionId, a, letterA, "Amal Haddad", "amal-" + tag + "@example.org", "CONFIRMED");
        representative(sessionId, a, letterA, "Omar Said", "omar-" + tag + "@example.org", "REQUESTED");
        representative(sessionId, b, letterB, "Lucía Pérez", "lucia-" + tag + "@example.org", "LATE_REQUEST");
        representative(sessionId, b, letterB, "Juan Gone", "juan-" + tag + "@example.org", "WITHDRAWN");
        representative(sessionId, c, letterC, "Refused Person", "refused-" + tag + "@example.org", "REFUSED");
        String before = statuses(sessionId);

        // only the title and the quotas change: nobody is emailed
        Map<String, Object> change = session(null);
        change.put("title", "Third intersessional consultation (informal)");
        change.put("inPersonSeats", 1);
        as("admin").body(change).put("/api/v1/sessions/" + sessionId).then().statusCode(200);
        assertTrue(notices(a, b, c).isEmpty());

        // the dates move by a week
        change.put("opensAt", "2031-11-10T10:00:00+01:00");
        change.put("closesAt", "2031-11-11T18:00:00+01:00");
        as("admin").body(change).put("/api/v1/sessions/" + sessionId).then().statusCode(200);

        Map<String, String[]> sent = notices(a, b, c);
        assertEquals(new java.util.TreeSet<>(java.util.List.of(contactA, "amal-" + tag + "@example.org",
                "omar-" + tag + "@example.org", contactB, "lucia-" + tag + "@example.org")), sent.keySet());
        assertEquals("ar", sent.get(contactA)[0]);
        assertEquals("ar", sent.get("omar-" + tag + "@example.org")[0]);
        assertEquals("es", sent.get("lucia-" + tag + "@example.org")[0]);
        assertEquals(before, statuses(sessionId), "registrations stay as they were");

        ObjectMapper json = new ObjectMapper();
        Map<String, Object> toAmal = json.readValue(sent.get("amal-" + tag + "@example.org")[1], new TypeReference<>() { });
        RenderedEmail arabic = renderer.render(EmailKind.SESSION_RESCHEDULED, Language.ar, toAmal);
        assertTrue(arabic.subject().startsWith(code), arabic.subject());
        assertTrue(arabic.html().contains("dir=\"rtl\""), "Arabic reads right to left");
        assertTrue(arabic.text().contains("Amal Haddad"), arabic.text());
        assertTrue(arabic.text().contains("Europe/Vienna"), arabic.text());
        String newOpening = RescheduleNotices.moment(Instant.parse("2031-11-10T09:00:00Z"), ZoneId.of("Europe/Vienna"), Language.ar);
        assertTrue(arabic.text().contains(newOpening), "the new opening in Vienna time: " + arabic.text());

        Map<String, Object> toContactB = json.readValue(sent.get(contactB)[1], new TypeReference<>() { });
        RenderedEmail spanish = renderer.render(EmailKind.SESSION_RESCHEDULED, Language.es, toContactB);
        assertTrue(spanish.text().contains("10 de noviembre de 2031"), spanish.text());
        assertTrue(spanish.text().contains("3 de noviembre de 2031"), "the old dates too: " + spanish.text());
        assertTrue(spanish.text().contains("Las inscripciones"), "the contact's wording: " + spanish.text());
        assertFalse(spanish.text().contains("Lucía"), "a contact's email does not list people: " + spanish.text());
        assertFalse(spanish.html().contains("dir=\"rtl\""));
    }
}
