package org.accredit.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V8 turns the single information request/response columns into the thread: existing questions
 * (from the history) and the kept answer are migrated. Runs the real migrations V1 to V7 in a
 * scratch schema, writes data as the old code did, then applies V8.
 */
@QuarkusTest
class InformationThreadMigrationTest {

    static final String SCHEMA = "v8_migration_check";
    static final String APP = "11111111-1111-4111-8111-111111111111";
    static final String OPEN = "22222222-2222-4222-8222-222222222222";

    /**
     * Its own connections, never the application's pool: Flyway and this test change the search path
     * of the connections they use, and the scratch schema is dropped at the end.
     */
    private static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }

    private static Flyway flyway(String target) {
        Config config = ConfigProvider.getConfig();
        return Flyway.configure()
                .dataSource(config.getValue("quarkus.datasource.jdbc.url", String.class),
                        config.getValue("quarkus.datasource.username", String.class),
                        config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""))
                .schemas(SCHEMA).createSchemas(true).cleanDisabled(false)
                .locations("classpath:db/migration").target(target).load();
    }

    @Test
    void questionsAndTheKeptAnswerBecomeTheThread() throws SQLException {
        flyway("7").clean();
        flyway("7").migrate();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("set search_path to " + SCHEMA);
            for (String[] app : new String[][] {{APP, "AHC-2026-90001", "IN_REVIEW", "'Second question?'", "'Second answer'"},
                    {OPEN, "AHC-2026-90002", "INFORMATION_REQUESTED", "'Open question?'", "null"}}) {
                s.execute("insert into application (id, reference, path, status, org_name, org_name_normalized, org_type, "
                        + "country, contact_name, contact_email, language, tracking_secret_hash, information_request, "
                        + "information_response, submitted_at, updated_at) values ('" + app[0] + "', '" + app[1] + "', "
                        + "'PARA_7', '" + app[2] + "', 'Org', 'org " + app[1] + "', 'UN_ENTITY', 'FR', 'C', 'c@example.org', "
                        + "'en', decode(md5('" + app[1] + "'), 'hex'), " + app[3] + ", " + app[4] + ", now(), now())");
            }
            String line = "insert into application_event (application_id, occurred_at, type, actor, actor_role, from_status, "
                    + "to_status, public_reason, applicant_visible) values ";
            s.execute(line + "('" + APP + "', '2026-01-01T10:00:00Z', 'STATUS_CHANGED', 'reviewer', 'reviewer', 'IN_REVIEW', "
                    + "'INFORMATION_REQUESTED', 'First question?', true)");
            s.execute(line + "('" + APP + "', '2026-01-02T10:00:00Z', 'STATUS_CHANGED', 'applicant', 'applicant', "
                    + "'INFORMATION_REQUESTED', 'IN_REVIEW', null, true)");
            s.execute(line + "('" + APP + "', '2026-01-03T10:00:00Z', 'STATUS_CHANGED', 'reviewer2', 'reviewer', 'IN_REVIEW', "
                    + "'INFORMATION_REQUESTED', 'Second question?', true)");
            s.execute(line + "('" + APP + "', '2026-01-04T10:00:00Z', 'STATUS_CHANGED', 'applicant', 'applicant', "
                    + "'INFORMATION_REQUESTED', 'IN_REVIEW', null, true)");
            s.execute(line + "('" + OPEN + "', '2026-01-05T10:00:00Z', 'STATUS_CHANGED', 'reviewer', 'reviewer', 'IN_REVIEW', "
                    + "'INFORMATION_REQUESTED', 'Open question?', true)");
        }

        flyway("8").migrate();

        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("set search_path to " + SCHEMA);
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select application_id, asked_by, question, answered_at, answer "
                    + "from information_request order by asked_at")) {
                while (r.next()) {
                    rows.add(java.util.Arrays.asList(r.getString(1), r.getString(2), r.getString(3),
                            r.getString(4) == null ? null : "answered", r.getString(5)));
                }
            }
            assertEquals(3, rows.size(), rows.toString());
            assertEquals(List.of(APP, "reviewer", "First question?", "answered"), rows.get(0).subList(0, 4));
            assertFalse(rows.get(0).get(4).isBlank(), "the overwritten answer is marked as such");
            assertEquals(java.util.Arrays.asList(APP, "reviewer2", "Second question?", "answered", "Second answer"), rows.get(1));
            assertEquals(java.util.Arrays.asList(OPEN, "reviewer", "Open question?", null, null), rows.get(2));
            try (ResultSet r = s.executeQuery("select count(*) from information_schema.columns where table_schema = '"
                    + SCHEMA + "' and table_name = 'application' and column_name like 'information_%'")) {
                r.next();
                assertEquals(0, r.getInt(1), "the old columns are gone");
            }
        }
        flyway("8").clean();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }
}
