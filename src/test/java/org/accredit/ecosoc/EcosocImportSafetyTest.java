package org.accredit.ecosoc;

import static io.restassured.RestAssured.given;
import static org.accredit.ecosoc.EcosocImportTest.findEntry;
import static org.accredit.ecosoc.EcosocImportTest.importCsv;
import static org.accredit.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.accredit.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Roster imports that cannot hurt by mistake: a dry run writes nothing, a full import that would
 * retire more than the configured share of active entries needs force=true, and every import that
 * changes a para 8 application's match is on that application's history.
 */
@QuarkusTest
class EcosocImportSafetyTest {

    private static final String HEADER = "name,category,year,country,status\n";

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long notWithdrawn() {
        return QuarkusTransaction.requiringNew().call(() -> EcosocEntry.count("status <> ?1", EcosocStatus.WITHDRAWN));
    }

    private static long imports() {
        return QuarkusTransaction.requiringNew().call(() -> EcosocImport.count());
    }

    private static ExtractableResponse<Response> dryRun(String csv, String mode) {
        return given().auth().preemptive().basic("admin", "admin").contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("mode", mode).queryParam("dryRun", "true")
                .post("/api/v1/ecosoc/imports").then().statusCode(200).extract();
    }

    @Test
    void aDryRunReportsWhatWouldBeAddedChangedAndRetiredAndWritesNothing() {
        String kept = unique("Dry Kept Association");
        String suspended = unique("Dry Suspended Association");
        String added = unique("Dry New Association");
        importCsv(HEADER + kept + ",special,2001,SN,\n" + suspended + ",special,2001,SN,\n", "partial", 201);
        long importsBefore = imports();

        dryRun(HEADER + kept + ",special,2001,SN,\n" + suspended + ",special,2001,SN,suspended\n"
                + added + ",roster,2020,SN,\n", "partial").response().then()
                .header("Location", nullValue())
                .body("mode", equalTo("PARTIAL")).body("rowsRead", equalTo(3))
                .body("rowsAdded", equalTo(1)).body("rowsUpdated", equalTo(1)).body("rowsRetired", equalTo(0))
                .body("added.name", equalTo(java.util.List.of(added))).body("added[0].statusBefore", nullValue())
                .body("changed.name", equalTo(java.util.List.of(suspended)))
                .body("changed[0].statusBefore", equalTo("ACTIVE")).body("changed[0].status", equalTo("SUSPENDED"))
                .body("needsForce", equalTo(false));
        findEntry(added, "SN").response().then().body("items", hasSize(0));
        findEntry(suspended, "SN").response().then().body("items[0].status", equalTo("ACTIVE"));
        assertEquals(importsBefore, imports(), "a dry run leaves no import on record");

        // a full dry run counts the retirements and says the import itself would need force
        long active = notWithdrawn();
        dryRun(HEADER + kept + ",special,2001,SN,\n", "full").response().then()
                .body("mode", equalTo("FULL")).body("rowsRetired", equalTo((int) active - 1))
                .body("retired.name", hasItem(suspended))
                .body("activeRetired", greaterThan(0)).body("needsForce", equalTo(true))
                .body("maxRetireShare", equalTo(0.05f));
        assertEquals(active, notWithdrawn());
        assertEquals(importsBefore, imports());
    }

    @Test
    void aFullImportRetiringMoreThanTheShareIsRefusedUnlessForced() {
        String kept = unique("Share Kept Society");
        String dropped = unique("Share Dropped Society");
        importCsv(HEADER + kept + ",special,2001,GH,\n" + dropped + ",special,2001,GH,\n", "partial", 201);
        long active = notWithdrawn();
        long importsBefore = imports();

        importCsv(HEADER + kept + ",special,2001,GH,\n", "full", 409).response().then()
                .contentType("application/problem+json")
                .body("title", equalTo("Too many entries would be retired"))
                .body("detail", containsString("would retire " + (active - 1) + " of the " + active + " active"))
                .body("detail", containsString("more than the 5.0% allowed (accredit.ecosoc.max-retire-share)"))
                .body("detail", containsString("force=true"));
        findEntry(dropped, "GH").response().then().body("items[0].status", equalTo("ACTIVE"));
        assertEquals(active, notWithdrawn());
        assertEquals(importsBefore, imports());

        importCsv(HEADER + kept + ",special,2001,GH,\n", "full", true, 201).response().then()
                .body("rowsRetired", equalTo((int) active - 1));
        findEntry(dropped, "GH").response().then().body("items[0].status", equalTo("WITHDRAWN"));
    }

    @Test
    void dryRunAndForceAreTrueOrFalse() {
        for (String param : new String[] {"dryRun", "force"}) {
            given().auth().preemptive().basic("admin", "admin").contentType("text/csv")
                    .body(HEADER + unique("Flag Probe") + ",special,2001,FR,\n")
                    .queryParam("mode", "partial").queryParam(param, "yes")
                    .post("/api/v1/ecosoc/imports").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(param));
        }
    }

    @Test
    void anImportIsInTheHistoryOfTheApplicationsWhoseMatchItChanges() {
        String listed = unique("Observatorio de Delitos Informáticos");
        String later = unique("Red de Defensa Digital");
        importCsv(HEADER + "\"" + listed + "\",special,2009,PY,\n", "partial", 201);
        ExtractableResponse<Response> submitted = Api.submit(Api.body(listed, "NGO", "PY", "SPECIAL", Api.uniqueEmail(), "es"));
        String matched = submitted.path("id");
        String unmatched = Api.submit(Api.body(later, "NGO", "PY", "GENERAL", Api.uniqueEmail(), "es")).path("id");
        as("reviewer").get("/api/v1/applications/" + matched).then().body("ecosoc.confirmedBy", equalTo("system"));
        as("reviewer").get("/api/v1/applications/" + unmatched).then().body("ecosoc.matchedEntry", nullValue());

        // the list suspends the first and adds the second
        String importId = importCsv(HEADER + "\"" + listed + "\",special,2009,PY,suspended\n"
                + "\"" + later + "\",general,2021,PY,\n", "partial", 201).path("id");
        as("reviewer").get("/api/v1/applications/" + matched).then()
                .body("history[-1].type", equalTo("ECOSOC_ROSTER_CHANGED"))
                .body("history[-1].actor", equalTo("admin"))
                .body("history[-1].applicantVisible", equalTo(false))
                .body("history[-1].note", containsString("Roster import " + importId))
                .body("history[-1].note", containsString("is now SUSPENDED, was ACTIVE"));
        as("reviewer").get("/api/v1/applications/" + unmatched).then()
                .body("ecosoc.confirmedBy", equalTo("system"))
                .body("ecosoc.matchedEntry.name", equalTo(later))
                .body("history[-1].type", equalTo("ECOSOC_MATCH_CONFIRMED"))
                .body("history[-1].note", containsString("Roster import " + importId));
        // the applicant sees none of it
        Api.applicant(submitted.path("trackingSecret")).get("/api/v1/tracking").then()
                .body("history.type", equalTo(java.util.List.of("SUBMITTED")));

        // a dry run writes no history
        int lines = as("reviewer").get("/api/v1/applications/" + matched).path("history.size()");
        dryRun(HEADER + "\"" + listed + "\",special,2009,PY,\n", "partial");
        as("reviewer").get("/api/v1/applications/" + matched).then().body("history", hasSize(lines));
    }
}
