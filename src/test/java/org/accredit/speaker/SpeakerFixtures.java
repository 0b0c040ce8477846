package org.accredit.speaker;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.accredit.support.Api;

/**
 * Sessions, agenda items, letters and representatives written by SQL (their own endpoints are built
 * elsewhere), and approved organizations walked to APPROVED through the API (para 7).
 */
final class SpeakerFixtures {

    private final AgroalDataSource db;

    SpeakerFixtures(AgroalDataSource db) {
        this.db = db;
    }

    /** An accredited organization: its approved application's id, name, country and tracking secret. */
    record Org(String id, String name, String country, String secret) {
    }

    /** A para 7 organization of {@code country}, approved through the API. */
    static Org approved(String label, String country) {
        String name = Api.unique(label);
        var receipt = Api.submit(Api.body(name, "INTERGOVERNMENTAL_ORGANIZATION", country, null, Api.uniqueEmail(), "en"));
        String id = receipt.path("id");
        Api.post("reviewer", "/api/v1/applications/" + id + "/review", null, 200);
        Api.post("reviewer", "/api/v1/applications/" + id + "/recommendation", Map.of(), 200);
        Api.post("approver", "/api/v1/applications/" + id + "/approval", null, 200);
        return new Org(id, name, country, receipt.path("trackingSecret"));
    }

    /** A para 7 organization submitted but not approved. */
    static Org submittedOnly(String country) {
        String name = Api.unique("Pending IGO");
        var receipt = Api.submit(Api.body(name, "INTERGOVERNMENTAL_ORGANIZATION", country, null, Api.uniqueEmail(), "en"));
        return new Org(receipt.path("id"), name, country, receipt.path("trackingSecret"));
    }

    /** A New York session opening {@code opensIn} from {@code now} and lasting five days; its id. */
    UUID session(Instant now, Duration opensIn) throws SQLException {
        UUID id = UUID.randomUUID();
        Instant opens = now.plus(opensIn);
        Instant closes = opens.plus(Duration.ofDays(5));
        Instant regOpens = opens.minus(Duration.ofDays(30));
        Instant regCloses = opens.minus(Duration.ofDays(1));
        update("insert into session (id, code, title, kind, venue, time_zone, opens_at, closes_at, registration_opens_at, "
                        + "registration_closes_at, in_person_seats, online_seats, created_at, updated_at) "
                        + "values (?, ?, 'Speakers test session', 'SUBSTANTIVE', 'NEW_YORK', 'America/New_York', ?, ?, ?, ?, 1, null, ?, ?)",
                id, "SPK-" + id.toString().substring(0, 8), opens, closes, regOpens, regCloses, now, now);
        return id;
    }

    UUID agendaItem(UUID session, int number, String title) throws SQLException {
        UUID id = UUID.randomUUID();
        update("insert into session_agenda_item (id, session_id, number, title) values (?, ?, ?, ?)", id, session, number, title);
        return id;
    }

    /** A representative of {@code org} for the session, with the status and gender given (null = not given), and its letter. */
    UUID representative(UUID session, Org org, String name, String status, String gender) throws SQLException {
        UUID letter = UUID.randomUUID();
        Instant now = Instant.now();
        update("insert into registration_letter (id, session_id, application_id, content, sha256, size_bytes, pages, uploaded_at) "
                + "values (?, ?, ?, ?, ?, 4, 1, ?)", letter, session, UUID.fromString(org.id()), "%PDF".getBytes(),
                new byte[32], now);
        UUID id = UUID.randomUUID();
        String email = "rep-" + id + "@example.org";
        update("insert into representative (id, session_id, application_id, letter_id, name, title, employer, email, "
                        + "email_normalized, mode, gender, nationality, status, registered_at, updated_at) "
                        + "values (?, ?, ?, ?, ?, 'Delegate', 'The organization', ?, ?, 'IN_PERSON', ?, null, ?, ?, ?)",
                id, session, UUID.fromString(org.id()), letter, name, email, email, gender, status, now, now);
        return id;
    }

    void setRepresentativeStatus(UUID representative, String status) throws SQLException {
        update("update representative set status = ?, version = version + 1 where id = ?", status, representative);
    }

    void update(String sql, Object... values) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v instanceof Instant instant) {
                    s.setTimestamp(i + 1, Timestamp.from(instant));
                } else {
                    s.setObject(i + 1, v);
                }
            }
            s.executeUpdate();
        }
    }
}
