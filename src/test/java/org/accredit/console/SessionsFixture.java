package org.accredit.console;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.accredit.support.Accredited;
import org.accredit.support.Api;
import org.accredit.support.Pdfs;
import org.accredit.support.SessionRows;

/**
 * Data for the console's session pages, set up through the real API: accredited organizations
 * (walked to APPROVED), their letters and representatives, written statements, agenda items (admin)
 * and requests to speak; sessions are inserted by SQL ({@link SessionRows}: the admin endpoints
 * would do, but the windows are placed relative to the service clock).
 */
final class SessionsFixture {

    private SessionsFixture() {
    }

    /** A New York session whose registration window is open. */
    static String openSession(AgroalDataSource db, Instant now) {
        return SessionRows.insert(db, SessionRows.Spec.openNewYork(now, null, null));
    }

    /** A Vienna session past its cut-off (registrations are late requests), opening in five days. */
    static String lateSession(AgroalDataSource db, Instant now) {
        return SessionRows.insert(db, SessionRows.Spec.pastCutOffVienna(now, null, null));
    }

    static Accredited.Organization org() {
        return Accredited.para7("en");
    }

    static String letter(Accredited.Organization org, String session) {
        return given().header("X-Tracking-Secret", org.secret()).contentType("application/pdf").body(Pdfs.blank(1))
                .post("/api/v1/sessions/" + session + "/letters").then().statusCode(201).extract().path("id");
    }

    /** Registers a person (through the API); the representative's id. */
    static String register(Accredited.Organization org, String session, String letter, String name, String mode,
            String gender) {
        Map<String, Object> body = new HashMap<>();
        body.put("letterId", letter);
        body.put("name", name);
        body.put("title", "Delegate");
        body.put("employer", "The organization");
        body.put("email", Api.uniqueEmail());
        body.put("mode", mode);
        if (gender != null) {
            body.put("gender", gender);
        }
        return Api.applicant(org.secret()).body(body).post("/api/v1/sessions/" + session + "/representatives")
                .then().statusCode(201).extract().path("id");
    }

    static void confirm(String representative) {
        Api.as("reviewer").body(Map.of()).post("/api/v1/representatives/" + representative + "/confirmation")
                .then().statusCode(200);
    }

    /** A registration's status as the API shows the organization. */
    static String status(Accredited.Organization org, String session, String representative) {
        return Api.applicant(org.secret()).get("/api/v1/sessions/" + session + "/representatives/" + representative)
                .then().statusCode(200).extract().path("status");
    }

    /** A written statement sent as text; its id. */
    static String statement(Accredited.Organization org, String session, String title, String text) {
        return given().header("X-Tracking-Secret", org.secret()).contentType("application/json")
                .body(Map.of("language", "en", "title", title, "text", text))
                .post("/api/v1/sessions/" + session + "/statements").then().statusCode(201).extract().path("id");
    }

    static String statementStatus(String statement) {
        return Api.as("reviewer").get("/api/v1/statements/" + statement).then().statusCode(200).extract().path("status");
    }

    /** An agenda item added by the admin; its id. */
    static String agendaItem(String session, int number, String title) {
        return Api.as("admin").body(Map.of("number", number, "title", title))
                .post("/api/v1/sessions/" + session + "/agenda-items").then().statusCode(201).extract().path("id");
    }

    /** A request to speak on the item naming a confirmed representative; its id. */
    static String askToSpeak(Accredited.Organization org, String session, String item, String representative) {
        return Api.applicant(org.secret()).body(Map.of("representativeId", representative, "topic", "Capacity building"))
                .post("/api/v1/sessions/" + session + "/agenda-items/" + item + "/speaker-requests")
                .then().statusCode(201).extract().path("id");
    }
}
