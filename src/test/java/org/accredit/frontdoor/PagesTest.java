package org.accredit.frontdoor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.accredit.support.Api;
import org.junit.jupiter.api.Test;

/**
 * The pages over plain HTTP (no browser): HTML in the chosen language, field errors next to their
 * fields, the same rules as the API, the tracking secret only in POST bodies. The browser tests
 * ({@link ApplicationPagesBrowserTest}) drive the same pages in chromium.
 */
@QuarkusTest
class PagesTest {

    @Test
    void theFormIsHtmlInTheLanguageAskedForEnglishByDefault() {
        given().get("/forms/apply").then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<html lang=\"en\" dir=\"ltr\">"), containsString("Apply for accreditation"),
                        containsString("href=\"/css/accredit.css\""), not(containsString("style=")),
                        not(containsString("<script")));
        given().queryParam("lang", "ar").get("/forms/apply").then().statusCode(200)
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">"), containsString("طلب الاعتماد"));
        given().header("Accept-Language", "de-CH, fr;q=0.8, en;q=0.5").get("/forms/apply").then().statusCode(200)
                .body(containsString("<html lang=\"fr\" dir=\"ltr\">"), containsString("Votre organisation"));
        given().header("Accept-Language", "de, ja").queryParam("lang", "xx").get("/forms/apply").then().statusCode(200)
                .body(containsString("<html lang=\"en\" dir=\"ltr\">"));
        given().queryParam("lang", "zh").get("/status").then().statusCode(200)
                .body(containsString("<html lang=\"zh\" dir=\"ltr\">"), containsString("跟踪密码"));
        given().get("/css/accredit.css").then().statusCode(200).contentType(startsWith("text/css"));
    }

    @Test
    void aRefusedFieldIsShownNextToItsFieldWithTheValuesKept() {
        given().formParams(form("Org <Page> " + Api.unique(""), "not-an-email")).post("/forms/apply").then()
                .statusCode(400).contentType(startsWith("text/html"))
                .body(containsString("id=\"f-contact-email-error\""),
                        containsString("aria-describedby=\"f-contact-email-error\""),
                        containsString("aria-invalid=\"true\""),
                        containsString("value=\"not-an-email\""),
                        containsString("Org &lt;Page&gt;"));
    }

    @Test
    void aFieldErrorIsInThePagesLanguageWhateverTheBrowserAsks() {
        given().header("Accept-Language", "en").queryParam("lang", "fr")
                .formParams(form("Org " + Api.unique(""), "not-an-email")).post("/forms/apply").then()
                .statusCode(400).body(containsString("doit être une adresse électronique bien formée"));
        given().header("Accept-Language", "fr").queryParam("lang", "ar")
                .formParams(form("Org " + Api.unique(""), "not-an-email")).post("/forms/apply").then()
                .statusCode(400).body(containsString("يجب أن يكون عنوان بريد إلكتروني صحيح الصيغة"));
        // no switcher: the header decides, as for the API
        given().header("Accept-Language", "es").formParams(form("Org " + Api.unique(""), "not-an-email"))
                .post("/forms/apply").then().statusCode(400)
                .body(containsString("debe ser una dirección de correo electrónico bien formada"));
    }

    @Test
    void aCorrectFormEndsOnTheReferenceAndTheSecretWorksOnTheStatusPage() {
        String html = given().formParams(form(Api.unique("Page Org"), Api.uniqueEmail())).post("/forms/apply").then()
                .statusCode(201).contentType(startsWith("text/html"))
                .body(containsString("id=\"reference\""), containsString("id=\"secret\"")).extract().asString();
        String secret = html.replaceAll("(?s).*<p class=\"secret\" id=\"secret\">([^<]+)</p>.*", "$1");
        given().formParam("secret", secret).post("/status").then().statusCode(200)
                .body(containsString("data-status=\"SUBMITTED\""), containsString("Received"));
        given().formParam("secret", "wrong-" + secret).queryParam("lang", "es").post("/status").then().statusCode(404)
                .contentType(startsWith("text/html"))
                .body(containsString("Ninguna solicitud tiene este código"), not(containsString("wrong-")));
    }

    @Test
    void aDuplicateApplicationIsRefusedByTheSameRuleAsTheApiOnAnHtmlPage() {
        String name = Api.unique("Twice Org");
        given().formParams(form(name, Api.uniqueEmail())).post("/forms/apply").then().statusCode(201);
        given().formParams(form(name, Api.uniqueEmail())).post("/forms/apply").then().statusCode(409)
                .contentType(startsWith("text/html")).body(containsString("class=\"error-summary\""),
                        containsString("value=\"" + name + "\""));
    }

    static Map<String, String> form(String name, String email) {
        return Map.of("organization.name", name, "organization.type", "INTERGOVERNMENTAL_ORGANIZATION",
                "organization.country", "fr", "organization.website", "https://example.org",
                "contact.name", "Dana Contact", "contact.email", email, "language", "en");
    }
}
