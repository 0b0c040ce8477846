package org.accredit.frontdoor;

import static io.restassured.RestAssured.given;
import static org.accredit.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.accredit.support.Accredited;
import org.accredit.support.SessionRows;
import org.accredit.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The public pages (accredited organizations, calendar, published written submissions) over HTTP
 * and in chromium, in English and Arabic, with axe-core on each: what they show is what the public
 * API shows (no contact, no person), a session's times in its own time zone.
 */
@QuarkusTest
class PublicPagesBrowserTest extends org.accredit.support.InBrowser {

    @Inject
    AgroalDataSource db;

    @Inject
    TestClock clock;

    /** An accredited organization with a published written statement in a New York session. */
    private String[] published() {
        Accredited.Organization org = Accredited.para7("en");
        String session = SessionRows.insert(db, SessionRows.Spec.openNewYork(clock.instant(), null, null));
        String statement = given().header("X-Tracking-Secret", org.secret()).contentType(ContentType.JSON)
                .body(Map.of("language", "fr", "title", "Contribution sur la preuve électronique",
                        "text", "Nous proposons une coopération <b>renforcée</b>."))
                .post("/api/v1/sessions/" + session + "/statements").then().statusCode(201).extract().path("id");
        as("approver").post("/api/v1/statements/" + statement + "/publication").then().statusCode(200);
        return new String[] {org.name(), org.contactEmail(), session, statement, SessionRows.code(session)};
    }

    @Test
    void thePublicPagesShowWhatThePublicApiShowsAndNothingPersonal() {
        String[] p = published();
        given().get("/public/organizations?lang=en&cursor=" + "x".repeat(10) + "&limit=5").then().statusCode(400)
                .contentType(startsWith("text/html")).body(containsString("<html lang=\"en\""));
        given().get("/public/statements/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType(startsWith("text/html"));
        given().get("/public/statements?session=not-a-uuid").then().statusCode(400).contentType(startsWith("text/html"));
        given().get("/public/statements?session=" + p[2]).then().statusCode(200)
                .body(containsString("Contribution sur la preuve électronique"), containsString(p[0]),
                        not(containsString(p[1])), not(containsString("Dana Contact")));
        given().get("/public/statements/" + p[3]).then().statusCode(200)
                .body(containsString("Nous proposons une coopération &lt;b&gt;renforcée&lt;/b&gt;."),
                        containsString("lang=\"fr\""), not(containsString(p[1])));
        given().get("/public/calendar").then().statusCode(200)
                .body(containsString(p[4]), containsString("America/New_York"));
    }

    @Test
    void everyPublicPageInEnglishAndArabicPassesAxe() {
        String[] p = published();
        for (String lang : new String[] {"en", "ar"}) {
            String dir = lang.equals("ar") ? "rtl" : "ltr";
            // the organization may be past the first page of the list: read pages until it shows
            browser.go(url("/public/organizations?lang=" + lang));
            assertEquals(dir, browser.find("html").getAttribute("dir"));
            browser.assertAccessible("public-" + lang + "-organizations");
            while (!browser.html().contains(p[0]) && !browser.findAll("a[rel=next]").isEmpty()) {
                browser.go(browser.find("a[rel=next]").getAttribute("href"));
            }
            assertTrue(browser.html().contains(p[0]), "the accredited organization is listed");
            assertTrue(!browser.html().contains(p[1]), "no contact email");

            browser.go(url("/public/calendar?lang=" + lang));
            browser.assertAccessible("public-" + lang + "-calendar");

            browser.go(url("/public/statements?lang=" + lang));
            browser.assertAccessible("public-" + lang + "-statements-sessions");

            browser.go(url("/public/statements?lang=" + lang + "&session=" + p[2]));
            assertTrue(browser.find("#statements").getText().contains("Contribution sur la preuve électronique"));
            browser.assertAccessible("public-" + lang + "-statements-of-session");

            browser.go(url("/public/statements/" + p[3] + "?lang=" + lang));
            assertEquals("fr", browser.find(".statement-text").getAttribute("lang"));
            assertEquals(dir, browser.find("html").getAttribute("dir"));
            browser.assertAccessible("public-" + lang + "-statement");

            // where a browser lands after a form post to the API (303 to accredit.forms.thank-you-url)
            browser.go(url("/forms/thanks?reference=AHC-2026-00042&lang=" + lang));
            assertEquals("AHC-2026-00042", browser.find("#reference").getText());
            assertEquals(dir, browser.find("html").getAttribute("dir"));
            browser.assertAccessible("thanks-" + lang);
        }
    }
}
