package org.accredit.console;

import static org.accredit.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * An admin in chromium: opens a call, runs a roster dry run then the import, adds a UN holiday, looks at
 * focal points and a session with its agenda, and resends a failed email with the keyboard only;
 * axe-core on every administration page, one page in Arabic (right to left), and the pages at phone
 * width (640 px, as 200% zoom of a 1280 px window) without sideways scrolling.
 */
@QuarkusTest
class AdminBrowserTest extends ConsoleInBrowser {

    @Test
    void anAdminWorksThroughTheAdministrationPages() {
        signIn("admin");
        browser.go(url("/console/admin"));
        waitFor("ul.cards");
        assertEquals(6, browser.findAll("ul.cards li a").size());
        browser.assertAccessible("admin-home");
        browser.screenshot("admin-home");

        // ---- a call, with a bad form first
        browser.go(url("/console/admin/calls"));
        browser.assertAccessible("admin-calls");
        browser.submit("#create-call");
        waitFor(".error-summary");
        assertEquals("true", browser.find("#f-title").getAttribute("aria-invalid"));
        browser.assertAccessible("admin-calls-errors");
        int year = ThreadLocalRandom.current().nextInt(2300, 2900);
        String title = "Browser call " + UUID.randomUUID().toString().substring(0, 8);
        browser.type("#f-title", title);
        value("#f-opensAt", year + "-04-01T09:00");
        value("#f-closesAt", year + "-05-01T18:00");
        browser.submit("#create-call");
        waitFor(".notice");
        assertTrue(browser.driver().getCurrentUrl().contains("/console/admin/calls/"));
        assertEquals(title, browser.find("#f-title").getAttribute("value"));
        browser.assertAccessible("admin-call");
        browser.screenshot("admin-call");

        // ---- the roster: a dry run, then the import for real
        String ngo = "Browser Roster NGO " + UUID.randomUUID().toString().substring(0, 8);
        browser.go(url("/console/admin/roster"));
        browser.assertAccessible("admin-roster");
        browser.find("#f-csv").sendKeys("name,category,year,country,status\n\"" + ngo + "\",general,1999,BE,active\n");
        browser.find("#mode-partial").click();
        assertTrue(browser.find("#f-dryRun").isSelected(), "a dry run is the default");
        browser.submit("#upload");
        waitFor("#run-import");
        assertEquals("1", browser.find("#added").getText());
        assertTrue(browser.html().contains(ngo));
        browser.assertAccessible("admin-roster-dry-run");
        browser.screenshot("admin-roster-dry-run");
        as("admin").queryParam("q", ngo).get("/api/v1/ecosoc/entries").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(0));
        browser.submit("#run-import");
        waitFor("#import");
        assertEquals("1", browser.find("#added").getText());
        browser.assertAccessible("admin-roster-import");
        as("admin").queryParam("q", ngo).get("/api/v1/ecosoc/entries").then()
                .body("items.size()", org.hamcrest.Matchers.equalTo(1));

        // ---- a UN holiday
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 3000));
        browser.go(url("/console/admin/holidays"));
        browser.assertAccessible("admin-holidays");
        value("#f-date", day.toString());
        browser.type("#f-name", "Browser holiday");
        browser.submit("#add-holiday");
        waitFor(".notice");
        assertEquals(1, browser.findAll("tr[data-id='" + day + "']").size());
        browser.screenshot("admin-holidays");

        // ---- in Arabic, right to left
        browser.go(url("/console/admin/holidays?lang=ar"));
        assertEquals("rtl", browser.find("html").getAttribute("dir"));
        browser.assertAccessible("admin-holidays-ar");
        browser.screenshot("admin-holidays-ar");
        browser.go(url("/console/admin?lang=en"));

        // ---- focal points, a session and its agenda
        browser.go(url("/console/admin/focal-points"));
        browser.assertAccessible("admin-focal-points");
        browser.go(url("/console/admin/sessions"));
        browser.assertAccessible("admin-sessions");
        String sessionId = session();
        browser.go(url("/console/admin/sessions/" + sessionId));
        browser.assertAccessible("admin-session");
        browser.type("#f-itemNumber", "1").type("#f-itemTitle", "Opening of the session");
        browser.submit("#add-item");
        waitFor("table[aria-labelledby='agenda'] tr[data-id]");
        String itemId = browser.find("table[aria-labelledby='agenda'] tr[data-id]").getAttribute("data-id");
        browser.go(url("/console/admin/sessions/" + sessionId + "/agenda-items/" + itemId));
        browser.assertAccessible("admin-agenda-item");

        // ---- a failed email, resent with the keyboard only
        String recipient = "browser-failed-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        UUID failed = AdminPagesTest.failedEmail(recipient, Instant.now().plus(3650, ChronoUnit.DAYS), "550 5.1.1 no such user");
        browser.go(url("/console/admin/emails?status=FAILED"));
        waitFor("tr[data-id='" + failed + "']");
        browser.assertAccessible("admin-emails");
        browser.screenshot("admin-emails");
        WebElement resend = browser.find("tr[data-id='" + failed + "'] button.resend");
        Actions keys = new Actions(browser.driver());
        for (int i = 0; i < 200 && !resend.equals(browser.driver().switchTo().activeElement()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertEquals(resend, browser.driver().switchTo().activeElement(), "the resend button is reached with TAB");
        keys.sendKeys(Keys.ENTER).perform();
        waitFor(".notice");
        assertNotNull(as("admin").get("/api/v1/admin/emails/" + failed).then().statusCode(200).extract().path("resentAs"));
        assertEquals(0, browser.findAll("tr[data-id='" + failed + "'] button.resend").size(), "resent once only");
        browser.assertAccessible("admin-emails-resent");
        browser.go(url("/console/admin/emails/" + failed));
        browser.assertAccessible("admin-email");

        // ---- phone width (200% zoom): nothing scrolls sideways
        browser.driver().manage().window().setSize(new Dimension(640, 900));
        try {
            for (String page : new String[] {"/console/admin", "/console/admin/emails?status=FAILED",
                    "/console/admin/sessions/" + sessionId, "/console/admin/calls", "/console/admin/roster"}) {
                browser.go(url(page));
                Object fits = ((JavascriptExecutor) browser.driver())
                        .executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1;");
                assertEquals(Boolean.TRUE, fits, page + " scrolls sideways at 640 px");
            }
            browser.screenshot("admin-session-640");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    /** Sets the value of a date or date-time input (their widgets take typed text per locale). */
    private static void value(String css, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", browser.find(css), value);
    }

    private static String session() {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "ADMB-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());
        body.put("title", "Browser session");
        body.put("kind", "SUBSTANTIVE");
        body.put("venue", "NEW_YORK");
        body.put("timeZone", "America/New_York");
        body.put("opensAt", "2034-03-06T10:00:00-05:00");
        body.put("closesAt", "2034-03-17T18:00:00-04:00");
        body.put("registrationOpensAt", "2034-02-01T00:00:00-05:00");
        body.put("registrationClosesAt", "2034-02-25T18:00:00-05:00");
        return as("admin").body(body).post("/api/v1/sessions").then().statusCode(201).extract().path("session.id");
    }
}
