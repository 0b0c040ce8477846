package org.accredit.frontdoor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.accredit.support.Accredited;
import org.accredit.support.SessionRows;
import org.accredit.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** An accredited organization submits a written statement on the page, in English and Arabic (chromium, axe-core). */
@QuarkusTest
class OrganizationStatementsBrowserTest extends org.accredit.support.InBrowser {

    @Inject
    AgroalDataSource db;

    @Inject
    TestClock clock;

    @Test
    void anAccreditedOrganizationSubmitsAStatementAfterFixingAFieldInEnglishAndArabic() {
        Accredited.Organization org = Accredited.para7("en");
        String session = SessionRows.insert(db, SessionRows.Spec.openNewYork(clock.instant(), null, null));
        for (String lang : new String[] {"en", "ar"}) {
            browser.go(url("/organization/statements?lang=" + lang));
            assertEquals(lang.equals("ar") ? "rtl" : "ltr", browser.find("html").getAttribute("dir"));
            browser.assertAccessible("organization-statements-" + lang + "-1-form");
            browser.type("#f-secret", org.secret());
            new Select(browser.find("#f-session")).selectByValue(session);
            new Select(browser.find("#f-language")).selectByValue("es");
            browser.type("#f-text", "Proponemos una cooperación reforzada.");
            browser.submit("button[type=submit]");

            assertEquals("f-title-error", browser.find("#f-title").getAttribute("aria-describedby"));
            assertEquals("Proponemos una cooperación reforzada.", browser.find("#f-text").getAttribute("value"));
            browser.assertAccessible("organization-statements-" + lang + "-2-error");

            browser.type("#f-title", "Declaración " + lang);
            browser.submit("button[type=submit]");
            assertTrue(browser.find("#received").getText().contains("Declaración " + lang));
            browser.assertAccessible("organization-statements-" + lang + "-3-received");
        }
        given().header("X-Tracking-Secret", org.secret()).get("/api/v1/organization/statements").then().statusCode(200)
                .body(containsString("Declaración en"), containsString("Declaración ar"));
    }

    @Test
    void aWrongSecretIsRefusedNextToItsFieldWithoutEchoingIt() {
        String session = SessionRows.insert(db, SessionRows.Spec.openNewYork(clock.instant(), null, null));
        given().formParam("secret", "guess-123").formParam("session", session).formParam("language", "en")
                .formParam("title", "T").formParam("text", "Some words.").post("/organization/statements").then()
                .statusCode(404).contentType(startsWith("text/html")).body(containsString("id=\"f-secret-error\""));
    }
}
