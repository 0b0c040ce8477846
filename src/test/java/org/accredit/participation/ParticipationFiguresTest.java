package org.accredit.participation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accredit.support.Api;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The participation figures of a seeded session, exact; the staff CSV and XLSX exports, the same rows
 * cell by cell and safe against formula injection; no personal data on the public figures.
 *
 * <p>Seeding is plain SQL: the session, its letters and representatives (the registration endpoints
 * are built in parallel), and the organizations as APPROVED application rows (path, country and status
 * are all the figures read; walking para 8 and para 9 applications to approval through the API is what
 * ApplicationFlowTest and the non-objection tests do, at many times the cost).
 */
@QuarkusTest
class ParticipationFiguresTest {

    @Inject
    AgroalDataSource dataSource;

    UUID session;
    String code;
    /** Every seeded name, email, organization name and reference: none may be public. */
    final List<String> personal = new ArrayList<>();
    /** Representatives of the session, all statuses. */
    int rows;

    /**
     * Six organizations on the three paths, in four regional groups and OTHER (PS, a non-member
     * observer State), none Eastern European; their representatives in both modes, every gender and
     * none, and every status. Expected (CONFIRMED only):
     * organizations O1 FR PARA_7, O2 KE PARA_8, O3 BR PARA_9, O4 PS PARA_9, O6 IN PARA_9 (O5 has none confirmed);
     * representatives 6: IN_PERSON 3, ONLINE 3; FEMALE 2, MALE 1, OTHER 1, UNDISCLOSED 1, not given 1;
     * awaiting decision 3 (two REQUESTED, one LATE_REQUEST).
     */
    @BeforeEach
    void seed() throws SQLException {
        code = "T-FIG-" + UUID.randomUUID().toString().substring(0, 8);
        session = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            insertSession(c, session, code);
            UUID other = UUID.randomUUID();
            insertSession(c, other, code + "-X");

            UUID o1 = org(c, "PARA_7", "FR", "-Minus Org, Inc.");
            UUID o2 = org(c, "PARA_8", "KE", "Kenya Human Rights Network");
            UUID o3 = org(c, "PARA_9", "BR", "Rede Brasileira \"Direitos\"");
            UUID o4 = org(c, "PARA_9", "PS", "Palestinian Civil Society Forum");
            UUID o5 = org(c, "PARA_8", "JP", "Japan Pending Org");
            UUID o6 = org(c, "PARA_9", "IN", "\u092D\u093E\u0930\u0924 Digital Rights");

            rep(c, session, o1, "=HYPERLINK(\"http://evil.example\",\"click\")", "IN_PERSON", "FEMALE", "CONFIRMED", false,
                    "2026-01-10T15:00:00Z");
            rep(c, session, o1, "Jean Dupont", "ONLINE", "MALE", "CONFIRMED", false, "2026-01-10T15:00:01Z");
            rep(c, session, o1, "@SUM(A1:A9)", "ONLINE", null, "REQUESTED", false, "2026-01-10T15:00:02Z");
            rep(c, session, o2, "+254 Wanjiru", "IN_PERSON", null, "CONFIRMED", false, "2026-01-10T15:00:03Z");
            rep(c, session, o2, "\tTabbed Name", "IN_PERSON", "FEMALE", "REFUSED", false, "2026-01-10T15:00:04Z");
            rep(c, session, o3, "Ana, \"Silva\"\nSegunda linha", "ONLINE", "OTHER", "CONFIRMED", false, "2026-01-10T15:00:05Z");
            rep(c, session, o3, "Withdrawn Person", "IN_PERSON", "MALE", "WITHDRAWN", false, "2026-01-10T15:00:06Z");
            rep(c, session, o4, "\u0644\u064A\u0644\u0649 \u062D\u0633\u0646", "ONLINE", "UNDISCLOSED", "CONFIRMED", false,
                    "2026-01-10T15:00:07Z");
            rep(c, session, o4, "Late Requester", "IN_PERSON", "FEMALE", "LATE_REQUEST", true, "2026-01-10T15:00:08Z");
            rep(c, session, o5, "Pending Person", "IN_PERSON", "MALE", "REQUESTED", false, "2026-01-10T15:00:09Z");
            rep(c, session, o5, "Replaced Person", "ONLINE", "FEMALE", "REPLACED", false, "2026-01-10T15:00:10Z");
            rep(c, session, o6, "\u5F20\u4F1F", "IN_PERSON", "FEMALE", "CONFIRMED", true, "2026-07-10T15:00:11Z");
            rows = 12;
            // another session's confirmed representative counts nowhere here
            rep(c, other, o2, "Other Session Person", "ONLINE", "MALE", "CONFIRMED", false, "2026-01-10T15:00:12Z");
        }
    }

    @Test
    void theFiguresOfASeededSessionAreExact() {
        ExtractableResponse<Response> r = Api.anonymous().get("/api/v1/public/sessions/" + session + "/figures")
                .then().statusCode(200).extract();
        assertEquals(session.toString(), r.path("sessionId"));
        assertEquals(code, r.path("sessionCode"));
        assertEquals(5, (int) r.path("organizations.total"));
        assertEquals(Map.of("PARA_7", 1, "PARA_8", 1, "PARA_9", 3), r.path("organizations.byPath"));
        assertEquals(Map.of("AFRICAN", 1, "ASIA_PACIFIC", 1, "EASTERN_EUROPEAN", 0, "LATIN_AMERICAN_AND_CARIBBEAN", 1,
                "WESTERN_EUROPEAN_AND_OTHERS", 1, "OTHER", 1), r.path("organizations.byRegionalGroup"));
        assertEquals(6, (int) r.path("representatives.total"));
        assertEquals(Map.of("IN_PERSON", 3, "ONLINE", 3), r.path("representatives.byMode"));
        assertEquals(Map.of("FEMALE", 2, "MALE", 1, "OTHER", 1, "UNDISCLOSED", 1, "NOT_GIVEN", 1),
                r.path("representatives.byGender"));
        assertEquals(3, (int) r.path("awaitingDecision"));
    }

    @Test
    void aSessionWithoutRegistrationsHasEveryKeyAtZero() throws SQLException {
        UUID empty = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            insertSession(c, empty, code + "-E");
        }
        ExtractableResponse<Response> r = Api.anonymous().get("/api/v1/public/sessions/" + empty + "/figures")
                .then().statusCode(200).extract();
        assertEquals(0, (int) r.path("organizations.total"));
        assertEquals(Map.of("PARA_7", 0, "PARA_8", 0, "PARA_9", 0), r.path("organizations.byPath"));
        assertEquals(6, ((Map<?, ?>) r.path("organizations.byRegionalGroup")).size());
        assertTrue(((Map<?, ?>) r.path("organizations.byRegionalGroup")).values().stream().allMatch(v -> v.equals(0)));
        assertEquals(Map.of("IN_PERSON", 0, "ONLINE", 0), r.path("representatives.byMode"));
        assertEquals(Map.of("FEMALE", 0, "MALE", 0, "OTHER", 0, "UNDISCLOSED", 0, "NOT_GIVEN", 0),
                r.path("representatives.byGender"));
        assertEquals(0, (int) r.path("awaitingDecision"));
    }

    @Test
    void thePublicFiguresHoldNoPersonalData() {
        String body = Api.anonymous().get("/api/v1/public/sessions/" + session + "/figures")
                .then().statusCode(200).extract().asString();
        assertFalse(personal.isEmpty());
        for (String p : personal) {
            assertFalse(body.contains(p), "public figures contain " + p + ": " + body);
            String firstWord = p.split("[ ,\"]")[0];
            if (firstWord.length() > 4) {
                assertFalse(body.contains(firstWord), "public figures contain " + firstWord + ": " + body);
            }
        }
        assertFalse(body.contains("@example.org"), body);
    }

    @Test
    void theXlsxOpensWithTheLibraryAndHoldsTheSameRowsAsTheCsvFormulaSafe() throws Exception {
        ExtractableResponse<Response> csvReply = Api.as("reviewer").accept("text/csv")
                .get("/api/v1/sessions/" + session + "/registrations/export.csv")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", matchesPattern("attachment; filename=\"" + code
                        + "-registrations-\\d{4}-\\d{2}-\\d{2}\\.csv\""))
                .extract();
        assertTrue(csvReply.contentType().toLowerCase().contains("charset=utf-8"), csvReply.contentType());
        List<CSVRecord> csv = CSVFormat.RFC4180.parse(new StringReader(new String(csvReply.asByteArray(),
                StandardCharsets.UTF_8))).getRecords();

        ExtractableResponse<Response> xlsxReply = Api.as("approver")
                .get("/api/v1/sessions/" + session + "/registrations/export.xlsx")
                .then().statusCode(200)
                .contentType(equalTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", matchesPattern("attachment; filename=\"" + code
                        + "-registrations-\\d{4}-\\d{2}-\\d{2}\\.xlsx\""))
                .extract();
        List<List<String>> xlsx = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsxReply.asByteArray()))) {
            assertEquals(1, workbook.getNumberOfSheets());
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    // every cell a string: nothing a spreadsheet would calculate
                    assertEquals(CellType.STRING, cell.getCellType(), "row " + row.getRowNum() + " cell " + i);
                    cells.add(cell.getStringCellValue());
                }
                xlsx.add(cells);
            }
        }

        // the same rows, cell by cell: header + one per registration of this session, every status
        assertEquals(1 + rows, csv.size());
        assertEquals(csv.size(), xlsx.size());
        for (int r = 0; r < csv.size(); r++) {
            assertEquals(csv.get(r).toList(), xlsx.get(r), "row " + r);
        }
        assertEquals(List.of("organization", "reference", "path", "country", "regionalGroup", "name", "title", "employer",
                "email", "mode", "gender", "nationality", "status", "late", "registeredAt", "registeredAtSessionTime"),
                csv.get(0).toList());

        // registration order; formula-like cells prefixed with an apostrophe (organization and person)
        List<String> first = csv.get(1).toList();
        assertTrue(first.get(0).startsWith("'-Minus Org, Inc. "), first.get(0));
        assertEquals("PARA_7", first.get(2));
        assertEquals("FR", first.get(3));
        assertEquals("WESTERN_EUROPEAN_AND_OTHERS", first.get(4));
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\")", first.get(5));
        assertEquals("IN_PERSON", first.get(9));
        assertEquals("FEMALE", first.get(10));
        assertEquals("CONFIRMED", first.get(12));
        assertEquals("false", first.get(13));
        assertEquals("2026-01-10T15:00:00Z", first.get(14));
        assertEquals("2026-01-10T10:00:00-05:00", first.get(15), "New York time in January");
        assertEquals("'@SUM(A1:A9)", csv.get(3).get(5));
        assertEquals("", csv.get(3).get(10), "no gender given");
        assertEquals("'+254 Wanjiru", csv.get(4).get(5));
        assertEquals("'\tTabbed Name", csv.get(5).get(5));
        assertEquals("Ana, \"Silva\"\nSegunda linha", csv.get(6).get(5));
        assertEquals("OTHER", csv.get(8).get(4), "PS: not a Member State");
        assertEquals("\u0644\u064A\u0644\u0649 \u062D\u0633\u0646", csv.get(8).get(5));
        assertEquals("LATE_REQUEST", csv.get(9).get(12));
        assertEquals("true", csv.get(9).get(13));
        List<String> last = csv.get(rows).toList();
        assertEquals("\u5F20\u4F1F", last.get(5));
        assertEquals("ASIA_PACIFIC", last.get(4));
        assertEquals("2026-07-10T11:00:11-04:00", last.get(15), "New York summer time");
        for (CSVRecord record : csv) {
            assertNotEquals("Other Session Person", record.get(5));
            char c = record.get(5).isEmpty() ? 'x' : record.get(5).charAt(0);
            assertTrue("=+-@\t\r".indexOf(c) < 0, record.get(5));
        }
    }

    /**
     * A session with more registrations than two export batches (ParticipationService.EXPORT_BATCH), three
     * registered in each second (ties broken by id across batch boundaries), from over a thousand
     * organizations: both exports hold every registration once, in order, each with its own organization.
     */
    @Test
    void aLargeSessionExportsEveryRegistrationOnceWithItsOrganization() throws Exception {
        int orgs = 1300;
        int reps = 2 * ParticipationService.EXPORT_BATCH + 500;
        UUID big = UUID.randomUUID();
        String tag = big.toString().substring(0, 8);
        List<List<String>> expected = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            insertSession(c, big, code + "-L");
            try (PreparedStatement s = c.prepareStatement("insert into application (id, reference, path, status, org_name,"
                    + " org_name_normalized, org_type, country, contact_name, contact_email, language, tracking_secret_hash,"
                    + " submitted_at, updated_at) select gen_random_uuid(), 'RG-' || ? || '-' || i, 'PARA_8', 'APPROVED',"
                    + " 'Large Org ' || ? || ' ' || i, 'large org ' || ? || ' ' || i, 'NGO', 'KE', 'Contact', 'c@example.org',"
                    + " 'en', decode(md5('large' || ? || i), 'hex'), now(), now() from generate_series(0, ? - 1) i")) {
                s.setString(1, tag);
                s.setString(2, tag);
                s.setString(3, tag);
                s.setString(4, tag);
                s.setInt(5, orgs);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("insert into registration_letter (id, session_id, application_id,"
                    + " content, sha256, size_bytes, pages, uploaded_at) select gen_random_uuid(), ?, id, '%PDF'::bytea,"
                    + " decode(md5(id::text) || md5(id::text), 'hex'), 4, 1, now() from application where reference like ?")) {
                s.setObject(1, big);
                s.setString(2, "RG-" + tag + "-%");
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("insert into representative (id, session_id, application_id,"
                    + " letter_id, name, title, employer, email, email_normalized, mode, status, registered_at, updated_at)"
                    + " select gen_random_uuid(), ?, l.application_id, l.id, 'Person ' || i, 'Title', 'Employer',"
                    + " 'p' || i || '@example.org', 'p' || i || '@example.org', 'ONLINE', 'REQUESTED',"
                    + " timestamptz '2026-02-01 10:00Z' + (i / 3) * interval '1 second', now()"
                    + " from generate_series(0, ? - 1) i join application a on a.reference = 'RG-' || ? || '-' || (i % ?)"
                    + " join registration_letter l on l.application_id = a.id and l.session_id = ?")) {
                s.setObject(1, big);
                s.setInt(2, reps);
                s.setString(3, tag);
                s.setInt(4, orgs);
                s.setObject(5, big);
                assertEquals(reps, s.executeUpdate());
            }
            try (PreparedStatement s = c.prepareStatement("select a.org_name, a.reference, r.name, r.email from representative r"
                    + " join application a on a.id = r.application_id where r.session_id = ? order by r.registered_at, r.id")) {
                s.setObject(1, big);
                try (var rs = s.executeQuery()) {
                    while (rs.next()) {
                        expected.add(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
        }
        assertEquals(reps, expected.size());

        byte[] csvBytes = Api.as("reviewer").get("/api/v1/sessions/" + big + "/registrations/export.csv")
                .then().statusCode(200).extract().asByteArray();
        List<CSVRecord> csv = CSVFormat.RFC4180.parse(new StringReader(new String(csvBytes, StandardCharsets.UTF_8)))
                .getRecords();
        assertEquals(1 + reps, csv.size());
        for (int i = 0; i < reps; i++) {
            CSVRecord r = csv.get(i + 1);
            assertEquals(expected.get(i), List.of(r.get(0), r.get(1), r.get(5), r.get(8)), "row " + (i + 1));
        }

        byte[] xlsxBytes = Api.as("approver").get("/api/v1/sessions/" + big + "/registrations/export.xlsx")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsxBytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(reps, sheet.getLastRowNum(), "header at 0, then every registration");
            for (int i : new int[] {0, ParticipationService.EXPORT_BATCH - 1, ParticipationService.EXPORT_BATCH, reps - 1}) {
                Row row = sheet.getRow(i + 1);
                assertEquals(expected.get(i), List.of(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue(),
                        row.getCell(5).getStringCellValue(), row.getCell(8).getStringCellValue()), "row " + (i + 1));
            }
        }
    }

    @Test
    void unknownSessionsAreNotFound() {
        String unknown = UUID.randomUUID().toString();
        Api.anonymous().get("/api/v1/public/sessions/" + unknown + "/figures").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        Api.as("admin").accept("text/csv").get("/api/v1/sessions/" + unknown + "/registrations/export.csv")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        Api.as("admin").get("/api/v1/sessions/" + unknown + "/registrations/export.xlsx")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void onlyStaffExport() {
        Api.anonymous().get("/api/v1/sessions/" + session + "/registrations/export.csv").then().statusCode(401);
        Api.as("ms-fr").get("/api/v1/sessions/" + session + "/registrations/export.xlsx").then().statusCode(403);
        Api.as("admin").get("/api/v1/sessions/" + session + "/registrations/export.xlsx").then().statusCode(200);
    }

    // ---- seeding ---------------------------------------------------------------------------

    private static void insertSession(Connection c, UUID id, String code) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into session (id, code, title, kind, venue, time_zone, "
                + "opens_at, closes_at, registration_opens_at, registration_closes_at, in_person_seats, online_seats, "
                + "created_at, updated_at) values (?, ?, 'Figures test session', 'SUBSTANTIVE', 'NEW_YORK', "
                + "'America/New_York', timestamptz '2026-08-03 10:00-04', timestamptz '2026-08-14 18:00-04', "
                + "timestamptz '2026-01-01 00:00-05', timestamptz '2026-07-27 18:00-04', null, null, now(), now())")) {
            s.setObject(1, id);
            s.setString(2, code);
            s.executeUpdate();
        }
    }

    private UUID org(Connection c, String path, String country, String name) throws SQLException {
        UUID id = UUID.randomUUID();
        String unique = name + " " + id.toString().substring(0, 8);
        String reference = "TF-" + id.toString().substring(0, 13);
        String contact = "contact-" + id + "@example.org";
        try (PreparedStatement s = c.prepareStatement("insert into application (id, reference, path, status, org_name, "
                + "org_name_normalized, org_type, country, contact_name, contact_email, language, tracking_secret_hash, "
                + "submitted_at, updated_at) values (?, ?, ?, 'APPROVED', ?, ?, 'NGO', ?, 'Contact Person', ?, 'en', ?, "
                + "now(), now())")) {
            s.setObject(1, id);
            s.setString(2, reference);
            s.setString(3, path);
            s.setString(4, unique);
            s.setString(5, unique.toLowerCase());
            s.setString(6, country);
            s.setString(7, contact);
            s.setBytes(8, id.toString().getBytes(StandardCharsets.UTF_8));
            s.executeUpdate();
        }
        personal.add(unique);
        personal.add(reference);
        personal.add(contact);
        return id;
    }

    private void rep(Connection c, UUID session, UUID org, String name, String mode, String gender, String status,
            boolean late, String registeredAt) throws SQLException {
        UUID letter = UUID.randomUUID();
        try (PreparedStatement s = c.prepareStatement("insert into registration_letter (id, session_id, application_id, "
                + "content, sha256, size_bytes, pages, uploaded_at) values (?, ?, ?, ?, ?, 4, 1, now())")) {
            s.setObject(1, letter);
            s.setObject(2, session);
            s.setObject(3, org);
            s.setBytes(4, "%PDF".getBytes(StandardCharsets.US_ASCII));
            s.setBytes(5, new byte[32]);
            s.executeUpdate();
        }
        String email = "rep-" + UUID.randomUUID() + "@example.org";
        String title = "Chief " + UUID.randomUUID().toString().substring(0, 6);
        String employer = "Employer " + UUID.randomUUID().toString().substring(0, 6);
        try (PreparedStatement s = c.prepareStatement("insert into representative (id, session_id, application_id, "
                + "letter_id, name, title, employer, email, email_normalized, mode, gender, nationality, status, late, "
                + "registered_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'FR', ?, ?, ?, now())")) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, session);
            s.setObject(3, org);
            s.setObject(4, letter);
            s.setString(5, name);
            s.setString(6, title);
            s.setString(7, employer);
            s.setString(8, email);
            s.setString(9, email);
            s.setString(10, mode);
            s.setString(11, gender);
            s.setString(12, status);
            s.setBoolean(13, late);
            s.setObject(14, OffsetDateTime.ofInstant(Instant.parse(registeredAt), ZoneOffset.UTC));
            s.executeUpdate();
        }
        personal.add(name);
        personal.add(email);
        personal.add(title);
        personal.add(employer);
    }
}
