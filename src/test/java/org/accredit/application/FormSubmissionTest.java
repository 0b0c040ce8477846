package org.accredit.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import org.accredit.support.Api;
import org.accredit.support.Pdfs;
import org.junit.jupiter.api.Test;

/** The application as a form post (urlencoded and multipart): the JSON body's fields, rules and errors. */
@QuarkusTest
class FormSubmissionTest {

    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    static Map<String, String> fields(String name) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("organization.name", name);
        f.put("organization.acronym", "");
        f.put("organization.type", "UN_ENTITY");
        f.put("organization.country", "FR");
        f.put("organization.website", "https://example.org");
        f.put("organization.email", "");
        f.put("organization.expertise", "Cybercrime research\nand training");
        f.put("contact.name", "Dana Contact");
        f.put("contact.email", Api.uniqueEmail());
        f.put("contact.phone", "");
        f.put("language", "fr");
        f.put("homepage", "");
        return f;
    }

    static RequestSpecification urlencoded(Map<String, String> fields) {
        return given().contentType(ContentType.URLENC.withCharset("UTF-8")).formParams(fields);
    }

    static RequestSpecification multipart(Map<String, String> fields) {
        RequestSpecification r = given().contentType("multipart/form-data");
        fields.forEach((k, v) -> r.multiPart(k, v, "text/plain; charset=UTF-8"));
        return r;
    }

    @Test
    void anUrlencodedPostIsAnApplicationAnsweredWithTheJsonOfTheJsonBody() {
        String name = Api.unique("Form Org");
        String id = urlencoded(fields(name)).accept(ContentType.JSON).post("/api/v1/applications").then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("reference", matchesPattern("AHC-\\d{4}-\\d{5}"))
                .body("trackingSecret", not(emptyOrNullString()))
                .extract().path("id");
        Api.as("reviewer").get("/api/v1/applications/" + id).then().statusCode(200)
                .body("organization.name", equalTo(name))
                .body("organization.expertise", equalTo("Cybercrime research\nand training"))
                .body("language", equalTo("fr"));
    }

    @Test
    void aMultipartPostWithoutAcceptIsAnApplicationToo() {
        String name = "مركز " + Api.unique("الأمن");
        String id = multipart(fields(name)).post("/api/v1/applications").then().statusCode(201)
                .contentType(ContentType.JSON).extract().path("id");
        Api.as("reviewer").get("/api/v1/applications/" + id).then().statusCode(200).body("organization.name", equalTo(name));
    }

    @Test
    void aBrowserIsSentToTheThankYouPageWithTheReference() {
        for (RequestSpecification post : new RequestSpecification[] {urlencoded(fields(Api.unique("Browser Org"))),
                multipart(fields(Api.unique("Browser Org")))}) {
            String location = post.accept(BROWSER_ACCEPT).redirects().follow(false).post("/api/v1/applications").then()
                    .statusCode(303).extract().header("Location");
            org.junit.jupiter.api.Assertions.assertTrue(location.matches(".*/forms/thanks\\?reference=AHC-\\d{4}-\\d{5}"), location);
            // the page the browser lands on exists and shows the reference (never the secret)
            String reference = location.substring(location.indexOf("reference=") + "reference=".length());
            io.restassured.RestAssured.given().noFilters().accept(BROWSER_ACCEPT).get(location).then().statusCode(200)
                    .contentType(org.hamcrest.Matchers.startsWith("text/html"))
                    .body(org.hamcrest.Matchers.containsString("id=\"reference\">" + reference + "<"));
        }
        // a reference of another shape is not echoed
        io.restassured.RestAssured.given().noFilters().get("/forms/thanks?reference=%3Cscript%3E").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>")),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"reference\"")));
    }

    @Test
    void aFormsHiddenKeyOrTheHeaderMakesARetrySafe() {
        // a web form's hidden field: the same form twice is one application, the second answer a replay
        Map<String, String> f = fields(Api.unique("Retried Form Org"));
        String key = java.util.UUID.randomUUID().toString();
        f.put("idempotencyKey", key);
        io.restassured.response.Response first = given().noFilters().contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParams(f).post("/api/v1/applications");
        first.then().statusCode(201).header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
        io.restassured.response.Response again = given().noFilters().contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParams(f).post("/api/v1/applications");
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location")).body("id", equalTo(first.path("id")))
                .body("reference", equalTo(first.path("reference")));
        String q = f.get("organization.name");
        Api.as("reviewer").queryParam("q", q).get("/api/v1/applications").then().statusCode(200)
                .body("items.findAll { it.organizationName == '" + q + "' }.size()", equalTo(1));
        // the same key with another form: 422, nothing more stored
        Map<String, String> other = new LinkedHashMap<>(f);
        other.put("organization.name", q + " bis");
        given().noFilters().contentType(ContentType.URLENC.withCharset("UTF-8")).formParams(other)
                .post("/api/v1/applications").then().statusCode(422).contentType(startsWith("application/problem+json"));
        // a browser's multipart post with the header: the 303 is replayed, to the same thank-you page
        Map<String, String> g = fields(Api.unique("Retried Browser Org"));
        String headerKey = java.util.UUID.randomUUID().toString();
        String location = null;
        for (int i = 0; i < 2; i++) {
            RequestSpecification post = given().noFilters().contentType("multipart/form-data").header("Idempotency-Key", headerKey)
                    .accept(BROWSER_ACCEPT).redirects().follow(false);
            g.forEach((k, v) -> post.multiPart(k, v, "text/plain; charset=UTF-8"));
            io.restassured.response.Response r = post.post("/api/v1/applications");
            r.then().statusCode(303);
            if (location == null) {
                location = r.header("Location");
            } else {
                assertEquals(location, r.header("Location"));
                assertEquals("true", r.header("Idempotent-Replayed"));
            }
        }
        // a hostile key in the hidden field: 400 naming it
        Map<String, String> h = fields(Api.unique("Bad Key Org"));
        h.put("idempotencyKey", "x".repeat(300));
        given().noFilters().contentType(ContentType.URLENC.withCharset("UTF-8")).formParams(h).post("/api/v1/applications")
                .then().statusCode(400).body(org.hamcrest.Matchers.containsString("idempotencyKey"));
    }

    @Test
    void aMissingFieldIsNamedAsTheFormNamesIt() {
        Map<String, String> f = fields(Api.unique("Missing"));
        f.put("organization.name", "");
        f.remove("contact.email");
        f.put("organization.country", "XX");
        for (RequestSpecification post : new RequestSpecification[] {urlencoded(f), multipart(f)}) {
            post.accept(BROWSER_ACCEPT).post("/api/v1/applications").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", containsInAnyOrder("contact.email", "organization.country", "organization.name"));
        }
    }

    @Test
    void typeUnknownAndRepeatedFieldsAreRefusedLikeJson() {
        Map<String, String> f = fields(Api.unique("Typed"));
        f.put("organization.type", "CHARITY");
        urlencoded(f).post("/api/v1/applications").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("organization.type"))
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("must be one of"));
        Map<String, String> g = fields(Api.unique("Status"));
        g.put("status", "APPROVED");
        urlencoded(g).post("/api/v1/applications").then().statusCode(400).body("errors.field", containsInAnyOrder("status"));
        Map<String, String> h = fields(Api.unique("Injected"));
        h.put("organization.name", "Evil\r\nBcc: victim@example.org");
        multipart(h).post("/api/v1/applications").then().statusCode(400).body("errors.field", hasItem("organization.name"));
        given().contentType(ContentType.URLENC).body("organization.name=A&organization.name=B&language=en")
                .post("/api/v1/applications").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("organization.name"));
        given().contentType(ContentType.URLENC).body("organization=x&organization.name=B")
                .post("/api/v1/applications").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aFilledHoneypotLooksLikeSuccessAndStoresNothing() {
        String name = Api.unique("Honeypot Org");
        Map<String, String> f = fields(name);
        f.put("homepage", "https://spam.example");
        for (RequestSpecification post : new RequestSpecification[] {urlencoded(f), multipart(f)}) {
            post.redirects().follow(false).post("/api/v1/applications").then().statusCode(303)
                    .header("Location", matchesPattern(".*/forms/thanks"));
        }
        Api.as("reviewer").queryParam("q", name).get("/api/v1/applications").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void oversizedBodiesAndPartsAre413() {
        Map<String, String> f = fields(Api.unique("Big"));
        f.put("organization.expertise", "x".repeat(70_000));
        urlencoded(f).post("/api/v1/applications").then().statusCode(413).contentType("application/problem+json");
        multipart(f).post("/api/v1/applications").then().statusCode(413).contentType("application/problem+json");
        Map<String, String> g = fields(Api.unique("Huge"));
        g.put("organization.expertise", "x".repeat(3_200_000));
        multipart(g).post("/api/v1/applications").then().statusCode(413).contentType("application/problem+json")
                .body("detail", equalTo("A multipart body may not exceed 3145728 bytes."));
    }

    @Test
    void aFileWhereTextBelongsIsRefused() {
        Map<String, String> f = fields(Api.unique("File"));
        f.remove("organization.name");
        multipart(f).multiPart("organization.name", "name.txt", "Sneaky".getBytes(), "text/plain")
                .post("/api/v1/applications").then().statusCode(400).body("errors.field", hasItem("organization.name"));
    }

    @Test
    void aPara9ApplicantAttachesItsStatutesAndCertificateWhichOnlyStaffDownload() {
        Api.ensureOpenCall();
        Map<String, String> f = fields(Api.unique("Para9 Academy"));
        f.put("organization.type", "ACADEMIC_INSTITUTION");
        byte[] statutes = Pdfs.blank(3);
        byte[] certificate = Pdfs.blank(1);
        var receipt = multipart(f).multiPart("statutes", "../../etc/cron.d/evil.pdf", statutes, "application/pdf")
                .multiPart("registrationCertificate", "certificate.pdf", certificate, "application/pdf")
                .post("/api/v1/applications").then().statusCode(201).body("path", equalTo("PARA_9")).extract();
        String id = receipt.path("id");
        String reference = receipt.path("reference");
        String base = "/api/v1/applications/" + id + "/attachments";
        var list = Api.as("reviewer").get(base).then().statusCode(200)
                .body("items.kind", contains("STATUTES", "REGISTRATION_CERTIFICATE"))
                .body("items.pages", contains(3, 1))
                .body("items[0].sizeBytes", equalTo(statutes.length)).extract();
        String statutesId = list.path("items[0].id");
        byte[] downloaded = Api.as("approver").get(base + "/" + statutesId).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename=\"" + reference + "-statutes.pdf\""))
                .extract().asByteArray();
        assertArrayEquals(statutes, downloaded);
        given().get(base).then().statusCode(401);
        given().get(base + "/" + statutesId).then().statusCode(401);
        Api.applicant((String) receipt.path("trackingSecret")).get(base + "/" + statutesId).then().statusCode(401);
        Api.as("ms-fr").get(base).then().statusCode(403);
        Api.as("reviewer").get("/api/v1/applications/" + java.util.UUID.randomUUID() + "/attachments/" + statutesId)
                .then().statusCode(404);
        Api.as("reviewer").get(base + "/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void attachmentsAreCheckedPdfsForPara9Only() {
        Api.ensureOpenCall();
        String igoName = Api.unique("IGO With Statutes");
        multipart(fields(igoName)).multiPart("statutes", "s.pdf", Pdfs.blank(1), "application/pdf")
                .post("/api/v1/applications").then().statusCode(400).body("errors.field", contains("statutes"));
        String fake = Api.unique("Fake PDF");
        Map<String, String> f = fields(fake);
        f.put("organization.type", "NGO");
        multipart(f).multiPart("statutes", "s.pdf", "<html>not a pdf</html>".getBytes(), "application/pdf")
                .post("/api/v1/applications").then().statusCode(422).contentType("application/problem+json");
        multipart(f).multiPart("statutes", "s.pdf", java.util.Arrays.copyOf(Pdfs.blank(1), 2_097_153), "application/pdf")
                .post("/api/v1/applications").then().statusCode(413).contentType("application/problem+json");
        for (String name : new String[] {igoName, fake}) {
            Api.as("reviewer").queryParam("q", name).get("/api/v1/applications").then().statusCode(200).body("items", hasSize(0));
        }
    }

    @Test
    void aBrowsersMultipartWithoutCharsetIsReadAsUtf8() {
        String name = "网络安全研究中心 " + Api.unique("zh");
        StringBuilder body = new StringBuilder();
        fields(name).forEach((k, v) -> body.append("--b0undary\r\nContent-Disposition: form-data; name=\"").append(k)
                .append("\"\r\n\r\n").append(v).append("\r\n"));
        body.append("--b0undary\r\nContent-Disposition: form-data; name=\"statutes\"; filename=\"\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n\r\n--b0undary--\r\n"); // no file chosen
        String id = given().contentType("multipart/form-data; boundary=b0undary")
                .body(body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
        Api.as("reviewer").get("/api/v1/applications/" + id).then().statusCode(200).body("organization.name", equalTo(name));
        Api.as("reviewer").get("/api/v1/applications/" + id + "/attachments").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void uploadsAreNeverWrittenUnderTheirUploadedName() throws java.io.IOException {
        Api.ensureOpenCall();
        Map<String, String> f = fields(Api.unique("Named Upload"));
        f.put("organization.type", "CIVIL_SOCIETY_ORGANIZATION");
        multipart(f).multiPart("statutes", "accredit-evil-name.pdf", Pdfs.blank(1), "application/pdf")
                .post("/api/v1/applications").then().statusCode(201);
        java.nio.file.Path uploads = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "accredit-uploads");
        if (java.nio.file.Files.isDirectory(uploads)) {
            try (var files = java.nio.file.Files.walk(uploads)) {
                org.junit.jupiter.api.Assertions.assertTrue(files.noneMatch(p -> p.getFileName().toString().contains("evil")));
            }
        }
    }
}
