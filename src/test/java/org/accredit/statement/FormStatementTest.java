package org.accredit.statement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import org.accredit.support.TestPdfs;
import org.junit.jupiter.api.Test;

/** A written statement by form post: its text urlencoded, or its PDF as the multipart part "document". */
@QuarkusTest
class FormStatementTest {

    @Inject
    AgroalDataSource db;

    @Inject
    Clock clock;

    @Test
    void textAsAFormPdfAsAPartAndABrowserSentToTheThankYouPage() {
        StatementFixtures.Organization o = StatementFixtures.approved("en");
        String session = StatementFixtures.openSession(db, clock.instant());
        String base = "/api/v1/sessions/" + session + "/statements";
        given().header("X-Tracking-Secret", o.secret()).contentType(ContentType.URLENC)
                .formParam("language", "en").formParam("title", "Our view").formParam("text", "Five words in this statement.")
                .post(base).then().statusCode(201).contentType(ContentType.JSON).body("wordCount", equalTo(5)).body("hasDocument", equalTo(false));
        given().header("X-Tracking-Secret", o.secret()).contentType("multipart/form-data")
                .multiPart("language", "en").multiPart("title", "Our PDF")
                .multiPart("document", "statement.pdf", TestPdfs.ofWords(40), "application/pdf")
                .post(base).then().statusCode(201).body("wordCount", equalTo(40)).body("hasDocument", equalTo(true));
        given().header("X-Tracking-Secret", o.secret()).contentType("multipart/form-data")
                .multiPart("language", "en").multiPart("title", "Not a PDF")
                .multiPart("document", "statement.pdf", "plain text".getBytes(), "application/pdf")
                .post(base).then().statusCode(422).contentType("application/problem+json");
        given().header("X-Tracking-Secret", o.secret()).contentType(ContentType.URLENC)
                .formParam("language", "en").formParam("text", "No title.")
                .post(base).then().statusCode(400).body("errors.field", hasItem("title"));
        given().header("X-Tracking-Secret", o.secret()).contentType(ContentType.URLENC)
                .accept("text/html,*/*;q=0.8").redirects().follow(false)
                .formParam("language", "fr").formParam("title", "Notre avis").formParam("text", "Trois mots ici.")
                .post(base).then().statusCode(303);
    }
}
