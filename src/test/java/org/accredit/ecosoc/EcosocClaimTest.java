package org.accredit.ecosoc;

import static org.accredit.ecosoc.EcosocImportTest.findEntry;
import static org.accredit.support.Api.as;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.RestAssured;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accredit.support.Api;
import org.junit.jupiter.api.Test;

/**
 * ECOSOC claims route on the claim, whatever the organization's type (IGOs and UN entities aside),
 * staff move applications between para 9 and para 8, and reviewers see ranked roster candidates.
 */
@QuarkusTest
class EcosocClaimTest {

    private static void importRoster(String csv) {
        RestAssured.given().auth().preemptive().basic("admin", "admin").contentType("text/csv")
                .body(("name,category,year,country\n" + csv).getBytes(StandardCharsets.UTF_8))
                .queryParam("mode", "partial").post("/api/v1/ecosoc/imports").then().log().ifValidationFails().statusCode(201);
    }

    @Test
    void anyNonGovernmentalTypeClaimingConsultativeStatusTakesPara8() {
        for (String type : List.of("PRIVATE_SECTOR", "ACADEMIC_INSTITUTION", "CIVIL_SOCIETY_ORGANIZATION", "NGO")) {
            Api.submit(Api.body(Api.unique("Claimant " + type), type, "DE", "SPECIAL", Api.uniqueEmail(), "en"))
                    .response().then().body("path", equalTo("PARA_8"));
        }
        // IGOs and UN entities take part under para 7: a claim from one is refused, field by field
        for (String type : List.of("INTERGOVERNMENTAL_ORGANIZATION", "UN_ENTITY")) {
            Api.anonymous().body(Api.body(Api.unique("Claimant " + type), type, "AT", "GENERAL", Api.uniqueEmail(), "en"))
                    .post("/api/v1/applications").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("ecosocCategory"));
        }
    }

    @Test
    void staffMoveAnAcademicApplicationFromPara9To8AndBack() {
        Api.ensureOpenCall();
        String name = Api.unique("Institut für Cybersicherheitsforschung");
        importRoster("\"" + name + " e.V.\",special,2015,DE\n");
        String entryId = findEntry(name, "DE").path("items[0].id");
        String id = Api.submit(Api.body(name, "ACADEMIC_INSTITUTION", "DE", null, Api.uniqueEmail(), "fr")).path("id");
        as("reviewer").get("/api/v1/applications/" + id).then().body("path", equalTo("PARA_9")).body("ecosoc", nullValue());
        as("reviewer").post("/api/v1/applications/" + id + "/review").then().statusCode(200);

        // the roster lists it: to para 8, where the exact match is confirmed at once
        as("reviewer").body(Map.of("path", "PARA_8", "reason", "The ECOSOC roster lists your organization."))
                .post("/api/v1/applications/" + id + "/path-change").then().statusCode(200)
                .body("path", equalTo("PARA_8"))
                .body("ecosoc.matchedEntry.id", equalTo(entryId))
                .body("ecosoc.confirmedBy", equalTo("system"))
                .body("history.type", hasItem("ECOSOC_MATCH_CONFIRMED"))
                .body("history.find { it.type == 'PATH_CHANGED' }.toPath", equalTo("PARA_8"));
        // and back to para 9: the match goes
        as("reviewer").body(Map.of("path", "PARA_9", "reason", "Its consultative status was withdrawn."))
                .post("/api/v1/applications/" + id + "/path-change").then().statusCode(200)
                .body("path", equalTo("PARA_9")).body("ecosoc", nullValue());
    }

    @Test
    void reviewersSeeRankedCandidatesAndConfirmOne() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String entryName = "Fundación Ciberseguridad y Derechos Humanos " + tag + " (FCDH" + tag.toUpperCase() + ")";
        importRoster("\"" + entryName + "\",special,2011,ES\n"
                + "\"Fundación Ciberseguridad y Derechos Humanos " + tag + "\",roster,2012,PE\n"
                + "\"Fundación Ciberseguridad " + tag + "\",special,2013,ES\n");
        // typed otherwise: not the same normalized name, so not confirmed automatically
        String id = Api.submit(Api.body("Fundacion Ciberseguridad y los Derechos Humanos " + tag, "NGO", "ES", "SPECIAL",
                Api.uniqueEmail(), "es")).path("id");
        String entryId = findEntry(tag + " ciberseguridad derechos", "ES").path("items[0].id");

        as("reviewer").get("/api/v1/applications/" + id).then().statusCode(200)
                .body("ecosoc.confirmedBy", nullValue()).body("ecosoc.matchedEntry", nullValue())
                .body("ecosoc.candidates[0].entry.name", equalTo(entryName))
                .body("history.find { it.type == 'ECOSOC_MATCH_PROPOSED' }.note", containsString(entryName));
        as("approver").get("/api/v1/applications/" + id + "/ecosoc-candidates").then().statusCode(200)
                .body("items[0].entry.id", equalTo(entryId))
                .body("items[0].sameCountry", equalTo(true))
                .body("items[0].sameName", equalTo(false))
                .body("items[0].score", lessThan(1.0f))
                .body("items[0].score", greaterThan(0.5f))
                .body("items.score", everyItem(greaterThan(0.19f)));
        // the same name in another country ranks below the entry in the applicant's country
        as("reviewer").get("/api/v1/applications/" + id + "/ecosoc-candidates").then()
                .body("items.find { it.entry.country == 'PE' }.score", lessThan(
                        as("reviewer").get("/api/v1/applications/" + id + "/ecosoc-candidates").<Float>path("items[0].score")));

        as("reviewer").post("/api/v1/applications/" + id + "/review").then().statusCode(200);
        as("reviewer").body(Map.of("entryId", entryId)).post("/api/v1/applications/" + id + "/ecosoc-match")
                .then().statusCode(200).body("ecosoc.confirmedBy", equalTo("reviewer"))
                .body("ecosoc.matchedEntry.id", equalTo(entryId));
    }

    @Test
    void candidatesOfAnUnknownApplicationAre404() {
        as("reviewer").get("/api/v1/applications/" + UUID.randomUUID() + "/ecosoc-candidates").then().statusCode(404)
                .contentType("application/problem+json");
        RestAssured.given().get("/api/v1/applications/" + UUID.randomUUID() + "/ecosoc-candidates").then().statusCode(401);
        as("ms-fr").get("/api/v1/applications/" + UUID.randomUUID() + "/ecosoc-candidates").then().statusCode(403);
        // hostile ids: refused, never a server error
        for (String bad : List.of("not-a-uuid", "%00", "1%27%20or%20%271%27%3D%271", "..%2F..%2Fecosoc%2Fentries")) {
            as("reviewer").urlEncodingEnabled(false).get("/api/v1/applications/" + bad + "/ecosoc-candidates").then()
                    .statusCode(anyOf(equalTo(400), equalTo(404)));
        }
    }
}
