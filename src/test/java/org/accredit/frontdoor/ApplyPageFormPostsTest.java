package org.accredit.frontdoor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.accredit.support.Api;
import org.accredit.support.Pdfs;
import org.junit.jupiter.api.Test;

/**
 * The application page's form posts over plain HTTP: the hidden idempotency key (a double click or a
 * reload is one application), the para 9 documents (multipart), the honeypot.
 */
@QuarkusTest
class ApplyPageFormPostsTest {

    private static final String REFERENCE = "(?s).*<p class=\"reference\" id=\"reference\">([^<]+)</p>.*";

    static Map<String, String> form(String name, String key) {
        Map<String, String> f = new LinkedHashMap<>(PagesTest.form(name, Api.uniqueEmail()));
        f.put("idempotencyKey", key);
        f.put("homepage", "");
        return f;
    }

    static RequestSpecification multipart(Map<String, String> fields) {
        RequestSpecification r = given().contentType("multipart/form-data");
        fields.forEach((k, v) -> r.multiPart(k, v, "text/plain; charset=UTF-8"));
        return r;
    }

    static int applicationsNamed(String name) {
        return Api.as("reviewer").queryParam("q", name).get("/api/v1/applications").then().statusCode(200)
                .extract().path("items.size()");
    }

    @Test
    void theFormCarriesAFreshKeyEachTime() {
        String key = "name=\"idempotencyKey\" value=\"([0-9a-f-]{36})\"";
        String first = given().get("/forms/apply").then().statusCode(200).extract().asString()
                .replaceAll("(?s).*" + key + ".*", "$1");
        String second = given().get("/forms/apply").then().statusCode(200).extract().asString()
                .replaceAll("(?s).*" + key + ".*", "$1");
        assertEquals(36, first.length());
        assertNotEquals(first, second);
    }

    @Test
    void theSameFormPostedTwiceIsOneApplicationShownTwice() {
        String name = Api.unique("Double Click Org");
        Map<String, String> f = form(name, UUID.randomUUID().toString());
        String first = given().formParams(f).post("/forms/apply").then().statusCode(201)
                .contentType(startsWith("text/html")).extract().asString();
        String again = given().formParams(f).post("/forms/apply").then().statusCode(201)
                .contentType(startsWith("text/html")).header("Idempotent-Replayed", "true").extract().asString();
        assertEquals(first.replaceAll(REFERENCE, "$1"), again.replaceAll(REFERENCE, "$1"));
        assertEquals(first, again);
        assertEquals(1, applicationsNamed(name));
    }

    @Test
    void theKeySentAgainWithOtherValuesIsRefusedInThePagesLanguage() {
        String key = UUID.randomUUID().toString();
        String name = Api.unique("Key Reuse Org");
        given().formParams(form(name, key)).post("/forms/apply").then().statusCode(201);
        String other = Api.unique("Other Org");
        String html = given().queryParam("lang", "fr").formParams(form(other, key)).post("/forms/apply").then()
                .statusCode(422).contentType(startsWith("text/html"))
                .body(containsString("Ce formulaire a déjà été envoyé avec d’autres valeurs"),
                        containsString("value=\"" + other + "\""), not(containsString("value=\"" + key + "\"")))
                .extract().asString();
        assertEquals(0, applicationsNamed(other));
        assertEquals(1, applicationsNamed(name));
        // the refused form carries a new key: sent again as it is, it is a new application
        String fresh = html.replaceAll("(?s).*name=\"idempotencyKey\" value=\"([^\"]+)\".*", "$1");
        given().formParams(form(other, fresh)).post("/forms/apply").then().statusCode(201);
        assertEquals(1, applicationsNamed(other));
    }

    @Test
    void aRefusedFormKeepsItsKeyAndCanBeSentWithItOnceCorrected() {
        String key = UUID.randomUUID().toString();
        String name = Api.unique("Corrected Org");
        Map<String, String> f = form(name, key);
        f.put("contact.email", "not-an-email");
        given().formParams(f).post("/forms/apply").then().statusCode(400)
                .body(containsString("name=\"idempotencyKey\" value=\"" + key + "\""));
        given().formParams(form(name, key)).post("/forms/apply").then().statusCode(201);
        assertEquals(1, applicationsNamed(name));
    }

    @Test
    void aPara9ApplicantAttachesItsDocumentsOnTheForm() {
        Api.ensureOpenCall();
        String name = Api.unique("Page Academy");
        Map<String, String> f = form(name, UUID.randomUUID().toString());
        f.put("organization.type", "ACADEMIC_INSTITUTION");
        byte[] statutes = Pdfs.blank(2);
        String html = multipart(f).multiPart("statutes", "statutes.pdf", statutes, "application/pdf")
                .post("/forms/apply").then().statusCode(201).body(containsString("id=\"reference\"")).extract().asString();
        String reference = html.replaceAll(REFERENCE, "$1");
        String id = Api.as("reviewer").queryParam("q", name).get("/api/v1/applications").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].reference", equalTo(reference)).extract().path("items[0].id");
        Api.as("reviewer").get("/api/v1/applications/" + id + "/attachments").then().statusCode(200)
                .body("items.kind", contains("STATUTES")).body("items[0].sizeBytes", equalTo(statutes.length));
    }

    @Test
    void aWrongOrOversizedPdfIsShownNextToItsFileFieldWithTheValuesKept() {
        Api.ensureOpenCall();
        String name = Api.unique("Bad PDF Org");
        Map<String, String> f = form(name, UUID.randomUUID().toString());
        f.put("organization.type", "NGO");
        multipart(f).multiPart("statutes", "s.pdf", "<html>not a pdf</html>".getBytes(), "application/pdf")
                .post("/forms/apply").then().statusCode(400).contentType(startsWith("text/html"))
                .body(containsString("id=\"f-statutes-error\""), containsString("aria-describedby=\"f-statutes-hint f-statutes-error\""),
                        containsString("value=\"" + name + "\""), containsString("href=\"#f-statutes\""),
                        containsString("must be a readable PDF of at most 50 pages, without a password"));
        multipart(f).multiPart("registrationCertificate", "c.pdf", java.util.Arrays.copyOf(Pdfs.blank(1), 2_097_153),
                "application/pdf").queryParam("lang", "fr").post("/forms/apply").then().statusCode(400)
                .body(containsString("id=\"f-registrationCertificate-error\""), containsString("value=\"" + name + "\""),
                        containsString("ne doit pas dépasser 2 Mo"));
        assertEquals(0, applicationsNamed(name));
    }

    @Test
    void aFilledHoneypotGetsTheSameLookingThankYouPageAndNothingIsStored() {
        String name = Api.unique("Bot Org");
        Map<String, String> f = form(name, UUID.randomUUID().toString());
        f.put("homepage", "https://spam.example");
        given().formParams(f).post("/forms/apply").then().statusCode(201).contentType(startsWith("text/html"))
                .body(containsString("<h1>"), not(containsString("id=\"reference\"")), not(containsString("id=\"secret\"")));
        multipart(f).post("/forms/apply").then().statusCode(201).body(not(containsString("id=\"reference\"")));
        assertEquals(0, applicationsNamed(name));
    }

    @Test
    void theFormIsMultipartWithItsHiddenFields() {
        given().get("/forms/apply").then().statusCode(200)
                .body(containsString("enctype=\"multipart/form-data\""),
                        containsString("type=\"file\" accept=\"application/pdf\""),
                        containsString("tabindex=\"-1\" autocomplete=\"off\""),
                        containsString("A PDF of at most 2 MB and 50 pages. If the form comes back with an error, choose the file again."));
    }
}
