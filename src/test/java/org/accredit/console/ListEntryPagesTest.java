package org.accredit.console;

import static org.accredit.support.Api.ensureOpenCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accredit.objection.LongListFixture;
import org.accredit.support.ConsoleSession;
import org.accredit.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The console's list pages show one page of a long list's entries with a link to the next page: the
 * staff list page, the preview and the delegate's list page. Following the links reads every entry
 * once; a cursor that is not one the list gave out is the console's 400 page.
 */
@QuarkusTest
class ListEntryPagesTest {

    /** Console pages hold 25 rows (accredit.console.page-size): three pages and a bit. */
    static final int SIZE = 80;
    static final Pattern NEXT = Pattern.compile("<a href=\"([^\"]+)\" rel=\"next\"");

    @Inject
    EntityManager em;
    @Inject
    TestClock clock;

    /** Follows the next links from {@code path}, collecting what {@code row} finds on each page. */
    static List<String> follow(ConsoleSession session, String path, Pattern row) {
        List<String> found = new ArrayList<>();
        String next = path;
        int pages = 0;
        while (next != null) {
            Response page = session.get(next);
            assertEquals(200, page.statusCode(), next);
            String body = page.asString();
            Matcher m = row.matcher(body);
            int rows = 0;
            while (m.find()) {
                found.add(m.group(1));
                rows++;
            }
            Matcher n = NEXT.matcher(body);
            next = n.find() ? n.group(1).replace("&amp;", "&") : null;
            assertTrue(next == null ? rows <= 25 : rows == 25, "a full page unless the last: " + rows);
            if (pages > 0) {
                assertTrue(body.contains("href=\"" + path + "\""), "a link back to the first page");
            }
            assertTrue(++pages <= SIZE, "the walk ends");
        }
        return found;
    }

    @Test
    void theStaffListPageAndThePreviewShowOnePageWithANextLink() {
        UUID listId = LongListFixture.circulatedList(em, ensureOpenCall(), "Console paged " + UUID.randomUUID(), SIZE,
                clock.instant());
        List<String> ids = new ArrayList<>();
        for (String reference : LongListFixture.referencesInOrder(em, listId)) {
            ids.add(reference);
        }
        ConsoleSession approver = ConsoleSession.signIn("approver");
        Response first = approver.get("/console/lists/" + listId);
        assertEquals(200, first.statusCode());
        assertNotNull(firstNext(first.asString()), "a next link");

        // the entries table: one row per application, its reference in the first cell
        List<String> references = follow(approver, "/console/lists/" + listId,
                Pattern.compile("<tr data-id=\"[0-9a-f-]{36}\"><td>(P-[0-9a-f]{8}-\\d+)</td>"));
        assertEquals(ids, references, "every entry once, in name order");

        List<String> previewed = follow(approver, "/console/lists/" + listId + "/preview",
                Pattern.compile("<tr data-id=\"([0-9a-f-]{36})\">"));
        assertEquals(SIZE, previewed.size());
        assertEquals(SIZE, new java.util.HashSet<>(previewed).size(), "every organization once");

        assertEquals(400, approver.get("/console/lists/" + listId + "?cursor=AAAA").statusCode());
        assertEquals(400, approver.get("/console/lists/" + listId + "/preview?cursor=AAAA").statusCode());
        Response small = approver.get("/console/lists/" + LongListFixture.circulatedList(em, ensureOpenCall(),
                "Console small " + UUID.randomUUID(), 3, clock.instant()));
        assertNull(firstNext(small.asString()), "no next link on a short list");
    }

    @Test
    void theDelegatesListPageShowsOnePageWithANextLink() {
        UUID listId = LongListFixture.circulatedList(em, ensureOpenCall(), "Delegate paged " + UUID.randomUUID(), SIZE,
                clock.instant());
        ConsoleSession delegate = ConsoleSession.signIn("ms-fr");
        List<String> organizations = follow(delegate, "/console/delegate/lists/" + listId,
                Pattern.compile("<section class=\"organization\" aria-labelledby=\"org-([0-9a-f-]{36})\">"));
        assertEquals(SIZE, organizations.size());
        assertEquals(SIZE, new java.util.HashSet<>(organizations).size(), "every organization once");
        assertEquals(400, delegate.get("/console/delegate/lists/" + listId + "?cursor=AAAA").statusCode());

        // an objection refused on the second page shows that page again, with the error at the organization's form
        Matcher next = NEXT.matcher(delegate.get("/console/delegate/lists/" + listId).asString());
        assertTrue(next.find());
        String cursor = next.group(1).replaceAll(".*[?&]cursor=([^&]+).*", "$1");
        String secondPage = delegate.get(next.group(1)).asString();
        Matcher form = Pattern.compile("<form class=\"objection\" data-application=\"([0-9a-f-]{36})\"").matcher(secondPage);
        assertTrue(form.find(), "an organization France has not objected to");
        String app = form.group(1);
        assertTrue(secondPage.contains("name=\"cursor\" value=\"" + cursor + "\""), "the form carries its page");
        Response refused = delegate.post("/console/delegate/lists/" + listId + "/objections", "applicationId", app,
                "basis", " ", "cursor", cursor);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("id=\"f-basis-" + app + "-error\""), "the error at the form on page 2");
    }

    private static String firstNext(String body) {
        Matcher n = NEXT.matcher(body);
        return n.find() ? n.group(1) : null;
    }
}
