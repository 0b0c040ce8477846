package org.accredit.registration;

import static io.restassured.RestAssured.given;
import static org.accredit.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.accredit.support.Accredited;
import org.accredit.support.Api;
import org.accredit.support.Pdfs;
import org.accredit.support.SessionRows;
import org.junit.jupiter.api.Test;

/** Registering a representative by form post: urlencoded with letterId, multipart with the letter attached. */
@QuarkusTest
class FormRegistrationTest {

    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    static Map<String, String> person(String letterId) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("letterId", letterId == null ? "" : letterId);
        p.put("name", "Amina Diallo");
        p.put("title", "Researcher");
        p.put("employer", "Institute for Digital Rights");
        p.put("email", Api.uniqueEmail());
        p.put("mode", "ONLINE");
        p.put("gender", "");
        p.put("nationality", "SN");
        p.put("homepage", "");
        return p;
    }

    static RequestSpecification multipart(String secret, Map<String, String> fields) {
        RequestSpecification r = given().header("X-Tracking-Secret", secret).contentType("multipart/form-data");
        fields.forEach((k, v) -> r.multiPart(k, v, "text/plain; charset=UTF-8"));
        return r;
    }

    @Test
    void urlencodedWithALetterIdAndMultipartWithTheLetterAttached() {
        Accredited.Organization org = Accredited.para7("en");
        String session = SessionRows.insert(dataSource, SessionRows.Spec.openNewYork(clock.instant(), null, null));
        String base = "/api/v1/sessions/" + session + "/representatives";
        String letter = RegistrationSmtpFlowTest.upload(org.secret(), session);

        given().header("X-Tracking-Secret", org.secret()).contentType(ContentType.URLENC).formParams(person(letter))
                .post(base).then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", containsString(base + "/"))
                .body("letterId", equalTo(letter)).body("status", equalTo("REQUESTED")).body("nationality", equalTo("SN"));

        byte[] pdf = Pdfs.blank(2);
        String attached = multipart(org.secret(), person(null)).multiPart("letter", "../../etc/passwd.pdf", pdf, "application/pdf")
                .post(base).then().statusCode(201).extract().path("letterId");
        byte[] stored = as("reviewer").get("/api/v1/sessions/" + session + "/letters/" + attached).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(pdf, stored, "the letter as uploaded, stored in PostgreSQL");

        String location = multipart(org.secret(), person(null)).multiPart("letter", "letter.pdf", pdf, "application/pdf")
                .accept(BROWSER_ACCEPT).redirects().follow(false).post(base).then().statusCode(303).extract().header("Location");
        assertTrue(location.endsWith("/forms/thanks"), location);
        Api.applicant(org.secret()).get(base).then().statusCode(200).body("items", hasSize(3));
    }

    @Test
    void aWrongPdfAnOversizedLetterABadFieldAndTheHoneypotStoreNothing() {
        Accredited.Organization org = Accredited.para7("fr");
        String session = SessionRows.insert(dataSource, SessionRows.Spec.openNewYork(clock.instant(), null, null));
        String base = "/api/v1/sessions/" + session + "/representatives";

        multipart(org.secret(), person(null)).multiPart("letter", "letter.pdf", "not a PDF at all".getBytes(), "application/pdf")
                .post(base).then().statusCode(422).contentType("application/problem+json");
        byte[] big = Arrays.copyOf(Pdfs.blank(1), 2_097_153);
        multipart(org.secret(), person(null)).multiPart("letter", "letter.pdf", big, "application/pdf")
                .post(base).then().statusCode(413).contentType("application/problem+json");
        Map<String, String> nameless = person(null);
        nameless.remove("name");
        multipart(org.secret(), nameless).multiPart("letter", "letter.pdf", Pdfs.blank(1), "application/pdf")
                .post(base).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(java.util.List.of("name")));
        String letter = RegistrationSmtpFlowTest.upload(org.secret(), session);
        multipart(org.secret(), person(letter)).multiPart("letter", "letter.pdf", Pdfs.blank(1), "application/pdf")
                .post(base).then().statusCode(400).body("errors.field", hasItem("letterId"));
        given().header("X-Tracking-Secret", org.secret()).contentType(ContentType.URLENC).formParams(person(null))
                .post(base).then().statusCode(400).body("errors.field", hasItem("letterId"));
        Map<String, String> bot = person(letter);
        bot.put("homepage", "http://spam.example");
        given().header("X-Tracking-Secret", org.secret()).contentType(ContentType.URLENC).formParams(bot)
                .redirects().follow(false).post(base).then().statusCode(303).header("Location", matchesPattern(".*/forms/thanks"));
        Api.applicant(org.secret()).get(base).then().statusCode(200).body("items", hasSize(0));
    }
}
