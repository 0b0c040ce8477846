package org.accredit.publiclist;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.accredit.support.Api;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public CSV of accredited organizations, streamed in keyset batches (PublicListService.EXPORT_BATCH
 * rows each): a call with a few thousand approved organizations comes out whole, in the list's order,
 * once each (a run of equal names across a batch boundary included), public columns only, formula-safe,
 * filters applied; the same rows as walking the JSON pages; bad parameters are still 400 problem+json.
 *
 * <p>Seeded with plain SQL (one INSERT ... SELECT): walking thousands of applications to approval
 * through the API is what the flow tests do once, at a far higher cost.
 */
@QuarkusTest
class PublicListExportTest {

    /** More than two batches, the last one short. */
    static final int APPROVED = 2 * PublicListService.EXPORT_BATCH + 500;
    /** A run of rows with the same normalized name (ordered by id), around the first batch boundary. */
    static final int SAME_NAME_FROM = PublicListService.EXPORT_BATCH - 20;
    static final int SAME_NAME_COUNT = 50;
    static final List<String> HOSTILE = List.of("=cmd|' /C calc'!A0", "+1 Foundation", "-Minus Network", "@Handle Org",
            "Comma, \"Quoted\" Org");

    @Inject
    AgroalDataSource dataSource;

    static UUID call;

    @BeforeEach
    void seed() throws SQLException {
        if (call != null) {
            return;
        }
        UUID id = UUID.randomUUID();
        String tag = id.toString().substring(0, 8);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("insert into call_for_applications (id, title, opens_at, closes_at,"
                    + " created_at, created_by) values (?, ?, timestamptz '2031-01-01 00:00Z', timestamptz '2031-02-01 00:00Z',"
                    + " now(), 'test')")) {
                s.setObject(1, id);
                s.setString(2, "Export call " + tag);
                s.executeUpdate();
            }
            // APPROVED rows "Export Org 00000".. in order; SAME_NAME_COUNT of them share one name (countries differ:
            // one open application per name, country and call)
            try (PreparedStatement s = c.prepareStatement("insert into application (id, reference, path, status, call_id,"
                    + " org_name, org_name_normalized, org_type, country, contact_name, contact_email, language,"
                    + " tracking_secret_hash, decided_at, decision_reference, submitted_at, updated_at)"
                    + " select gen_random_uuid(), 'XP-' || ? || '-' || i, 'PARA_9', 'APPROVED', ?,"
                    + " 'Export Org ' || lpad(n::text, 5, '0'), 'export org ' || lpad(n::text, 5, '0'), 'NGO',"
                    + " case when n = i then 'FR' else chr(65 + (i - n) / 26) || chr(65 + (i - n) % 26) end,"
                    + " 'Secret Contact Person', 'secret-contact-' || i || '@example.org', 'en',"
                    + " decode(md5(? || i), 'hex'), timestamptz '2031-03-05 12:00Z', 'A/AC.291/9, decision ' || i, now(), now()"
                    + " from (select i, case when i between ? and ? then ? else i end as n"
                    + " from generate_series(0, ? - 1) i) g")) {
                s.setString(1, tag);
                s.setObject(2, id);
                s.setString(3, tag);
                s.setInt(4, SAME_NAME_FROM);
                s.setInt(5, SAME_NAME_FROM + SAME_NAME_COUNT - 1);
                s.setInt(6, SAME_NAME_FROM);
                s.setInt(7, APPROVED);
                s.executeUpdate();
            }
            int i = 0;
            for (String hostile : HOSTILE) {
                insert(c, id, tag + "-h" + i++, hostile, "APPROVED");
            }
            // not approved: never published
            insert(c, id, tag + "-r", "Export Rejected Org", "REJECTED");
            insert(c, id, tag + "-c", "Export Recommended Org", "RECOMMENDED");
        }
        call = id;
    }

    private static void insert(Connection c, UUID call, String ref, String name, String status) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into application (id, reference, path, status, call_id,"
                + " org_name, org_name_normalized, org_type, country, contact_name, contact_email, language,"
                + " tracking_secret_hash, submitted_at, updated_at) values (gen_random_uuid(), ?, 'PARA_9', ?, ?, ?, ?, 'NGO',"
                + " 'DE', 'Secret Contact Person', 'secret-contact@example.org', 'fr', decode(md5(?), 'hex'), now(), now())")) {
            s.setString(1, "XP-" + ref);
            s.setString(2, status);
            s.setObject(3, call);
            s.setString(4, name);
            s.setString(5, "export " + name.toLowerCase().replaceAll("[^a-z0-9]+", " ").strip());
            s.setString(6, ref);
            s.executeUpdate();
        }
    }

    /** The published names of the call in the list's order, as the database orders them. */
    private List<String> expectedNames() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("select org_name from"
                + " application where call_id = ? and status = 'APPROVED' order by org_name_normalized, id")) {
            s.setObject(1, call);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private static List<CSVRecord> csv(String query) throws Exception {
        byte[] body = Api.anonymous().get("/api/v1/public/accredited-organizations?" + query).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"accredited-organizations.csv\"")
                .extract().asByteArray();
        return CSVFormat.RFC4180.parse(new StringReader(new String(body, StandardCharsets.UTF_8))).getRecords();
    }

    @Test
    void theCsvOfAFewThousandIsEveryApprovedRowOnceInTheListsOrderFormulaSafe() throws Exception {
        List<CSVRecord> records = csv("format=csv&callId=" + call);
        assertEquals(List.of("name", "type", "country", "path", "callId", "decisionReference", "decisionDate"),
                records.get(0).toList());
        List<String> names = records.stream().skip(1).map(r -> r.get(0)).toList();
        List<String> expected = expectedNames().stream().map(n -> "=+-@".indexOf(n.charAt(0)) >= 0 ? "'" + n : n).toList();
        assertEquals(APPROVED + HOSTILE.size(), expected.size());
        // the whole list, in order: the run of equal names crosses the first batch boundary without a row lost or repeated
        assertEquals(expected, names);
        String sameName = String.format("Export Org %05d", SAME_NAME_FROM);
        assertEquals(SAME_NAME_COUNT, names.stream().filter(sameName::equals).count());
        List<String> countries = records.stream().filter(r -> r.get(0).equals(sameName)).map(r -> r.get(2)).toList();
        assertEquals(SAME_NAME_COUNT, new HashSet<>(countries).size(), "each of the equal names once");

        assertTrue(names.contains("'=cmd|' /C calc'!A0") && names.contains("'+1 Foundation")
                && names.contains("'-Minus Network") && names.contains("'@Handle Org")
                && names.contains("Comma, \"Quoted\" Org"), names.subList(0, 10).toString());
        CSVRecord plain = records.stream().filter(r -> r.get(0).equals("Export Org 00007")).findFirst().orElseThrow();
        assertEquals(List.of("Export Org 00007", "NGO", "FR", "PARA_9", call.toString(), "A/AC.291/9, decision 7",
                "2031-03-05"), plain.toList());
        CSVRecord hostile = records.stream().filter(r -> r.get(0).equals("'+1 Foundation")).findFirst().orElseThrow();
        assertEquals("", hostile.get(6), "not decided: no date");
        assertEquals("secretariat registration", hostile.get(5), "no decision reference");
        for (CSVRecord r : records) {
            assertEquals(7, r.size());
            String row = String.join(",", r.toList());
            assertFalse(row.contains("Secret Contact") || row.contains("secret-contact") || row.contains("Rejected")
                    || row.contains("Recommended"), row);
        }
    }

    @Test
    void theCsvIsTheSameRowsAsWalkingTheJsonPages() throws Exception {
        List<String> csvNames = csv("callId=" + call + "&format=csv").stream().skip(1).map(r -> r.get(0))
                .map(n -> n.startsWith("'") ? n.substring(1) : n).toList();
        List<String> pages = new ArrayList<>();
        String cursor = null;
        do {
            var request = Api.anonymous().queryParam("callId", call).queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/public/accredited-organizations").then().statusCode(200).extract().jsonPath();
            pages.addAll(page.getList("items.name"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(pages, csvNames);
    }

    @Test
    void theFiltersApplyToTheCsvAndTheAcceptHeaderAsksForIt() throws Exception {
        assertEquals(1, csv("format=csv&path=PARA_8&callId=" + call).size(), "the header only: no para 8 row in the call");
        assertEquals(1 + APPROVED + HOSTILE.size(), csv("format=csv&path=PARA_9&callId=" + call).size());
        String body = Api.anonymous().accept("text/csv").queryParam("callId", call)
                .get("/api/v1/public/accredited-organizations").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertEquals(1 + APPROVED + HOSTILE.size(), CSVFormat.RFC4180.parse(new StringReader(body)).getRecords().size());
        // the whole list (other tests' rows too) is still one file, every approved row
        List<CSVRecord> all = csv("format=csv");
        assertTrue(all.size() > APPROVED + HOSTILE.size(), "every call: " + all.size());
    }

    @Test
    void badParametersAreStill400ProblemsNotAFileCutShort() {
        for (String query : List.of("format=csv&path=PARA_10", "format=csv&callId=not-a-uuid", "format=xls")) {
            Api.anonymous().get("/api/v1/public/accredited-organizations?" + query).then().statusCode(400)
                    .contentType(startsWith("application/problem+json"));
        }
        Api.anonymous().accept("text/csv").queryParam("path", "PARA_10").get("/api/v1/public/accredited-organizations")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
        Api.anonymous().get("/api/v1/public/accredited-organizations?format=xls").then()
                .body("errors.field", hasItem("format"));
    }
}
