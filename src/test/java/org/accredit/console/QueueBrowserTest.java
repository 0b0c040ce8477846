package org.accredit.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import org.accredit.support.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The applications area in chromium: a reviewer filters the queue, opens a para 8 application (keyboard),
 * takes it into review, confirms its ECOSOC candidate and recommends it (keyboard); approver2 approves
 * it; a bulk action; Arabic; phone width. axe-core on every page.
 */
@QuarkusTest
class QueueBrowserTest extends ConsoleInBrowser {

    static void importRoster(String csv) {
        RestAssured.given().auth().preemptive().basic("admin", "admin").contentType("text/csv")
                .body(("name,category,year,country\n" + csv).getBytes(StandardCharsets.UTF_8))
                .queryParam("mode", "partial").post("/api/v1/ecosoc/imports").then().statusCode(201);
    }

    static String status() {
        return browser.find("#status").getAttribute("data-status");
    }

    void assertFitsTheWidth(String name) {
        browser.driver().manage().window().setSize(new Dimension(640, 900));
        try {
            Object fits = ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1;");
            browser.screenshot(name + "-640");
            assertEquals(Boolean.TRUE, fits, name + " scrolls sideways at 640 px");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void aReviewerScreensAPara8ApplicationAndAnotherApproverApprovesIt() {
        String name = Api.unique("Observatoire numérique");
        importRoster("\"" + name + "\",special,2016,FR\n");
        String entryId = RestAssured.given().auth().preemptive().basic("reviewer", "reviewer").queryParam("q", name)
                .queryParam("country", "FR").get("/api/v1/ecosoc/entries").then().statusCode(200).extract().path("items[0].id");
        String id = Api.submit(Api.body(name, "NGO", "FR", "SPECIAL", Api.uniqueEmail(), "en")).path("id");

        signIn("reviewer");
        browser.go(url("/console/applications?lang=en"));
        browser.assertAccessible("queue-queue");
        browser.type("#f-q", name).type("#f-country", "FR");
        new Select(browser.find("#f-path")).selectByValue("PARA_8");
        browser.submit("#apply-filters");
        assertEquals(1, browser.findAll("tr[data-id='" + id + "']").size());
        browser.screenshot("queue-filtered");
        assertFitsTheWidth("queue-queue");

        // keyboard only: the link to the application, then Enter
        WebElement link = browser.find("tr[data-id='" + id + "'] a.application-link");
        link.sendKeys(Keys.ENTER);
        waitFor("#status");
        assertEquals("SUBMITTED", status());
        browser.assertAccessible("queue-application");

        browser.submit("#start-review");
        assertEquals("IN_REVIEW", status());
        assertTrue(browser.find(".notice").getText().contains("in review"));

        browser.submit("button.confirm-candidate[value='" + entryId + "']");
        assertTrue(browser.find(".notice").getText().contains("confirmed"));
        assertTrue(browser.find("#confirmed-by").getText().contains("reviewer"));

        // a rejection without a reason: the form again, the error tied to its field
        browser.submit("#reject");
        assertEquals("true", browser.find("#f-rejection-reason").getAttribute("aria-invalid"));
        assertTrue(browser.find("[role=alert] a[href='#f-rejection-reason']").isDisplayed());
        browser.assertAccessible("queue-application-errors");
        assertEquals("IN_REVIEW", status());

        // keyboard only: a note, Tab to the button, Space
        WebElement note = browser.find("#f-recommendation-note");
        note.click();
        note.sendKeys("Roster entry confirmed.", Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertEquals("recommend", focused.getAttribute("id"));
        ((JavascriptExecutor) browser.driver()).executeScript("window.accreditPreviousPage = true;");
        focused.sendKeys(Keys.SPACE);
        waitFor("#status[data-status='RECOMMENDED']");
        browser.screenshot("queue-application-recommended");

        // Arabic, right to left
        browser.go(url("/console/applications/" + id + "?lang=ar"));
        assertEquals("rtl", browser.find("html").getAttribute("dir"));
        browser.assertAccessible("queue-application-ar");
        browser.screenshot("queue-application-ar");
        browser.go(url("/console/applications/" + id + "?lang=en"));
        assertFitsTheWidth("queue-application");

        signIn("approver2");
        browser.go(url("/console/applications/" + id));
        assertEquals(0, browser.findAll("#four-eyes").size());
        browser.submit("#approve");
        assertEquals("APPROVED", status());
        assertTrue(browser.find(".notice").isDisplayed());
        browser.assertAccessible("queue-application-approved");
    }

    @Test
    void aBulkReviewFromTheQueue() {
        String name = Api.unique("Bulk Browser Org");
        String a = Api.submit(Api.body(name + " A", "INTERGOVERNMENTAL_ORGANIZATION", "KE", null, Api.uniqueEmail(), "en")).path("id");
        String b = Api.submit(Api.body(name + " B", "INTERGOVERNMENTAL_ORGANIZATION", "KE", null, Api.uniqueEmail(), "en")).path("id");
        signIn("reviewer");
        browser.go(url("/console/applications?q=" + name.replace(" ", "+")));
        browser.find("input[name=id][value='" + a + "']").click();
        browser.find("input[name=id][value='" + b + "']").click();
        new Select(browser.find("#f-action")).selectByValue("review");
        browser.submit("#bulk-submit");
        assertEquals(2, browser.findAll("#bulk-results li.done").size());
        browser.assertAccessible("queue-bulk");
        assertFitsTheWidth("queue-bulk");
        browser.go(url("/console/applications/" + a));
        assertEquals("IN_REVIEW", status());
    }
}
