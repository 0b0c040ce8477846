package org.accredit.objection;

import static org.accredit.support.Api.ensureOpenCall;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.accredit.common.paging.Cursors;
import org.accredit.common.paging.PageRequest;
import org.accredit.support.Api;
import org.accredit.support.GenericPlans;
import org.accredit.support.RecordedSql;
import org.accredit.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A list's entries are read one page at a time (issue 14, viewing): the entries endpoint walks every
 * application once, in name order, across page edges that fall between equal names; the list detail
 * holds only the first page with the count and the next cursor; Member States read the organizations
 * the same way, with organization-level facts only.
 */
@QuarkusTest
class ListEntriesPagingTest {

    /** More than two pages of the default size. */
    static final int SIZE = 2 * PageRequest.DEFAULT_LIMIT + 30;

    @Inject
    EntityManager em;
    @Inject
    TestClock clock;
    @Inject
    NonObjectionListService lists;

    String callId;

    @BeforeEach
    void setUp() {
        callId = ensureOpenCall();
    }

    /** Every page of {@code path} at {@code limit} (null: the default), checking each page's size. */
    static List<Map<String, Object>> walk(String user, String path, Integer limit) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = Api.as(user);
            if (limit != null) {
                request.queryParam("limit", limit);
            }
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            cursor = page.getString("nextCursor");
            int size = limit == null ? PageRequest.DEFAULT_LIMIT : limit;
            assertTrue(cursor == null ? items.size() <= size : items.size() == size, "a full page unless the last");
            all.addAll(items);
            assertTrue(++pages <= SIZE + 1, "the walk ends");
        } while (cursor != null);
        return all;
    }

    @Test
    void theEntriesEndpointWalksEveryEntryOnceInNameOrderAcrossEqualNames() {
        UUID listId = LongListFixture.circulatedList(em, callId, "Paged " + UUID.randomUUID(), SIZE, clock.instant());
        List<String> expected = LongListFixture.referencesInOrder(em, listId);
        assertEquals(SIZE, expected.size());

        // 7 does not divide 3: many page edges fall inside a run of three equal names
        for (Integer limit : new Integer[] {7, null, 100}) {
            List<Map<String, Object>> entries = walk("reviewer", "/api/v1/non-objection-lists/" + listId + "/entries", limit);
            List<String> references = entries.stream().map(e -> (String) e.get("reference")).toList();
            assertEquals(expected, references, "every entry once, in name order, at limit " + limit);
            for (Map<String, Object> e : entries) {
                int i = LongListFixture.index((String) e.get("reference"));
                assertEquals(LongListFixture.standing(i), ((Number) e.get("standingObjections")).longValue(),
                        "standing objections of " + e.get("reference"));
            }
        }
        List<String> names = walk("approver", "/api/v1/non-objection-lists/" + listId + "/entries", 7).stream()
                .map(e -> ((String) e.get("organizationName")).toLowerCase()).toList();
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names, "name order");
    }

    /** The count of entries is kept by the database (V31): a command's answer counts what it just added or removed. */
    @Test
    void theCountFollowsEveryAdditionAndRemoval() {
        Para9Fixtures.Applicant a = Para9Fixtures.recommended("Counted Org", "en");
        Para9Fixtures.Applicant b = Para9Fixtures.recommended("Counted Org", "fr");
        String listId = Para9Fixtures.draftList(callId, "Counted " + UUID.randomUUID(), a);
        Api.as("approver").contentType("application/json").body(Map.of("applicationId", b.id()))
                .post("/api/v1/non-objection-lists/" + listId + "/applications").then().statusCode(200)
                .body("entryCount", equalTo(2)).body("entries", hasSize(2));
        Api.as("approver").delete("/api/v1/non-objection-lists/" + listId + "/applications/" + a.id())
                .then().statusCode(200).body("entryCount", equalTo(1));
        Api.as("reviewer").get("/api/v1/non-objection-lists/" + listId).then().statusCode(200)
                .body("entryCount", equalTo(1))
                .body("entries.applicationId", contains(b.id()));
        UUID big = LongListFixture.circulatedList(em, callId, "Counted long " + UUID.randomUUID(), 70, clock.instant());
        Api.as("reviewer").get("/api/v1/non-objection-lists/" + big).then().statusCode(200)
                .body("entryCount", equalTo(70));
    }

    /**
     * The entry carries its application's normalized name (V31), set by the database on insert (the fixture's insert
     * does not name it) and kept in step when the application's name changes: the walk follows the new order.
     */
    @Test
    void anApplicationRenamedWhileOnTheListMovesInTheListsOrder() {
        UUID listId = LongListFixture.circulatedList(em, callId, "Paged rename " + UUID.randomUUID(), 40, clock.instant());
        List<String> before = LongListFixture.referencesInOrder(em, listId);
        String last = before.get(before.size() - 1);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update application set org_name = 'AAA first now', org_name_normalized = 'aaa first now' where reference = ?1")
                .setParameter(1, last).executeUpdate());
        List<String> after = LongListFixture.referencesInOrder(em, listId);
        assertEquals(last, after.get(0), "the database's order changed");
        List<String> walked = walk("reviewer", "/api/v1/non-objection-lists/" + listId + "/entries", 7).stream()
                .map(e -> (String) e.get("reference")).toList();
        assertEquals(after, walked, "the walk follows the new name");
    }

    /**
     * A page after a cursor is one range of non_objection_list_entry_order_idx, whatever the size of this list or of
     * the others: the statement Hibernate sends, planned generically with sorts and bitmaps priced out, reads that
     * index with the cursor's row-value comparison in its Index Cond, never in a Filter.
     */
    @Test
    void aPageAfterTheCursorIsARangeOfTheEntryOrderIndex() throws Exception {
        UUID listId = LongListFixture.circulatedList(em, callId, "Paged plan " + UUID.randomUUID(), 3, clock.instant());
        String cursor = Cursors.encode(NonObjectionListService.entriesCursorName(listId),
                List.of("m", UUID.randomUUID()));
        List<String> sent = RecordedSql.of(() -> lists.entries(listId, new PageRequest(cursor, 10)));
        List<String> pages = sent.stream().filter(q -> q.contains("non_objection_list_entry") && q.contains("order by"))
                .toList();
        assertEquals(1, pages.size(), "one page statement: " + sent);
        List<JsonNode> nodes = GenericPlans.plan(pages.get(0),
                "set local enable_bitmapscan = off", "set local enable_sort = off");
        assertTrue(nodes.stream().anyMatch(n -> "non_objection_list_entry_order_idx".equals(n.path("Index Name").asText())
                && GenericPlans.condition(n).contains("ROW(org_name_normalized, application_id) > ")),
                nodes.toString());
        for (var n : nodes) {
            assertFalse(n.path("Filter").asText().contains("ROW("), "the cursor is a filter: " + n);
        }
    }

    @Test
    void theDetailHoldsTheFirstPageTheCountAndTheNextCursor() {
        UUID listId = LongListFixture.circulatedList(em, callId, "Paged detail " + UUID.randomUUID(), SIZE, clock.instant());
        List<String> expected = LongListFixture.referencesInOrder(em, listId);
        JsonPath detail = Api.as("admin").get("/api/v1/non-objection-lists/" + listId).then().statusCode(200).extract()
                .jsonPath();
        List<String> first = detail.getList("entries.reference");
        assertEquals(expected.subList(0, PageRequest.DEFAULT_LIMIT), first, "the first page only");
        assertEquals(SIZE, detail.getInt("entryCount"));
        String next = detail.getString("entriesNextCursor");
        assertNotNull(next);
        for (int k = 0; k < first.size(); k++) {
            int i = LongListFixture.index(first.get(k));
            assertEquals(LongListFixture.standing(i), detail.getLong("entries[" + k + "].standingObjections"));
        }
        JsonPath second = Api.as("admin").queryParam("cursor", next).get("/api/v1/non-objection-lists/" + listId + "/entries")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(expected.subList(PageRequest.DEFAULT_LIMIT, 2 * PageRequest.DEFAULT_LIMIT),
                second.getList("items.reference"), "the detail's cursor leads to the second page");

        // a cursor of this list is refused by another list, naming the cursor
        UUID other = LongListFixture.circulatedList(em, callId, "Paged other " + UUID.randomUUID(), 3, clock.instant());
        Api.as("admin").queryParam("cursor", next).get("/api/v1/non-objection-lists/" + other + "/entries").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("cursor"));
        JsonPath small = Api.as("admin").get("/api/v1/non-objection-lists/" + other).then().statusCode(200).extract().jsonPath();
        assertEquals(3, small.getList("entries").size());
        assertEquals(3, small.getInt("entryCount"));
        assertNull(small.getString("entriesNextCursor"), "no next page");
    }

    @Test
    void memberStatesReadTheOrganizationsPageByPageWithOrganizationFactsOnly() {
        UUID listId = LongListFixture.circulatedList(em, callId, "Paged MS " + UUID.randomUUID(), SIZE, clock.instant());
        List<String> expected = LongListFixture.referencesInOrder(em, listId);
        Map<String, String> idToReference = new java.util.HashMap<>();
        for (Map<String, Object> e : walk("reviewer", "/api/v1/non-objection-lists/" + listId + "/entries", 100)) {
            idToReference.put((String) e.get("applicationId"), (String) e.get("reference"));
        }

        JsonPath view = Api.as("ms-fr").get("/api/v1/member-state/lists/" + listId).then().statusCode(200).extract().jsonPath();
        List<String> firstIds = view.getList("organizations.applicationId");
        assertEquals(expected.subList(0, PageRequest.DEFAULT_LIMIT), firstIds.stream().map(idToReference::get).toList());
        assertEquals(SIZE, view.getInt("organizationCount"));
        assertNotNull(view.getString("organizationsNextCursor"));
        assertEquals(SIZE / 10, view.getList("ownObjections").size(), "France's own objections only");

        List<Map<String, Object>> all = walk("ms-fr", "/api/v1/member-state/lists/" + listId + "/organizations", 9);
        assertEquals(expected, all.stream().map(o -> idToReference.get((String) o.get("applicationId"))).toList());
        Set<String> allowed = Set.of("applicationId", "name", "type", "country", "website", "expertise");
        Set<String> seen = new HashSet<>();
        all.forEach(o -> seen.addAll(o.keySet()));
        assertTrue(allowed.containsAll(seen), "organization-level facts only: " + seen);
        assertFalse(seen.contains("standingObjections"));

        // the detail's cursor leads to the second page
        JsonPath second = Api.as("ms-fr").queryParam("cursor", view.getString("organizationsNextCursor"))
                .get("/api/v1/member-state/lists/" + listId + "/organizations").then().statusCode(200).extract().jsonPath();
        assertEquals(expected.subList(PageRequest.DEFAULT_LIMIT, 2 * PageRequest.DEFAULT_LIMIT),
                second.<String>getList("items.applicationId").stream().map(idToReference::get).toList());

        // a draft list does not exist for Member States, nor its organizations; the secretariat's preview pages too
        String draft = Api.as("approver").body(Map.of("callId", callId, "title", "Draft " + UUID.randomUUID()))
                .post("/api/v1/non-objection-lists").then().statusCode(201).extract().path("id");
        Api.as("ms-fr").get("/api/v1/member-state/lists/" + draft + "/organizations").then().statusCode(404)
                .contentType("application/problem+json");
        JsonPath preview = Api.as("approver").get("/api/v1/non-objection-lists/" + listId + "/preview").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(PageRequest.DEFAULT_LIMIT, preview.getList("organizations").size());
        assertEquals(SIZE, preview.getInt("organizationCount"));
        assertEquals(0, preview.getList("ownObjections").size());
    }
}
