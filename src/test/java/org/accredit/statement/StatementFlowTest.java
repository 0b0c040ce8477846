package org.accredit.statement;

import static io.restassured.RestAssured.given;
import static org.accredit.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.accredit.document.WordCount;
import org.accredit.notification.OutboxDispatcher;
import org.accredit.statement.StatementFixtures.Organization;
import org.accredit.support.Api;
import org.accredit.support.TestClock;
import org.accredit.support.TestPdfs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Written submissions over the API: the 2,000-word limit in English and in Chinese (text) and for a
 * PDF (words counted from its extracted text), publication to the public page, declines, withdrawal,
 * who sees what, and two staff deciding at once.
 */
@QuarkusTest
class StatementFlowTest {

    @Inject
    AgroalDataSource db;

    @Inject
    TestClock clock;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    MockMailbox mailbox;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static RequestSpecification org(Organization o) {
        return given().header("X-Tracking-Secret", o.secret());
    }

    private static ExtractableResponse<Response> submitText(Organization o, String session, String language, String title,
            String text, int status) {
        return org(o).contentType(ContentType.JSON).body(Map.of("language", language, "title", title, "text", text))
                .post("/api/v1/sessions/" + session + "/statements").then().statusCode(status).extract();
    }

    private static ExtractableResponse<Response> submitPdf(Organization o, String session, String language, String title,
            byte[] pdf, int status) {
        return org(o).contentType("application/pdf").queryParam("language", language).queryParam("title", title).body(pdf)
                .post("/api/v1/sessions/" + session + "/statements").then().statusCode(status).extract();
    }

    private static String words(String word, String separator, int n) {
        return String.join(separator, Collections.nCopies(n, word));
    }

    @Test
    void englishOf2000WordsIsAcceptedAnd2001Refused() {
        Organization o = StatementFixtures.approved("en");
        String session = StatementFixtures.openSession(db, clock.instant());
        String at = words("cybercrime", " ", 1999) + ".";
        String over = words("cybercrime", " ", 2001) + ".";
        assertEquals(1999, WordCount.of(at, Locale.ENGLISH));
        at = "Statement " + at;
        assertEquals(2000, WordCount.of(at, Locale.ENGLISH));
        assertEquals(2001, WordCount.of(over, Locale.ENGLISH));

        submitText(o, session, "en", "Too long", over, 422).response().then()
                .contentType("application/problem+json")
                .body("title", equalTo("Too many words"))
                .body("detail", containsString("2001 words"))
                .body("detail", containsString("at most 2000"))
                .body("errors[0].field", equalTo("text"))
                .body("errors[0].message", equalTo("has 2001 words; at most 2000 are accepted"));

        ExtractableResponse<Response> ok = submitText(o, session, "en", "Our statement", at, 201);
        assertEquals(2000, (int) ok.path("wordCount"));
        assertEquals("SUBMITTED", ok.path("status"));
        assertTrue(ok.header("Location").endsWith("/api/v1/organization/statements/" + ok.path("id")), ok.header("Location"));
        org(o).get("/api/v1/organization/statements/" + ok.path("id")).then().statusCode(200)
                .body("text", equalTo(at)).body("wordCount", equalTo(2000)).body("decidedBy", nullValue());
    }

    @Test
    void chineseOf2000WordsIsAcceptedAnd2001Refused() {
        Organization o = StatementFixtures.approved("zh");
        String session = StatementFixtures.openSession(db, clock.instant());
        // 网络 (network) is one dictionary word to ICU; written without spaces, as Chinese is
        String at = "网络".repeat(2000) + "。";
        String over = "网络".repeat(2001) + "。";
        assertEquals(2000, WordCount.of(at, Locale.CHINESE));
        assertEquals(2001, WordCount.of(over, Locale.CHINESE));

        submitText(o, session, "zh", "网络犯罪", over, 422).response().then()
                .body("errors[0].field", equalTo("text"))
                .body("errors[0].message", equalTo("has 2001 words; at most 2000 are accepted"));
        submitText(o, session, "zh", "网络犯罪", at, 201).response().then()
                .body("wordCount", equalTo(2000)).body("language", equalTo("zh"));
    }

    @Test
    void aPdfIsCountedFromItsTextAndPublishedWithItsDocument() {
        Organization o = StatementFixtures.approved("fr");
        String session = StatementFixtures.openSession(db, clock.instant());
        byte[] over = TestPdfs.ofWords(2001);
        submitPdf(o, session, "en", "Too long", over, 422).response().then()
                .body("errors[0].field", equalTo("document"))
                .body("errors[0].message", equalTo("has 2001 words; at most 2000 are accepted"));

        byte[] pdf = TestPdfs.ofWords(2000);
        ExtractableResponse<Response> ok = submitPdf(o, session, "en", "Our PDF statement", pdf, 201);
        String id = ok.path("id");
        assertEquals(2000, (int) ok.path("wordCount"));
        assertEquals(true, ok.path("hasDocument"));

        // not public before it is published
        given().get("/api/v1/public/statements/" + id).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/public/statements/" + id + "/document").then().statusCode(404);
        given().get("/api/v1/public/sessions/" + session + "/statements").then().statusCode(200)
                .body("items", equalTo(List.of()));

        as("reviewer").get("/api/v1/statements/" + id).then().statusCode(200)
                .body("text", containsString("word word")).body("organizationName", equalTo(o.name()));
        byte[] staffCopy = as("reviewer").accept("application/pdf").get("/api/v1/statements/" + id + "/document").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(pdf, staffCopy);

        as("approver").post("/api/v1/statements/" + id + "/publication").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("decidedBy", equalTo("approver"));

        String page = given().get("/api/v1/public/sessions/" + session + "/statements").then().statusCode(200)
                .body("items[0].id", equalTo(id))
                .body("items[0].organizationName", equalTo(o.name()))
                .body("items[0].country", equalTo("AT"))
                .body("items[0].path", equalTo("PARA_7"))
                .body("items[0].language", equalTo("en"))
                .body("items[0].title", equalTo("Our PDF statement"))
                .body("items[0].wordCount", equalTo(2000))
                .body("items[0].hasDocument", equalTo(true))
                .body("items[0].timeZone", equalTo("America/New_York"))
                .extract().asString();
        assertTrue(!page.contains(o.contactEmail()) && !page.contains("Dana Contact") && !page.contains("approver"), page);
        given().get("/api/v1/public/statements/" + id).then().statusCode(200)
                .body("text", containsString("word word")).body(not(containsString(o.contactEmail())));
        Response doc = given().accept("application/pdf").get("/api/v1/public/statements/" + id + "/document");
        doc.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename=\"statement-" + id + ".pdf\""));
        assertArrayEquals(pdf, doc.asByteArray());
    }

    @Test
    void declineWithdrawAndWhoSeesWhat() {
        Organization o = StatementFixtures.approved("es");
        Organization other = StatementFixtures.approved("ru");
        String session = StatementFixtures.openSession(db, clock.instant());
        String declined = submitText(o, session, "es", "Primera", "La sociedad civil participa.", 201).path("id");
        String withdrawn = submitText(o, session, "es", "Segunda", "Otra declaración.", 201).path("id");

        // another organization's statement does not exist for it; the public does not see unpublished ones
        org(other).get("/api/v1/organization/statements/" + declined).then().statusCode(404);
        org(other).post("/api/v1/organization/statements/" + declined + "/withdrawal").then().statusCode(404);
        given().get("/api/v1/public/statements/" + declined).then().statusCode(404);

        as("reviewer").contentType(ContentType.JSON).body(Map.of("reason", "Not about the Committee's mandate"))
                .post("/api/v1/statements/" + declined + "/declination").then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("declineReason", equalTo("Not about the Committee's mandate"));
        as("approver").post("/api/v1/statements/" + declined + "/publication").then().statusCode(409)
                .body("currentStatus", equalTo("DECLINED"));
        org(o).post("/api/v1/organization/statements/" + declined + "/withdrawal").then().statusCode(409)
                .body("currentStatus", equalTo("DECLINED"));
        org(o).get("/api/v1/organization/statements/" + declined).then().statusCode(200)
                .body("declineReason", equalTo("Not about the Committee's mandate")).body("decidedBy", nullValue());

        org(o).post("/api/v1/organization/statements/" + withdrawn + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        as("reviewer").post("/api/v1/statements/" + withdrawn + "/publication").then().statusCode(409)
                .body("currentStatus", equalTo("WITHDRAWN"));

        org(o).queryParam("sessionId", session).get("/api/v1/organization/statements").then().statusCode(200)
                .body("items.id", equalTo(List.of(withdrawn, declined)));
        as("reviewer").queryParam("status", "DECLINED").get("/api/v1/sessions/" + session + "/statements").then()
                .statusCode(200).body("items.id", equalTo(List.of(declined)));
        as("admin").get("/api/v1/sessions/" + session + "/statements").then().statusCode(200)
                .body("items.id", equalTo(List.of(declined, withdrawn)));
        given().get("/api/v1/public/sessions/" + session + "/statements").then().statusCode(200)
                .body("items", equalTo(List.of()));
        // a declination needs its reason
        String third = submitText(o, session, "es", "Tercera", "Texto.", 201).path("id");
        as("reviewer").contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/api/v1/statements/" + third + "/declination").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
    }

    @Test
    void eachDecisionIsEmailedToTheContactInTheOrganizationsLanguage() {
        Organization arabic = StatementFixtures.approved("ar");
        Organization french = StatementFixtures.approved("fr");
        String session = StatementFixtures.openSession(db, clock.instant());
        String code = "ST-" + session.substring(0, 8); // the session's code (StatementFixtures)
        String declined = submitText(arabic, session, "ar", "بيان", "تلتزم المنظمة بمكافحة الجريمة السيبرانية.", 201).path("id");
        String published = submitText(french, session, "fr", "Déclaration", "L'organisation s'engage.", 201).path("id");
        dispatcher.dispatchDue();
        mailbox.clear();

        as("reviewer").contentType(ContentType.JSON).body(Map.of("reason", "خارج نطاق ولاية اللجنة"))
                .post("/api/v1/statements/" + declined + "/declination").then().statusCode(200);
        as("approver").post("/api/v1/statements/" + published + "/publication").then().statusCode(200);
        dispatcher.dispatchDue();

        List<Mail> toArabic = mailbox.getMailsSentTo(arabic.contactEmail());
        assertEquals(1, toArabic.size());
        Mail no = toArabic.get(0);
        assertTrue(no.getSubject().contains("لم تُنشر المساهمة المكتوبة") && no.getSubject().contains(code), no.getSubject());
        assertTrue(no.getText().contains("خارج نطاق ولاية اللجنة"), no.getText());
        assertTrue(no.getHtml().contains("dir=\"rtl\""), "Arabic is right to left");

        List<Mail> toFrench = mailbox.getMailsSentTo(french.contactEmail());
        assertEquals(1, toFrench.size());
        Mail yes = toFrench.get(0);
        assertTrue(yes.getSubject().contains("contribution écrite publiée") && yes.getSubject().contains(code), yes.getSubject());
        assertTrue(yes.getText().contains("/api/v1/public/statements/" + published), yes.getText());
        assertTrue(yes.getText().contains("Déclaration"), yes.getText());
    }

    @Test
    void thePublicPageIsCursorPagedLatestPublishedFirst() {
        Organization o = StatementFixtures.approved("en");
        String session = StatementFixtures.openSession(db, clock.instant());
        String first = submitText(o, session, "en", "First", "First statement.", 201).path("id");
        String second = submitText(o, session, "en", "Second", "Second statement.", 201).path("id");
        submitText(o, session, "en", "Unpublished", "Third statement.", 201);
        as("approver").post("/api/v1/statements/" + first + "/publication").then().statusCode(200);
        clock.advance(Duration.ofMinutes(1));
        as("approver").post("/api/v1/statements/" + second + "/publication").then().statusCode(200);

        ExtractableResponse<Response> page1 = given().queryParam("limit", 1)
                .get("/api/v1/public/sessions/" + session + "/statements").then().statusCode(200)
                .body("items.id", equalTo(List.of(second))).extract();
        String cursor = page1.path("nextCursor");
        given().queryParam("limit", 1).queryParam("cursor", cursor)
                .get("/api/v1/public/sessions/" + session + "/statements").then().statusCode(200)
                .body("items.id", equalTo(List.of(first))).body("nextCursor", nullValue());
        as("reviewer").queryParam("limit", 2).get("/api/v1/sessions/" + session + "/statements").then().statusCode(200)
                .body("items.id", equalTo(List.of(first, second))).body("nextCursor", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void twoStaffDecidingAtOnceOneGets409() throws Exception {
        Organization o = StatementFixtures.approved("en");
        String session = StatementFixtures.openSession(db, clock.instant());
        for (int round = 0; round < 3; round++) {
            String id = submitText(o, session, "en", "Race " + round, "A short statement.", 201).path("id");
            CyclicBarrier start = new CyclicBarrier(2);
            List<Callable<Integer>> deciders = List.of(
                    () -> {
                        start.await();
                        return as("approver").post("/api/v1/statements/" + id + "/publication").statusCode();
                    },
                    () -> {
                        start.await();
                        return as("reviewer").contentType(ContentType.JSON).body(Map.of("reason", "Duplicate"))
                                .post("/api/v1/statements/" + id + "/declination").statusCode();
                    });
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Integer> statuses = new ArrayList<>();
            try {
                for (Future<Integer> f : pool.invokeAll(deciders)) {
                    statuses.add(f.get());
                }
            } finally {
                pool.shutdown();
            }
            Collections.sort(statuses);
            assertEquals(List.of(200, 409), statuses);
            String status = as("reviewer").get("/api/v1/statements/" + id).then().extract().path("status");
            assertTrue(status.equals("PUBLISHED") || status.equals("DECLINED"), status);
            // withdraw it if it was published so the organization stays under its limit for the session
            if (status.equals("DECLINED")) {
                continue;
            }
            session = StatementFixtures.openSession(db, clock.instant());
        }
    }

    @Test
    void acceptedUntilTheSessionClosesAndOnlyFromAnAccreditedOrganization() {
        Organization o = StatementFixtures.approved("ar");
        // a meeting seeded by V14, long over
        String past = StatementFixtures.seeded(db, "AHC-1");
        submitText(o, past, "ar", "بيان", "تلتزم المنظمة بمكافحة الجريمة السيبرانية.", 409).response().then()
                .body("detail", containsString("accepted until"));

        String session = StatementFixtures.openSession(db, clock.instant());
        submitText(o, session, "ar", "بيان", "تلتزم المنظمة بمكافحة الجريمة السيبرانية.", 201).response().then()
                .body("wordCount", equalTo(5));
        clock.advance(Duration.ofDays(10).plusMinutes(1));
        submitText(o, session, "ar", "بيان", "نص آخر.", 409);
        clock.reset();

        // an application that is not approved: 403, whatever the body; an unknown secret: 404
        Api.Submitted pending = Api.submit("UN_ENTITY", null, "en");
        Api.applicant(pending.secret()).body(Map.of("language", "en", "title", "T", "text", "Text."))
                .post("/api/v1/sessions/" + session + "/statements").then().statusCode(403);
        Api.applicant(pending.secret()).body(Map.of()).post("/api/v1/sessions/" + session + "/statements").then()
                .statusCode(403);
        Api.applicant("x".repeat(43)).body(Map.of("language", "en", "title", "T", "text", "Text."))
                .post("/api/v1/sessions/" + session + "/statements").then().statusCode(404);
        Api.applicant(pending.secret()).get("/api/v1/organization/statements").then().statusCode(403);
        // an unknown session
        submitText(o, java.util.UUID.randomUUID().toString(), "en", "T", "Text.", 404);
    }

    @Test
    void atMostThreePerOrganizationAndSession() {
        Organization o = StatementFixtures.approved("en");
        String session = StatementFixtures.openSession(db, clock.instant());
        String first = submitText(o, session, "en", "One", "One.", 201).path("id");
        submitText(o, session, "en", "Two", "Two.", 201);
        submitText(o, session, "en", "Three", "Three.", 201);
        submitText(o, session, "en", "Four", "Four.", 409).response().then().body("detail", containsString("at most 3"));
        org(o).post("/api/v1/organization/statements/" + first + "/withdrawal").then().statusCode(200);
        submitText(o, session, "en", "Four", "Four.", 201);
    }

    @Test
    void badDocumentsAndFields() {
        Organization o = StatementFixtures.approved("en");
        String session = StatementFixtures.openSession(db, clock.instant());
        submitPdf(o, session, "en", "Fake", "not a pdf".getBytes(), 422).response().then()
                .body("detail", containsString("%PDF-"));
        submitPdf(o, session, "en", "Locked", TestPdfs.encrypted("Locked statement"), 422).response().then()
                .body("detail", containsString("encrypted"));
        submitPdf(o, session, "en", "Long", TestPdfs.ofPages(31), 422).response().then()
                .body("detail", containsString("31 pages"));
        submitPdf(o, session, "xx", "Bad language", TestPdfs.ofWords(3), 400).response().then()
                .body("errors.field", hasItem("language"));
        org(o).contentType("application/pdf").queryParam("language", "en").body(TestPdfs.ofWords(3))
                .post("/api/v1/sessions/" + session + "/statements").then().statusCode(400)
                .body("errors.field", hasItem("title"));
        submitText(o, session, "en", "Line\nbreak", "Text.", 400).response().then().body("errors.field", hasItem("title"));
        submitText(o, session, "en", "T", "x ".repeat(15_001), 400).response().then()
                .body("errors[0].field", equalTo("text"))
                .body("errors[0].message", containsString("at most 30000"));
        org(o).contentType("text/plain").body("Text.").post("/api/v1/sessions/" + session + "/statements").then()
                .statusCode(415);
        org(o).get("/api/v1/organization/statements").then().statusCode(200).body("items", equalTo(List.of()));
    }
}
