package org.accredit.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Sessions for registration tests, inserted by SQL (the admin endpoints are another feature's),
 * with their registration window placed relative to a given moment (usually the service clock's now).
 */
public final class SessionRows {

    private SessionRows() {
    }

    /** A session's moments and seats. */
    public record Spec(String venue, String timeZone, Instant registrationOpensAt, Instant registrationClosesAt,
            Instant para9ClosesAt, Instant opensAt, Integer inPersonSeats, Integer onlineSeats) {

        /** New York: registration open since a day before {@code now}, closing in 10 days, the session in 20. */
        public static Spec openNewYork(Instant now, Integer inPersonSeats, Integer onlineSeats) {
            return new Spec("NEW_YORK", "America/New_York", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)),
                    null, now.plus(Duration.ofDays(20)), inPersonSeats, onlineSeats);
        }

        /** Vienna: the cut-off passed a day before {@code now}, the session opens in 5 days (late requests). */
        public static Spec pastCutOffVienna(Instant now, Integer inPersonSeats, Integer onlineSeats) {
            return new Spec("VIENNA", "Europe/Vienna", now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)),
                    null, now.plus(Duration.ofDays(5)), inPersonSeats, onlineSeats);
        }

        /** Registration opens in 3 days. */
        public static Spec notYetOpen(Instant now) {
            return new Spec("NEW_YORK", "America/New_York", now.plus(Duration.ofDays(3)), now.plus(Duration.ofDays(10)),
                    null, now.plus(Duration.ofDays(20)), null, null);
        }

        /** The session opened an hour ago. */
        public static Spec opened(Instant now) {
            return new Spec("NEW_YORK", "America/New_York", now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(7)),
                    null, now.minus(Duration.ofHours(1)), null, null);
        }
    }

    /** The code {@link #insert} gives the session of this id (shown in email subjects). */
    public static String code(String sessionId) {
        return "T-" + sessionId.substring(0, 8);
    }

    /** Inserts the session; returns its id. */
    public static String insert(DataSource dataSource, Spec s) {
        UUID id = UUID.randomUUID();
        Instant closes = s.opensAt().plus(Duration.ofDays(5));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into session (id, code, title, kind, venue, time_zone, opens_at, closes_at, registration_opens_at, "
                        + "registration_closes_at, para9_closes_at, in_person_seats, online_seats, created_at, updated_at) "
                        + "values (?, ?, ?, 'SUBSTANTIVE', ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), now())")) {
            ps.setObject(1, id);
            ps.setString(2, code(id.toString()));
            ps.setString(3, "Test session " + id.toString().substring(0, 8));
            ps.setString(4, s.venue());
            ps.setString(5, s.timeZone());
            ps.setTimestamp(6, Timestamp.from(s.opensAt()));
            ps.setTimestamp(7, Timestamp.from(closes));
            ps.setTimestamp(8, Timestamp.from(s.registrationOpensAt()));
            ps.setTimestamp(9, Timestamp.from(s.registrationClosesAt()));
            ps.setTimestamp(10, s.para9ClosesAt() == null ? null : Timestamp.from(s.para9ClosesAt()));
            ps.setObject(11, s.inPersonSeats());
            ps.setObject(12, s.onlineSeats());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id.toString();
    }
}
