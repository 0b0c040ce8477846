package org.accredit.statement;

import static org.accredit.support.Api.as;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.accredit.support.Api;

/**
 * An approved organization (a para 7 application walked to APPROVED through the API) and sessions
 * inserted by SQL with dates relative to the service's clock. (Another helper writes a similar
 * fixture for registrations; they can be merged.)
 */
final class StatementFixtures {

    private StatementFixtures() {
    }

    /** An approved organization: its application id, its name and the tracking secret it authenticates with. */
    record Organization(String id, String name, String secret, String contactEmail) {
    }

    static Organization approved(String language) {
        String name = Api.unique("Statement IGO");
        String email = Api.uniqueEmail();
        var receipt = Api.submit(Api.body(name, "INTERGOVERNMENTAL_ORGANIZATION", "AT", null, email, language));
        String id = receipt.path("id");
        as("reviewer").post("/api/v1/applications/" + id + "/review").then().statusCode(200);
        as("reviewer").body(Map.of()).post("/api/v1/applications/" + id + "/recommendation").then().statusCode(200);
        as("approver").post("/api/v1/applications/" + id + "/approval").then().statusCode(200);
        return new Organization(id, name, receipt.path("trackingSecret"), email);
    }

    /** A New York session that opens tomorrow and closes in ten days (by {@code now}). */
    static String openSession(AgroalDataSource db, Instant now) {
        return session(db, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)), now);
    }

    /** A New York session from {@code opensAt} to {@code closesAt}; its registration window ends the day before it opens. */
    static String session(AgroalDataSource db, Instant opensAt, Instant closesAt, Instant now) {
        UUID id = UUID.randomUUID();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("insert into session (id, code, "
                + "title, kind, venue, time_zone, opens_at, closes_at, registration_opens_at, registration_closes_at, "
                + "created_at, updated_at) values (?, ?, ?, 'SUBSTANTIVE', 'NEW_YORK', 'America/New_York', ?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, id);
            s.setString(2, "ST-" + id.toString().substring(0, 8));
            s.setString(3, "Statements test session " + id);
            s.setTimestamp(4, Timestamp.from(opensAt));
            s.setTimestamp(5, Timestamp.from(closesAt));
            s.setTimestamp(6, Timestamp.from(opensAt.minus(Duration.ofDays(30))));
            s.setTimestamp(7, Timestamp.from(opensAt.minus(Duration.ofDays(1))));
            s.setTimestamp(8, Timestamp.from(now));
            s.setTimestamp(9, Timestamp.from(now));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id.toString();
    }

    /** The id of a meeting seeded by V14 (all of them past). */
    static String seeded(AgroalDataSource db, String code) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("select id from session where code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
