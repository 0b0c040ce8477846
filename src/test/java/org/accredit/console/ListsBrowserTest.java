package org.accredit.console;

import static org.accredit.console.ListFixtures.list;
import static org.accredit.console.ListFixtures.recommended;
import static org.accredit.support.Api.ensureOpenCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.accredit.console.ListFixtures.Applicant;
import org.accredit.objection.LongListFixture;
import org.accredit.objection.ObjectionWindowSweep;
import org.accredit.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * The non-objection procedure in chromium: the approver builds a list, previews and circulates it
 * (with the keyboard only); ms-fr objects in Arabic and sees the deadline in New York and in its own
 * zone; after the deadline the approver records the Committee's decision. axe-core on every page;
 * phone width (640 px) without horizontal scrolling.
 */
@QuarkusTest
class ListsBrowserTest extends ConsoleInBrowser {

    @Inject
    TestClock clock;
    @Inject
    ObjectionWindowSweep sweep;
    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        clock.reset();
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
    }

    private void assertFitsPhoneWidth(String name) {
        browser.driver().manage().window().setSize(new Dimension(640, 900));
        browser.driver().navigate().refresh();
        browser.screenshot(name);
        Object fits = ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1;");
        assertEquals(Boolean.TRUE, fits, name + " scrolls sideways at 640 px");
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void theApproverCirculatesAListAStateObjectsInArabicAndTheDecisionIsRecorded() {
        String callId = ensureOpenCall();
        Applicant a = recommended("Browser NGO");
        String title = "Browser list " + UUID.randomUUID();

        // the approver draws up the list
        signIn("approver");
        browser.go(url("/console/lists"));
        browser.assertAccessible("lists-index");
        new Select(browser.find("#f-callId")).selectByValue(callId);
        browser.type("#f-title", title).submit("#create-list");
        waitFor("#add-applications");
        assertTrue(browser.find(".notice").isDisplayed());
        String listId = browser.driver().getCurrentUrl().replaceAll(".*/console/lists/([0-9a-f-]{36}).*", "$1");
        browser.assertAccessible("lists-detail-draft");
        browser.find("input[name=applicationId][value='" + a.id() + "']").click();
        browser.submit("#add-to-list");
        assertTrue(browser.find("tr[data-id='" + a.id() + "']").getText().contains(a.name()));

        browser.submit("#preview");
        assertTrue(browser.html().contains(a.name()));
        assertFalse(browser.html().contains(a.contactName()));
        browser.assertAccessible("lists-preview");
        browser.go(url("/console/lists/" + listId));

        // circulate with the keyboard only: the button, then the check page's confirmation
        browser.find("#f-reason").sendKeys(Keys.TAB, Keys.ENTER);
        waitFor("#confirm-circulation");
        browser.assertAccessible("lists-circulation-check");
        browser.find("#confirm-circulation").sendKeys(Keys.SPACE);
        waitFor("#progress");
        assertEquals("CIRCULATED", list(listId).getString("status"));
        assertTrue(browser.find("#deadline-ny").getText().length() > 5);
        browser.assertAccessible("lists-detail-circulated");
        assertFitsPhoneWidth("lists-detail-phone");

        // ms-fr objects, in Arabic
        signIn("ms-fr");
        browser.go(url("/console/delegate/lists?lang=ar"));
        assertEquals("rtl", browser.find("html").getAttribute("dir"));
        browser.assertAccessible("delegate-index-ar");
        browser.submit("tr[data-id='" + listId + "'] a.list-link");
        assertTrue(browser.find("#deadline-ny").getText().length() > 5);
        assertTrue(browser.html().contains("(UTC)"));
        new Select(browser.find("#tz")).selectByValue("Europe/Paris");
        browser.submit("#show-zone");
        assertTrue(browser.html().contains("(Europe/Paris)"), "the deadline in the State's own zone");
        assertTrue(browser.find("#deadline-local").getText().length() > 5);
        browser.assertAccessible("delegate-detail-ar");
        String form = "form.objection[data-application='" + a.id() + "']";
        browser.submit(form + " .object");
        assertTrue(browser.find("[role=alert]").isDisplayed(), "a blank basis is refused on the page");
        browser.assertAccessible("delegate-detail-error-ar");
        browser.type(form + " textarea[name=basis]", "صلات بكيان خاضع للجزاءات").submit(form + " .object");
        assertTrue(browser.find(".notice").isDisplayed());
        assertEquals(1, browser.findAll(".withdraw-objection").size());
        browser.assertAccessible("delegate-detail-objected-ar");
        assertFitsPhoneWidth("delegate-detail-phone");

        // after the deadline, the approver records the decision
        clock.travelTo(Instant.parse(ListFixtures.deadline(listId)).plus(Duration.ofHours(1)));
        assertTrue(sweep.sweepDue() >= 1);
        browser.go(url("/console/delegate/lists/" + listId));
        assertTrue(browser.findAll("form.objection").isEmpty());
        signIn("approver");
        browser.go(url("/console/lists/" + listId));
        assertTrue(browser.find("#progress tr[data-state='FR']").isDisplayed());
        browser.assertAccessible("lists-detail-closed");
        String today = clock.instant().atZone(ZoneId.of("America/New_York")).toLocalDate().toString();
        browser.type("#f-documentReference", "A/AC.291/6, annex I");
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('f-decidedOn').value = arguments[0];",
                today);
        browser.submit("#record-decision button[type=submit]");
        waitFor("#confirm-decision");
        browser.assertAccessible("lists-decision-check");
        browser.submit("#confirm-decision");
        waitFor("#decided");
        assertEquals("DECIDED", list(listId).getString("status"));
        browser.assertAccessible("lists-detail-decided");
    }

    /**
     * A long list in the browser: the staff list page and the delegate's page show one page of entries and a
     * next-page link that leads to the following ones, accessible on the later page too.
     */
    @Test
    void aLongListIsReadPageByPage() {
        String callId = ensureOpenCall();
        UUID listId = LongListFixture.circulatedList(em, callId, "Browser long list " + UUID.randomUUID(), 60,
                clock.instant());

        signIn("reviewer");
        browser.go(url("/console/lists/" + listId));
        List<String> first = texts("tr[data-id]");
        assertEquals(25, first.size());
        browser.submit(".pager a[rel=next]");
        waitFor(".pager");
        List<String> second = texts("tr[data-id]");
        assertEquals(25, second.size());
        assertTrue(java.util.Collections.disjoint(first, second), "the next page shows other entries");
        assertTrue(browser.driver().getCurrentUrl().contains("cursor="), browser.driver().getCurrentUrl());
        browser.assertAccessible("lists-detail-second-page");

        signIn("ms-fr");
        browser.go(url("/console/delegate/lists/" + listId));
        List<String> organizations = texts("section.organization");
        assertEquals(25, organizations.size());
        browser.submit(".pager a[rel=next]");
        waitFor(".pager");
        List<String> next = texts("section.organization");
        assertEquals(25, next.size());
        assertTrue(java.util.Collections.disjoint(organizations, next), "the next page shows other organizations");
        browser.assertAccessible("delegate-detail-second-page");
    }

    private List<String> texts(String css) {
        return browser.findAll(css).stream().map(e -> e.getAttribute("data-id") != null ? e.getAttribute("data-id")
                : e.getAttribute("aria-labelledby")).toList();
    }
}
