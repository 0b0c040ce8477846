package org.accredit.ecosoc;

import static io.restassured.RestAssured.given;
import static org.accredit.ecosoc.EcosocImportTest.findEntry;
import static org.accredit.ecosoc.EcosocImportTest.importCsv;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * ECOSOC status is verified, not trusted: a para 8 application is matched against the imported
 * roster on normalized name and country, staff confirm the match, and approval needs the matched
 * entry to be ACTIVE at decision time, as the latest import says.
 */
@QuarkusTest
class EcosocVerificationTest {

    private static final String HEADER = "name,category,year,country,status\n";

    private static String submitPara8(String name, String country) {
        return given().contentType("application/json")
                .body("""
                        {"organization":{"name":"%s","type":"NGO","country":"%s"},"ecosocCategory":"SPECIAL",
                         "contact":{"name":"R. Contact","email":"contact@example.org"},"language":"fr"}
                        """.formatted(name, country))
                .post("/api/v1/applications")
                .then().statusCode(201).body("path", equalTo("PARA_8")).extract().path("id");
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, user).contentType("application/json");
    }

    @Test
    void approvalFollowsTheRosterStatusAtDecisionTime() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String rosterName = "Fondation Cyber-Sécurité & Paix " + tag;
        importCsv(HEADER + "\"" + rosterName + "\",special,2009,CH,active\n", "partial", 201);
        String entryId = findEntry(rosterName, "CH").path("items[0].id");

        // other case, no accents, "and" for "&", other punctuation: the same NGO, confirmed automatically
        String id = submitPara8("FONDATION CYBER SECURITE AND PAIX, " + tag.toUpperCase(), "CH");
        as("reviewer").get("/api/v1/applications/" + id).then().statusCode(200)
                .body("ecosoc.claimedCategory", equalTo("SPECIAL"))
                .body("ecosoc.matchedEntry.id", equalTo(entryId))
                .body("ecosoc.matchedEntry.status", equalTo("ACTIVE"))
                .body("ecosoc.confirmedBy", equalTo("system"))
                .body("ecosoc.candidates[0].entry.id", equalTo(entryId))
                .body("ecosoc.candidates[0].score", equalTo(1.0f))
                .body("history.type", hasItem("ECOSOC_MATCH_CONFIRMED"))
                .body("history.find { it.type == 'ECOSOC_MATCH_CONFIRMED' }.note", containsString("confirmed automatically"));

        as("reviewer").post("/api/v1/applications/" + id + "/review").then().statusCode(200);
        as("reviewer").body("{\"entryId\":\"" + entryId + "\"}").post("/api/v1/applications/" + id + "/ecosoc-match")
                .then().statusCode(200).body("ecosoc.confirmedBy", equalTo("reviewer"));
        as("reviewer").body("{}").post("/api/v1/applications/" + id + "/recommendation")
                .then().statusCode(200).body("status", equalTo("RECOMMENDED"));

        // the list now says the NGO's status is suspended
        importCsv(HEADER + "\"" + rosterName + "\",special,2009,CH,suspended\n", "partial", 201)
                .response().then().body("rowsUpdated", equalTo(1));
        as("approver2").body("{}").post("/api/v1/applications/" + id + "/approval")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("SUSPENDED"));
        as("reviewer").get("/api/v1/applications/" + id).then()
                .body("status", equalTo("RECOMMENDED")).body("ecosoc.matchedEntry.status", equalTo("SUSPENDED"));

        // and active again
        importCsv(HEADER + "\"" + rosterName + "\",special,2009,CH,active\n", "partial", 201)
                .response().then().body("rowsUpdated", equalTo(1));
        as("approver2").body("{}").post("/api/v1/applications/" + id + "/approval")
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("decidedBy", equalTo("approver2"));
    }

    @Test
    void anNgoLeftOutOfAFullImportCannotBeApproved() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String rosterName = "Digital Rights Watch " + tag;
        importCsv(HEADER + rosterName + ",general,1999,KE,\n", "partial", 201);
        String entryId = findEntry(rosterName, "KE").path("items[0].id");
        String id = submitPara8("Digital Rights Watch " + tag, "KE");
        as("reviewer").post("/api/v1/applications/" + id + "/review").then().statusCode(200);
        as("approver").body("{\"entryId\":\"" + entryId + "\"}").post("/api/v1/applications/" + id + "/ecosoc-match")
                .then().statusCode(200);
        as("reviewer").body("{}").post("/api/v1/applications/" + id + "/recommendation").then().statusCode(200);

        importCsv(HEADER + "Someone Else " + tag + ",special,2001,KE,\n", "full", true, 201);
        findEntry(rosterName, "KE").response().then().body("items[0].status", equalTo("WITHDRAWN"));
        as("approver2").body("{}").post("/api/v1/applications/" + id + "/approval")
                .then().statusCode(409).body("detail", containsString("WITHDRAWN"));
    }

    @Test
    void anApplicationWithoutAMatchIsConfirmedAgainstAnEntryStaffFindLater() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // the applicant writes its name otherwise than the list does: no match at submission
        String id = submitPara8("Centre for Internet Governance " + tag, "IN");
        as("reviewer").get("/api/v1/applications/" + id).then()
                .body("ecosoc.matchedEntry", nullValue())
                .body("ecosoc.confirmedBy", nullValue())
                .body("history.find { it.type == 'ECOSOC_MATCH_PROPOSED' }.note",
                        anyOf(containsString("No roster entry"), containsString("No unambiguous roster match")));

        importCsv(HEADER + "\"Center for Internet & Society Governance " + tag + "\",roster,2012,IN,\n", "partial", 201);
        String entryId = findEntry("internet society governance " + tag, "IN").response().then()
                .body("items", hasSize(1)).extract().path("items[0].id");
        as("reviewer").post("/api/v1/applications/" + id + "/review").then().statusCode(200);
        as("reviewer").body("{\"entryId\":\"" + entryId + "\"}").post("/api/v1/applications/" + id + "/ecosoc-match")
                .then().statusCode(200).body("ecosoc.matchedEntry.id", equalTo(entryId))
                .body("ecosoc.confirmedAt", notNullValue());
        as("reviewer").body("{}").post("/api/v1/applications/" + id + "/recommendation").then().statusCode(200);
        as("approver2").body("{}").post("/api/v1/applications/" + id + "/approval")
                .then().statusCode(200).body("status", equalTo("APPROVED"));
    }
}
