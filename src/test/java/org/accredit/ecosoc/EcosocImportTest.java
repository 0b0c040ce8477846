package org.accredit.ecosoc;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/** The roster import and search over REST: who may, what a file does to the roster, what a bad file gets. */
@QuarkusTest
class EcosocImportTest {

    private static final Logger LOG = Logger.getLogger(EcosocImportTest.class);
    private static final String HEADER = "name,category,year,country,status\n";

    /** Names unique to this run: the tests share one database. */
    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static ExtractableResponse<Response> importCsv(String csv, String mode, int expectedStatus) {
        return importCsv(csv, mode, false, expectedStatus);
    }

    /** {@code force}: a full import may retire more than the configured share of active entries. */
    static ExtractableResponse<Response> importCsv(String csv, String mode, boolean force, int expectedStatus) {
        return given().auth().preemptive().basic("admin", "admin")
                .contentType("text/csv; charset=UTF-8")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("mode", mode)
                .queryParam("force", force)
                .post("/api/v1/ecosoc/imports")
                .then().statusCode(expectedStatus).extract();
    }

    static ExtractableResponse<Response> findEntry(String q, String country) {
        return given().auth().preemptive().basic("reviewer", "reviewer")
                .queryParam("q", q).queryParam("country", country)
                .get("/api/v1/ecosoc/entries")
                .then().statusCode(200).extract();
    }

    private static long notWithdrawn() {
        return QuarkusTransaction.requiringNew().call(() -> EcosocEntry.count("status <> ?1", EcosocStatus.WITHDRAWN));
    }

    @Test
    void onlyAnAdminImports() {
        String csv = HEADER + unique("Auth Probe") + ",special,2001,FR,\n";
        given().contentType("text/csv").body(csv).post("/api/v1/ecosoc/imports").then().statusCode(401);
        given().auth().preemptive().basic("reviewer", "reviewer").contentType("text/csv").body(csv)
                .post("/api/v1/ecosoc/imports").then().statusCode(403);
        given().auth().preemptive().basic("approver", "approver").contentType("text/csv").body(csv)
                .post("/api/v1/ecosoc/imports").then().statusCode(403);
        given().auth().preemptive().basic("admin", "admin").contentType("text/csv").body(csv)
                .queryParam("mode", "partial")
                .post("/api/v1/ecosoc/imports").then().statusCode(201);
    }

    @Test
    void staffReadEntriesAndImportsButAnonymousCannot() {
        given().get("/api/v1/ecosoc/entries").then().statusCode(401);
        given().get("/api/v1/ecosoc/imports/" + UUID.randomUUID()).then().statusCode(401);
        given().get("/api/v1/ecosoc/entries/" + UUID.randomUUID()).then().statusCode(401);
        for (String user : List.of("reviewer", "approver", "admin")) {
            given().auth().preemptive().basic(user, user).get("/api/v1/ecosoc/entries").then().statusCode(200);
            given().auth().preemptive().basic(user, user).get("/api/v1/ecosoc/entries/" + UUID.randomUUID())
                    .then().statusCode(404).contentType("application/problem+json");
            given().auth().preemptive().basic(user, user).get("/api/v1/ecosoc/imports/" + UUID.randomUUID())
                    .then().statusCode(404);
        }
    }

    @Test
    void anImportAddsEntriesAndIsOnRecord() {
        String general = unique("Friends of the Earth, International");
        String arabic = unique("جمعية الإمارات لحقوق الإنسان");
        String csv = "\uFEFF" + HEADER
                + "\"" + general + "\",General,1971,NL,\n"
                + arabic + ",special,2014,ae,suspended\n";
        ExtractableResponse<Response> created = given().auth().preemptive().basic("admin", "admin")
                .contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("mode", "partial").queryParam("fileName", "icso-2026.csv")
                .post("/api/v1/ecosoc/imports")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("rowsRead", equalTo(2)).body("rowsAdded", equalTo(2)).body("rowsUpdated", equalTo(0))
                .body("rowsUnchanged", equalTo(0)).body("rowsRetired", equalTo(0))
                .body("importedBy", equalTo("admin")).body("fileName", equalTo("icso-2026.csv"))
                .extract();
        String id = created.path("id");
        String location = created.header("Location");
        assertTrue(location.endsWith("/api/v1/ecosoc/imports/" + id), location);
        given().auth().preemptive().basic("reviewer", "reviewer").get(location)
                .then().statusCode(200).body("id", equalTo(id)).body("rowsAdded", equalTo(2));

        findEntry("friends of the earth international " + general.substring(general.length() - 8), "NL")
                .response().then()
                .body("items", hasSize(1))
                .body("items[0].name", equalTo(general))
                .body("items[0].category", equalTo("GENERAL"))
                .body("items[0].yearGranted", equalTo(1971))
                .body("items[0].status", equalTo("ACTIVE"))
                .body("items[0].lastImportId", equalTo(id));
        String arabicId = findEntry(arabic, "AE").path("items[0].id");
        given().auth().preemptive().basic("approver", "approver").get("/api/v1/ecosoc/entries/" + arabicId)
                .then().statusCode(200).body("name", equalTo(arabic)).body("status", equalTo("SUSPENDED"))
                .body("country", equalTo("AE"));
    }

    @Test
    void aReImportRestatesAnNgoAsSuspendedOrWithdrawn() {
        String a = unique("Alpha Watch");
        String b = unique("Beta Rights");
        String c = unique("Gamma Trust");
        importCsv(HEADER + a + ",special,2001,FR,\n" + b + ",special,2002,DE,\n" + c + ",roster,2003,IT,\n", "partial", 201);

        importCsv(HEADER + a + ",special,2001,FR,suspended\n" + b + ",special,2002,DE,withdrawn\n" + c + ",roster,2003,IT,\n",
                "partial", 201)
                .response().then().body("rowsRead", equalTo(3)).body("rowsAdded", equalTo(0))
                .body("rowsUpdated", equalTo(2)).body("rowsUnchanged", equalTo(1)).body("rowsRetired", equalTo(0));
        findEntry(a, "FR").response().then().body("items[0].status", equalTo("SUSPENDED"));
        findEntry(b, "DE").response().then().body("items[0].status", equalTo("WITHDRAWN"));
        findEntry(c, "IT").response().then().body("items[0].status", equalTo("ACTIVE"));

        // restated with a new category and year, and active again; the name's spelling may change too
        importCsv(HEADER + a.toUpperCase() + ",GENERAL,2011,FR,Active\n", "partial", 201)
                .response().then().body("rowsUpdated", equalTo(1)).body("rowsAdded", equalTo(0));
        findEntry(a, "FR").response().then().body("items", hasSize(1))
                .body("items[0].status", equalTo("ACTIVE")).body("items[0].category", equalTo("GENERAL"))
                .body("items[0].yearGranted", equalTo(2011)).body("items[0].name", equalTo(a.toUpperCase()));
    }

    @Test
    void aFullImportRetiresTheEntriesItLeavesOut() {
        String kept = unique("Kept Foundation");
        String dropped = unique("Dropped Society");
        String partialImport = importCsv(HEADER + kept + ",special,2001,KE,\n" + dropped + ",special,2001,KE,\n", "partial", 201)
                .path("id");
        given().auth().preemptive().basic("admin", "admin").get("/api/v1/ecosoc/imports/" + partialImport)
                .then().statusCode(200).body("mode", equalTo("PARTIAL"));
        long activeBefore = notWithdrawn();

        String fullImport = importCsv(HEADER + kept + ",special,2001,KE,\n", "full", true, 201)
                .response().then().body("rowsRead", equalTo(1)).body("rowsUnchanged", equalTo(1))
                .body("rowsRetired", equalTo((int) activeBefore - 1)).body("mode", equalTo("FULL"))
                .extract().path("id");
        // the mode is on the import's record
        given().auth().preemptive().basic("admin", "admin").get("/api/v1/ecosoc/imports/" + fullImport)
                .then().statusCode(200).body("mode", equalTo("FULL"));
        findEntry(kept, "KE").response().then().body("items[0].status", equalTo("ACTIVE"));
        findEntry(dropped, "KE").response().then().body("items[0].status", equalTo("WITHDRAWN"));
        assertEquals(1, notWithdrawn());

        // the default mode is full; withdrawn entries are not retired twice
        given().auth().preemptive().basic("admin", "admin").contentType("text/csv")
                .body(HEADER + kept + ",special,2001,KE,\n").post("/api/v1/ecosoc/imports")
                .then().statusCode(201).body("rowsRetired", equalTo(0)).body("mode", equalTo("FULL"));
    }

    @Test
    void aBadFileIsRefusedLineByLineAndImportsNothing() {
        String good = unique("Good Line Org");
        String csv = HEADER
                + good + ",special,2001,FR,\n"
                + unique("Bad Country Org") + ",special,2001,XX,\n"
                + unique("Bad Category Org") + ",consultative,2001,FR,\n"
                + unique("Bad Year Org") + ",special,nineteen,FR,\n";
        importCsv(csv, "partial", 400).response().then()
                .contentType("application/problem+json")
                .body("title", equalTo("Invalid request"))
                .body("detail", startsWith("The file has 3 error(s); nothing was imported."))
                .body("errors.field", contains("line 3: country", "line 4: category", "line 5: year"));
        findEntry(good, "FR").response().then().body("items", hasSize(0));

        importCsv("name,category,country\n" + good + ",special,FR\n", "partial", 400).response().then()
                .body("errors[0].field", equalTo("header: year"));
        importCsv(HEADER + good + ",special,2001,FR,\n" + good.toLowerCase() + ",roster,2002,fr,\n", "partial", 400)
                .response().then().body("errors[0].field", equalTo("line 3: name"));
        importCsv("", "partial", 400).response().then().body("errors[0].field", equalTo("header"));
        importCsv(HEADER + good + ",special,2001,FR,\n", "everything", 400).response().then()
                .body("errors.field", hasItem("mode"));
        given().auth().preemptive().basic("admin", "admin").contentType("application/json").body("{}")
                .post("/api/v1/ecosoc/imports").then().statusCode(415);
        given().auth().preemptive().basic("admin", "admin").contentType("text/csv")
                .body("name,category,year,country\nM\u00e9decins,special,1999,FR\n".getBytes(StandardCharsets.ISO_8859_1))
                .post("/api/v1/ecosoc/imports").then().statusCode(400).body("errors[0].field", equalTo("file"));
        findEntry(good, "FR").response().then().body("items", hasSize(0));
    }

    @Test
    void searchPagesThroughEntriesInAStableOrder() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 7; i++) {
            csv.append("Pager ").append(tag).append(" Org ").append(i).append(",special,2001,").append(i % 2 == 0 ? "BR" : "AR")
                    .append(i == 3 ? ",suspended" : ",").append('\n');
        }
        importCsv(csv.toString(), "partial", 201);

        List<String> names = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().auth().preemptive().basic("reviewer", "reviewer")
                    .queryParam("q", "PAGER " + tag).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            ExtractableResponse<Response> page = request.get("/api/v1/ecosoc/entries").then().statusCode(200).extract();
            names.addAll(page.path("items.name"));
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(3, pages);
        assertEquals(7, names.size());
        Set<String> distinct = new HashSet<>(names);
        assertEquals(7, distinct.size());
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names);

        given().auth().preemptive().basic("reviewer", "reviewer")
                .queryParam("q", "pager " + tag).queryParam("country", "AR").queryParam("status", "SUSPENDED")
                .get("/api/v1/ecosoc/entries").then().statusCode(200)
                .body("items.name", contains("Pager " + tag + " Org 3")).body("nextCursor", nullValue());
        given().auth().preemptive().basic("reviewer", "reviewer").queryParam("country", "XX")
                .get("/api/v1/ecosoc/entries").then().statusCode(400).body("errors[0].field", equalTo("country"));
        given().auth().preemptive().basic("reviewer", "reviewer").queryParam("cursor", "not-a-cursor")
                .get("/api/v1/ecosoc/entries").then().statusCode(400);
        given().auth().preemptive().basic("reviewer", "reviewer").queryParam("limit", 1000)
                .get("/api/v1/ecosoc/entries").then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void sevenThousandRowsImportInOneRequest() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String[] countries = {"FR", "US", "KE", "IN", "BR", "CN", "EG", "DE", "JP", "MX"};
        String[] categories = {"general", "special", "special", "special", "roster"};
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 7000; i++) {
            csv.append("\"Bulk ").append(tag).append(" Association, No. ").append(i).append("\",")
                    .append(categories[i % categories.length]).append(',').append(1947 + i % 79).append(',')
                    .append(countries[i % countries.length]).append(",\n");
        }
        long t0 = System.nanoTime();
        importCsv(csv.toString(), "partial", 201).response().then()
                .body("rowsRead", equalTo(7000)).body("rowsAdded", equalTo(7000));
        long firstMs = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        importCsv(csv.toString(), "partial", 201).response().then()
                .body("rowsRead", equalTo(7000)).body("rowsAdded", equalTo(0)).body("rowsUnchanged", equalTo(7000));
        long againMs = (System.nanoTime() - t0) / 1_000_000;
        LOG.infof("ECOSOC import of a generated 7,000-row file (%d KB): %d ms for 7,000 new entries, %d ms to restate them",
                csv.length() / 1024, firstMs, againMs);
        findEntry("bulk " + tag + " association no 6999", "MX").response().then()
                .body("items", hasSize(1)).body("items[0].name", equalTo("Bulk " + tag + " Association, No. 6999"))
                .body("items[0].category", equalTo("ROSTER")).body("items[0].yearGranted", equalTo(1947 + 6999 % 79));
    }

    @Test
    void anNgoNamedTwiceFarApartIsFoundAndTheFirstErrorsAreListedInLineOrder() {
        // the rows go to the database in batches of 1,000: the repeat on line 2,502 is found after the bad year
        // on line 2,600 was read, and still listed before it
        String tag = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 3000; i++) {
            String name = i == 2500 ? "Far Apart " + tag + " 0" : "Far Apart " + tag + " " + i;
            csv.append(name).append(",special,").append(i == 2598 ? "1800" : "2001").append(",FR,\n");
        }
        importCsv(csv.toString(), "partial", 400).response().then()
                .body("errors", hasSize(2))
                .body("errors[0].field", equalTo("line 2502: name"))
                .body("errors[0].message", equalTo("the same organization (normalized name and country) as line 2"))
                .body("errors[1].field", equalTo("line 2600: year"));
        findEntry("far apart " + tag, "FR").response().then().body("items", hasSize(0));
    }
}
