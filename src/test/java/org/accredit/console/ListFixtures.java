package org.accredit.console;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** Para 9 data for the console's list pages, set up through the real API (as objection/Para9Fixtures does). */
final class ListFixtures {

    private ListFixtures() {
    }

    record Applicant(String id, String name, String contactName) {
    }

    /** A para 9 application taken to RECOMMENDED by the reviewer. */
    static Applicant recommended(String label) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = label + " " + tag;
        String contactName = "Contact Person " + tag;
        JsonPath receipt = given().contentType("application/json")
                .body(Map.of("organization", Map.of("name", name, "type", "CIVIL_SOCIETY_ORGANIZATION", "country", "KE",
                                "website", "https://" + tag + ".example.org", "expertise", "Cybercrime research " + tag),
                        "contact", Map.of("name", contactName, "email", "contact-" + tag + "@example.org",
                                "phone", "+1 212 555 0100"),
                        "language", "en"))
                .post("/api/v1/applications").then().statusCode(201).extract().jsonPath();
        String id = receipt.getString("id");
        as("reviewer").post("/api/v1/applications/" + id + "/review").then().statusCode(200);
        as("reviewer").body("{}").post("/api/v1/applications/" + id + "/recommendation").then().statusCode(200);
        return new Applicant(id, name, contactName);
    }

    static String draftList(String callId, String title, Applicant... applicants) {
        String listId = as("approver").body(Map.of("callId", callId, "title", title))
                .post("/api/v1/non-objection-lists").then().statusCode(201).extract().path("id");
        for (Applicant a : applicants) {
            as("approver").body(Map.of("applicationId", a.id()))
                    .post("/api/v1/non-objection-lists/" + listId + "/applications").then().statusCode(200);
        }
        return listId;
    }

    /** Circulates with the configured (default) deadline. */
    static String circulated(String callId, String title, Applicant... applicants) {
        String listId = draftList(callId, title, applicants);
        as("approver").body("{}").post("/api/v1/non-objection-lists/" + listId + "/circulation").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("CIRCULATED"));
        return listId;
    }

    /** The demo focal points, the only ones in the test profile (see objection/NonObjectionEdgeCasesTest). */
    static java.util.List<String> statesWithFocalPoint() {
        return java.util.List.of("ms-fr", "ms-de", "ms-br");
    }

    static JsonPath list(String listId) {
        return as("approver").get("/api/v1/non-objection-lists/" + listId).then().statusCode(200).extract().jsonPath();
    }

    static String deadline(String listId) {
        return list(listId).getString("deadline");
    }

    static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, user).contentType("application/json");
    }
}
