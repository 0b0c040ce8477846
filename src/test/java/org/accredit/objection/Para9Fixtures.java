package org.accredit.objection;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** REST helpers for tests of the non-objection procedure. */
final class Para9Fixtures {

    private Para9Fixtures() {
    }

    record Applicant(String id, String name, String contactName, String contactEmail, String secret) {
    }

    /** A para 9 application taken to RECOMMENDED by the reviewer. */
    static Applicant recommended(String label, String language) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = label + " " + tag;
        String contactName = "Contact Person " + tag;
        String contactEmail = "contact-" + tag + "@example.org";
        JsonPath receipt = given().contentType("application/json")
                .body(Map.of("organization", Map.of("name", name, "type", "CIVIL_SOCIETY_ORGANIZATION", "country", "KE",
                                "website", "https://" + tag + ".example.org", "expertise", "Cybercrime research " + tag),
                        "contact", Map.of("name", contactName, "email", contactEmail, "phone", "+1 212 555 0100"),
                        "language", language))
                .post("/api/v1/applications").then().statusCode(201).extract().jsonPath();
        String id = receipt.getString("id");
        reviewer().post("/api/v1/applications/" + id + "/review").then().statusCode(200);
        reviewer().contentType("application/json").body("{}").post("/api/v1/applications/" + id + "/recommendation")
                .then().statusCode(200);
        return new Applicant(id, name, contactName, contactEmail, receipt.getString("trackingSecret"));
    }

    static String draftList(String callId, String title, Applicant... applicants) {
        String listId = approver().contentType("application/json").body(Map.of("callId", callId, "title", title))
                .post("/api/v1/non-objection-lists").then().statusCode(201).extract().path("id");
        for (Applicant a : applicants) {
            approver().contentType("application/json").body(Map.of("applicationId", a.id()))
                    .post("/api/v1/non-objection-lists/" + listId + "/applications").then().statusCode(200);
        }
        return listId;
    }

    /**
     * Circulates the list with the given deadline. A deadline shorter than the configured window (the
     * tests' usual one hour) is proposed with a reason by "approver" and confirmed by "approver2".
     */
    static void circulate(String listId, OffsetDateTime deadline) {
        String status = approver().contentType("application/json")
                .body(Map.of("deadline", deadline.toString(), "reason", "Test: a short window"))
                .post("/api/v1/non-objection-lists/" + listId + "/circulation").then().statusCode(200)
                .extract().path("status");
        if ("DRAFT".equals(status)) {
            secondApprover().post("/api/v1/non-objection-lists/" + listId + "/circulation/confirmation").then()
                    .statusCode(200);
        }
    }

    static io.restassured.specification.RequestSpecification secondApprover() {
        return given().auth().preemptive().basic("approver2", "approver2").contentType("application/json");
    }

    static io.restassured.specification.RequestSpecification reviewer() {
        return given().auth().preemptive().basic("reviewer", "reviewer").contentType("application/json");
    }

    static io.restassured.specification.RequestSpecification approver() {
        return given().auth().preemptive().basic("approver", "approver").contentType("application/json");
    }

    static io.restassured.specification.RequestSpecification state(String user) {
        return given().auth().preemptive().basic(user, user).contentType("application/json");
    }
}
