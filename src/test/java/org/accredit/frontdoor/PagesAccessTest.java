package org.accredit.frontdoor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accredit.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Who may open the pages, and hostile input on their forms. The pages are public (anyone; the
 * status page asks for the tracking secret in a POST body): no credentials, no cookie. They are
 * hidden from the OpenAPI document, so {@code AuthorizationMatrixTest} (which reads its endpoints
 * from it) does not see them: this test is their matrix.
 */
@QuarkusTest
class PagesAccessTest {

    static final List<String> PAGES = List.of("/forms/apply", "/status", "/lost-secret", "/public/organizations", "/public/calendar",
            "/public/statements", "/organization/statements", "/organization/representatives", "/forms/thanks");

    @Test
    void everyPageIsOpenToAnonymousCallersAndSetsNoCookie() {
        for (String page : PAGES) {
            given().get(page).then().statusCode(200).contentType(startsWith("text/html")).header("Set-Cookie", nullValue())
                    .header("Cache-Control", "no-store");
            // staff credentials change nothing
            given().auth().preemptive().basic("reviewer", "reviewer").get(page).then().statusCode(200);
        }
    }

    @Test
    void thePagesAreNotInTheApiDocument() throws IOException {
        String document = Files.readString(Path.of("openapi", "openapi.yaml"));
        for (String page : PAGES) {
            assertFalse(document.contains("\n  " + page + ":"), page + " is hidden from the OpenAPI document");
        }
    }

    @Test
    void hostileValuesAreEscapedRefusedNextToTheirFieldsOrAcceptedInFull() {
        Map<String, String> form = new HashMap<>(PagesTest.form("\"><script>alert(1)</script>", Api.uniqueEmail()));
        form.put("contact.name", "x".repeat(201));
        form.put("organization.type", "NOT_A_TYPE");
        form.put("organization.acronym", "AB\u0000C");
        given().formParams(form).post("/forms/apply").then().statusCode(400).contentType(startsWith("text/html"))
                .body(not(containsString("<script>alert")), containsString("&quot;&gt;&lt;script&gt;"),
                        containsString("id=\"f-contact-name-error\""), containsString("id=\"f-organization-type-error\""),
                        containsString("id=\"f-organization-acronym-error\""));

        // the longest expertise the API takes (4000 characters), in Arabic (two bytes each in UTF-8)
        Map<String, String> full = new HashMap<>(PagesTest.form(Api.unique("Long form"), Api.uniqueEmail()));
        full.put("organization.expertise", "ب".repeat(4000));
        given().formParams(full).post("/forms/apply").then().statusCode(201);
        full.put("organization.expertise", "ب".repeat(4001));
        full.put("contact.email", Api.uniqueEmail());
        given().formParams(full).post("/forms/apply").then().statusCode(400)
                .body(containsString("id=\"f-organization-expertise-error\""));
    }

    @Test
    void theStatusPageNeverEchoesAWrongSecretAndRefusesAMissingOne() {
        given().formParam("secret", "<b>guess</b>").post("/status").then().statusCode(404)
                .body(not(containsString("guess")));
        given().post("/status").then().statusCode(404).contentType(startsWith("text/html"));
        given().formParam("secret", "x".repeat(5000)).formParam("answer", "a").post("/status/answer").then()
                .statusCode(404).contentType(startsWith("text/html"));
    }

    @Test
    void anAnswerAsLongAsTheApiTakesIsAcceptedAControlCharacterIsRefusedNextToItsField() {
        Api.Submitted s = Api.submit("INTERGOVERNMENTAL_ORGANIZATION", null, "en");
        Api.as("reviewer").post("/api/v1/applications/" + s.id() + "/review").then().statusCode(200);
        Api.as("reviewer").body(Map.of("question", "Your mandate?"))
                .post("/api/v1/applications/" + s.id() + "/information-request").then().statusCode(200);
        given().formParam("secret", s.secret()).formParam("answer", "bad\u0007bell").post("/status/answer").then()
                .statusCode(400).body(containsString("id=\"f-answer-error\""), containsString("data-status=\"INFORMATION_REQUESTED\""));
        given().formParam("secret", s.secret()).formParam("answer", "ب".repeat(8000)).post("/status/answer").then()
                .statusCode(200).body(containsString("data-status=\"IN_REVIEW\""));
    }

    @Test
    void theLostSecretPageRefusesBadFieldsNextToThemEscapesThemAndAnswersEveryPairAlike() {
        given().formParam("reference", "\"><script>alert(1)</script>").formParam("email", "a\u0000b@example.org")
                .post("/lost-secret").then().statusCode(400).contentType(startsWith("text/html"))
                .body(not(containsString("<script>alert")), containsString("&quot;&gt;&lt;script&gt;"),
                        containsString("id=\"f-email-error\""));
        given().post("/lost-secret").then().statusCode(400)
                .body(containsString("id=\"f-reference-error\""), containsString("id=\"f-email-error\""));
        given().formParam("reference", "A".repeat(25)).formParam("email", "x".repeat(5000) + "@example.org")
                .post("/lost-secret").then().statusCode(400)
                .body(containsString("id=\"f-reference-error\""), containsString("id=\"f-email-error\""));

        Api.Submitted s = Api.submit("INTERGOVERNMENTAL_ORGANIZATION", null, "en");
        String stranger = Api.uniqueEmail();
        String unknown = given().formParam("reference", "AHC-2099-99996").formParam("email", stranger)
                .post("/lost-secret").then().statusCode(200).header("Cache-Control", "no-store")
                .extract().asString();
        String wrongEmail = given().formParam("reference", s.reference()).formParam("email", stranger)
                .post("/lost-secret").then().statusCode(200).extract().asString();
        String real = given().formParam("reference", s.reference()).formParam("email", s.contactEmail())
                .post("/lost-secret").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(unknown, wrongEmail);
        org.junit.jupiter.api.Assertions.assertEquals(unknown, real);
        assertFalse(real.contains(s.contactEmail()) || real.contains(s.reference()), "the pair is not echoed");
        Api.applicant(s.secret()).get("/api/v1/tracking").then().statusCode(404);
    }
}
