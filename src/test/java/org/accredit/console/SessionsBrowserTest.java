package org.accredit.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import org.accredit.support.Accredited;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * The session pages in chromium: a reviewer confirms a registration, accepts a late request with a
 * reason (with the keyboard only, after the form refused it without one), publishes a written
 * statement, looks at the speakers and the figures (also in Arabic, right to left); axe-core on every
 * page, and at phone width (640 px, what 200 % zoom gives) nothing scrolls sideways.
 */
@QuarkusTest
class SessionsBrowserTest extends ConsoleInBrowser {

    @Inject
    AgroalDataSource db;

    @Inject
    Clock clock;

    @Test
    void aReviewerWalksTheSessionPages() {
        Accredited.Organization org = SessionsFixture.org();
        String open = SessionsFixture.openSession(db, clock.instant());
        String letter = SessionsFixture.letter(org, open);
        String amina = SessionsFixture.register(org, open, letter, "Amina Diallo", "IN_PERSON", "FEMALE");
        String speaker = SessionsFixture.register(org, open, letter, "Chen Wei", "ONLINE", "MALE");
        SessionsFixture.confirm(speaker);
        String item = SessionsFixture.agendaItem(open, 1, "General debate");
        SessionsFixture.askToSpeak(org, open, item, speaker);
        String statement = SessionsFixture.statement(org, open, "On capacity building", "Capacity building matters to all.");
        String late = SessionsFixture.lateSession(db, clock.instant());
        String lina = SessionsFixture.register(org, late, SessionsFixture.letter(org, late), "Lina Haddad", "ONLINE", null);

        signIn("reviewer");
        browser.go(url("/console/sessions"));
        waitFor("a.session-link");
        browser.assertAccessible("sessions-list");
        browser.screenshot("sessions-list");

        browser.go(url("/console/sessions/" + open));
        waitFor("nav.session-tabs");
        browser.assertAccessible("sessions-overview");

        // confirm a registration
        browser.go(url("/console/sessions/" + open + "/registrations"));
        browser.assertAccessible("sessions-registrations");
        browser.submit("#registration-" + amina + " button.confirm-representative");
        assertTrue(browser.find(".notice").getText().contains("confirmed"), browser.find(".notice").getText());
        assertEquals("CONFIRMED", SessionsFixture.status(org, open, amina));
        browser.assertAccessible("sessions-registrations-notice");
        browser.screenshot("sessions-registrations");
        atPhoneWidth("sessions-registrations-phone");

        // a late request: refused without a reason, then accepted with one, by keyboard only
        browser.go(url("/console/sessions/" + late + "/registrations"));
        waitFor("#late-requests");
        browser.submit("#late-" + lina + " button.confirm-representative");
        assertTrue(browser.find("#confirm-reason-" + lina + "-error").isDisplayed());
        assertEquals("true", browser.find("#confirm-reason-" + lina).getAttribute("aria-invalid"));
        browser.assertAccessible("sessions-registrations-error");
        browser.screenshot("sessions-late-request-error");
        ((JavascriptExecutor) browser.driver()).executeScript("window.accreditPreviousPage = true;");
        browser.find("#confirm-reason-" + lina).sendKeys("Letter received by email before the cut-off", Keys.TAB);
        assertTrue(browser.driver().switchTo().activeElement().getAttribute("class").contains("confirm-representative"));
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        waitFor(".notice");
        assertEquals("CONFIRMED", SessionsFixture.status(org, late, lina));

        // publish a written statement
        browser.go(url("/console/sessions/" + open + "/statements"));
        waitFor("a.statement-link");
        browser.assertAccessible("sessions-statements");
        browser.find("a.statement-link[href$='" + statement + "']").click();
        waitFor("button.publish-statement");
        browser.assertAccessible("sessions-statement");
        browser.submit("button.publish-statement");
        waitFor(".notice");
        assertEquals("PUBLISHED", SessionsFixture.statementStatus(statement));
        browser.assertAccessible("sessions-statement-published");

        // speakers
        browser.go(url("/console/sessions/" + open + "/speakers"));
        waitFor("table.speakers");
        browser.assertAccessible("sessions-speakers");
        browser.screenshot("sessions-speakers");

        // figures, in English and in Arabic
        browser.go(url("/console/sessions/" + open + "/figures"));
        waitFor("svg.chart");
        assertEquals(4, browser.findAll("table.figures").size());
        browser.assertAccessible("sessions-figures");
        browser.screenshot("sessions-figures");
        atPhoneWidth("sessions-figures-phone");
        browser.go(url("/console/sessions/" + open + "/figures?lang=ar"));
        waitFor("svg.chart");
        assertEquals("rtl", browser.find("html").getAttribute("dir"));
        browser.assertAccessible("sessions-figures-ar");
        browser.screenshot("sessions-figures-ar");
        browser.go(url("/console/sessions/" + late + "/registrations?lang=ar"));
        waitFor("#late-requests");
        browser.assertAccessible("sessions-registrations-ar");
        browser.go(url("/console/sessions?lang=en"));
    }

    private void atPhoneWidth(String screenshot) {
        browser.driver().manage().window().setSize(new Dimension(640, 900));
        try {
            Object fits = ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1;");
            browser.screenshot(screenshot);
            assertEquals(Boolean.TRUE, fits, "the page scrolls sideways at 640 px");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        }
    }
}
