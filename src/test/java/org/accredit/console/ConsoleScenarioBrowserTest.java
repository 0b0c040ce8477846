package org.accredit.console;

import static io.restassured.RestAssured.given;
import static org.accredit.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.accredit.objection.ObjectionWindowSweep;
import org.accredit.support.Api;
import org.accredit.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The console's journey in chromium, as issue 13 tells it, each step by the person who takes it and
 * only through the pages (the data they start from is set up through the API): a reviewer takes a
 * para 8 application from the queue, confirms its ECOSOC candidate and recommends it; a second staff
 * member approves it; an approver builds, previews and circulates a non-objection list; a delegate
 * objects in Arabic and sees the deadline in New York and in their own zone; after the deadline the
 * approver records the Committee's decision; an admin resends a failed email. axe-core checks every
 * page on the way; screenshots {@code target/screenshots/e2e-NN-*.png} show each step.
 */
@QuarkusTest
class ConsoleScenarioBrowserTest extends ConsoleInBrowser {

    @Inject
    TestClock clock;

    @Inject
    ObjectionWindowSweep sweep;

    @Inject
    AgroalDataSource db;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void shot(String name) {
        browser.assertAccessible(name);
        browser.screenshot(name);
    }

    private String status() {
        return waitFor("#status").getAttribute("data-status");
    }

    @Test
    void fromQueueToCommitteeDecisionAndAResentEmail() throws Exception {
        // ---- the data the staff start from (through the API) ----
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String rosterName = "Fundación Ciudadanía Digital & Derechos " + suffix;
        as("admin").contentType("text/csv; charset=UTF-8")
                .body("name,category,year,country\n\"" + rosterName + "\",special,2015,ES\n")
                .post("/api/v1/ecosoc/imports?mode=partial").then().statusCode(201);
        String para8 = Api.anonymous().body(Api.body("FUNDACION CIUDADANIA DIGITAL AND DERECHOS " + suffix.toUpperCase(), "NGO",
                        "ES", "SPECIAL", Api.uniqueEmail(), "es"))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
        String callId = Api.ensureOpenCall();
        String para9Name = "Red Ciudadana Digital " + suffix;
        String para9 = Api.anonymous().body(Map.of("organization", Map.of("name", para9Name, "type", "CIVIL_SOCIETY_ORGANIZATION",
                                "country", "KE", "website", "https://" + suffix + ".example.org", "expertise", "Cybercrime research"),
                        "contact", Map.of("name", "Amina Contact", "email", Api.uniqueEmail()), "language", "en"))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
        as("reviewer").post("/api/v1/applications/" + para9 + "/review").then().statusCode(200);
        as("reviewer").body("{}").post("/api/v1/applications/" + para9 + "/recommendation").then().statusCode(200);
        UUID failedEmail = failedEmail("bounced-" + suffix + "@example.org");

        // ---- 1. a reviewer takes the para 8 application from the queue ----
        signIn("reviewer");
        browser.go(url("/console/applications"));
        browser.type("#f-q", suffix).submit("#apply-filters");
        waitFor("tr[data-id='" + para8 + "']");
        shot("e2e-01-queue-filtered");
        browser.submit("tr[data-id='" + para8 + "'] a.application-link");
        assertEquals("SUBMITTED", status());
        shot("e2e-02-application");
        browser.submit("#start-review");
        assertEquals("IN_REVIEW", status());
        assertTrue(waitFor(".notice").isDisplayed());
        browser.submit("button.confirm-candidate");
        assertTrue(waitFor("#confirmed-by").getText().contains("reviewer"), waitFor("#confirmed-by").getText());
        shot("e2e-03-candidate-confirmed");
        browser.submit("#recommend");
        assertEquals("RECOMMENDED", status());
        assertTrue(browser.findAll("#approve").isEmpty(), "a reviewer cannot approve");
        shot("e2e-04-recommended");

        // ---- 2. a second staff member approves it ----
        signIn("approver2");
        browser.go(url("/console/applications/" + para8));
        assertTrue(browser.findAll("#four-eyes").isEmpty(), "approver2 did not recommend it");
        browser.submit("#approve");
        assertEquals("APPROVED", status());
        shot("e2e-05-approved");
        as("reviewer").get("/api/v1/applications/" + para8).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("APPROVED"));

        // ---- 3. an approver builds, previews and circulates a list ----
        signIn("approver");
        browser.go(url("/console/lists"));
        shot("e2e-06-lists");
        new org.openqa.selenium.support.ui.Select(browser.find("#f-callId")).selectByValue(callId);
        browser.type("#f-title", "Console list " + suffix).submit("#create-list");
        String listUrl = browser.driver().getCurrentUrl();
        String listId = listUrl.replaceAll(".*/console/lists/([0-9a-f-]{36}).*", "$1");
        assertEquals(36, listId.length(), listUrl);
        browser.find("#candidate-" + para9).click();
        browser.submit("#add-to-list");
        shot("e2e-07-list-draft");
        browser.submit("#preview");
        assertTrue(browser.html().contains(para9Name));
        shot("e2e-08-preview");
        browser.go(url("/console/lists/" + listId));
        browser.submit("#circulate");
        shot("e2e-09-circulation-check");
        browser.submit("#confirm-circulation");
        assertTrue(waitFor("#deadline-ny").getText().length() > 0);
        shot("e2e-10-circulated");
        assertEquals("CIRCULATED", as("approver").get("/api/v1/non-objection-lists/" + listId).then().statusCode(200)
                .extract().path("status"));

        // ---- 4. a delegate objects in Arabic ----
        signIn("ms-fr");
        browser.go(url("/console/delegate/lists/" + listId + "?lang=ar&tz=Asia/Tokyo"));
        assertEquals("rtl", browser.find("html").getAttribute("dir"));
        assertTrue(browser.find("#deadline-ny").getText().length() > 0);
        assertTrue(browser.find("#deadline-local").getText().length() > 0);
        assertFalse(browser.find("#deadline-ny").getText().equals(browser.find("#deadline-local").getText()),
                "New York and Tokyo times differ");
        shot("e2e-11-delegate-list-ar");
        String form = "form.objection[data-application='" + para9 + "']";
        browser.type(form + " textarea[name=basis]", "أسباب تتعلق بالاستقلالية");
        browser.submit(form + " .object");
        assertTrue(waitFor(".notice").isDisplayed());
        assertTrue(browser.findAll(".withdraw-objection").size() >= 1);
        shot("e2e-12-objected-ar");
        browser.go(url("/console/delegate/lists/" + listId + "?lang=en"));

        // ---- 5. the deadline passes (the sweep closes the window) ----
        clock.advance(Duration.ofDays(30));
        assertTrue(sweep.sweepDue() >= 1);
        assertEquals("OBJECTED", as("approver").get("/api/v1/applications/" + para9).then().extract().path("status"));

        // ---- 6. the approver records the Committee's decision ----
        signIn("approver");
        browser.go(url("/console/lists/" + listId));
        shot("e2e-13-list-closed");
        browser.type("#f-documentReference", "A/AC.291/" + suffix);
        String today = clock.instant().atZone(ZoneId.of("America/New_York")).toLocalDate().toString();
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('f-decidedOn').value = arguments[0];", today);
        browser.submit("#record-decision-button");
        shot("e2e-14-decision-check");
        browser.submit("#confirm-decision");
        assertTrue(waitFor(".notice").isDisplayed());
        shot("e2e-15-decided");
        assertEquals("DECIDED", as("approver").get("/api/v1/non-objection-lists/" + listId).then().extract().path("status"));
        assertEquals("NOT_APPROVED", as("approver").get("/api/v1/applications/" + para9).then().extract().path("status"));

        // ---- 7. an admin resends a failed email ----
        signIn("admin");
        browser.go(url("/console/admin/emails?status=FAILED"));
        waitFor("tr[data-id='" + failedEmail + "']");
        shot("e2e-16-failed-emails");
        browser.submit("tr[data-id='" + failedEmail + "'] button.resend");
        assertTrue(waitFor(".notice").isDisplayed());
        shot("e2e-17-resent");
        given().auth().preemptive().basic("admin", "admin").get("/api/v1/admin/emails/" + failedEmail).then().statusCode(200)
                .body("resentAs", org.hamcrest.Matchers.notNullValue());
    }

    /** A FAILED email in the outbox, as the dispatcher leaves one after a permanent SMTP refusal. */
    private UUID failedEmail(String recipient) throws Exception {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into outbox_email (id, kind, recipient, language, subject, body_text, body_html, status, attempts, "
                        + "next_attempt_at, created_at, last_attempt_at, last_error) values (?, 'WITHDRAWAL', ?, 'fr', "
                        + "'AHC-2026-00042 : demande retirée', 'Texte', '<p>HTML</p>', 'FAILED', 10, ?, ?, ?, "
                        + "'550 5.1.1 no such user')")) {
            s.setObject(1, id);
            s.setString(2, recipient);
            s.setTimestamp(3, now);
            s.setTimestamp(4, now);
            s.setTimestamp(5, now);
            s.executeUpdate();
        }
        return id;
    }
}
