package org.accredit.common.paging;

import static io.restassured.RestAssured.given;
import static org.accredit.support.Api.anonymous;
import static org.accredit.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.accredit.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every list endpoint pages the same way: cursor and limit in, {items, nextCursor} out, keyset order
 * (walking with limit=1 gives the same items as one bigger page), a cursor that is malformed or
 * belongs to another list refused with 400 naming cursor, limit outside 1..accredit.max-page-size
 * refused naming limit.
 */
@QuarkusTest
class CursorPagingTest {

    /** The data every list needs to have at least two items; made once for the whole class. */
    private static String listId;
    private static boolean ready;

    record Endpoint(String name, String path, Supplier<RequestSpecification> caller) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> endpoints() {
        return Stream.of(
                new Endpoint("application queue", "/api/v1/applications", () -> as("reviewer")),
                new Endpoint("ECOSOC roster entries", "/api/v1/ecosoc/entries", () -> as("reviewer")),
                new Endpoint("public accredited organizations", "/api/v1/public/accredited-organizations", Api::anonymous),
                new Endpoint("calls for applications", "/api/v1/calls", Api::anonymous),
                new Endpoint("non-objection lists", "/api/v1/non-objection-lists", () -> as("approver")),
                new Endpoint("a list's objections", "/api/v1/non-objection-lists/{list}/objections", () -> as("approver")),
                new Endpoint("a list's disclosure requests", "/api/v1/non-objection-lists/{list}/disclosure-requests",
                        () -> as("approver")),
                new Endpoint("circulated lists (Member State)", "/api/v1/member-state/lists", () -> as("ms-fr")),
                new Endpoint("own disclosure requests (Member State)",
                        "/api/v1/member-state/lists/{list}/disclosure-requests", () -> as("ms-br")),
                new Endpoint("Member State users", "/api/v1/admin/member-state-users", () -> as("admin")),
                new Endpoint("UN holidays", "/api/v1/admin/holidays", () -> as("admin")))
                .map(Arguments::of);
    }

    @BeforeEach
    void atLeastTwoItemsInEveryList() {
        if (ready) {
            return;
        }
        String callId = Api.ensureOpenCall();
        // two accredited (para 7) organizations
        for (int i = 0; i < 2; i++) {
            Api.Submitted s = Api.submit("UN_ENTITY", null, "en");
            Api.post("reviewer", "/api/v1/applications/" + s.id() + "/review", null, 200);
            Api.post("reviewer", "/api/v1/applications/" + s.id() + "/recommendation", Map.of(), 200);
            Api.post("approver", "/api/v1/applications/" + s.id() + "/approval", Map.of(), 200);
        }
        // two roster entries
        String tag = UUID.randomUUID().toString().substring(0, 8);
        given().auth().preemptive().basic("admin", "admin").contentType("text/csv; charset=UTF-8")
                .body(("name,category,year,country\nPaging " + tag + " One,special,2001,FR\nPaging " + tag
                        + " Two,general,2002,DE\n").getBytes(StandardCharsets.UTF_8))
                .queryParam("mode", "partial").post("/api/v1/ecosoc/imports").then().statusCode(201);
        // a second call, one day in a far-off year no other test uses
        int year = 2200 + ThreadLocalRandom.current().nextInt(700);
        as("admin").body(Map.of("title", Api.unique("Paging call"), "opensAt", year + "-03-01T00:00:00Z",
                "closesAt", year + "-03-02T00:00:00Z")).post("/api/v1/calls").then().statusCode(201);
        // two holidays
        for (int day = 1; day <= 2; day++) {
            as("admin").body(Map.of("date", LocalDate.of(year, 3, day).toString(), "name", "Paging day " + day))
                    .post("/api/v1/admin/holidays").then().statusCode(201);
        }
        // two circulated lists; the first with two applications, two objections and two disclosure requests
        List<String> apps = new ArrayList<>();
        for (int l = 0; l < 2; l++) {
            String id = as("approver").body(Map.of("callId", callId, "title", Api.unique("Paging list")))
                    .post("/api/v1/non-objection-lists").then().statusCode(201).extract().path("id");
            int count = l == 0 ? 2 : 1;
            for (int i = 0; i < count; i++) {
                String app = recommendedPara9();
                apps.add(app);
                as("approver").body(Map.of("applicationId", app)).post("/api/v1/non-objection-lists/" + id + "/applications")
                        .then().statusCode(200);
            }
            as("approver").body(Map.of()).post("/api/v1/non-objection-lists/" + id + "/circulation").then().statusCode(200);
            if (l == 0) {
                listId = id;
            }
        }
        for (String state : List.of("ms-fr", "ms-de")) {
            as(state).body(Map.of("applicationId", apps.get(0), "basis", "Paging basis " + state))
                    .post("/api/v1/member-state/lists/" + listId + "/objections").then().statusCode(201);
        }
        for (int i = 0; i < 2; i++) {
            as("ms-br").body(Map.of("applicationId", apps.get(i)))
                    .post("/api/v1/member-state/lists/" + listId + "/disclosure-requests").then().statusCode(201);
        }
        ready = true;
    }

    private static String recommendedPara9() {
        String id = Api.submit(Api.body(Api.unique("Paging NGO"), "CIVIL_SOCIETY_ORGANIZATION", "KE", null,
                Api.uniqueEmail(), "en")).path("id");
        Api.post("reviewer", "/api/v1/applications/" + id + "/review", null, 200);
        Api.post("reviewer", "/api/v1/applications/" + id + "/recommendation", Map.of(), 200);
        return id;
    }

    private static String path(Endpoint e) {
        return e.path().replace("{list}", listId);
    }

    private static JsonPath page(Endpoint e, Integer limit, String cursor) {
        RequestSpecification request = e.caller().get();
        if (limit != null) {
            request.queryParam("limit", limit);
        }
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get(path(e)).then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void walkingOneByOneGivesTheSameItemsAsOneBiggerPage(Endpoint e) {
        JsonPath first = page(e, 3, null);
        Map<String, Object> shape = first.getMap("$");
        assertTrue(shape.keySet().equals(java.util.Set.of("items", "nextCursor"))
                || shape.keySet().equals(java.util.Set.of("items")), "the page shape: " + shape.keySet());
        List<Map<String, Object>> expected = first.getList("items");
        assertTrue(expected.size() >= 2, e + " has at least two items");

        List<Map<String, Object>> walked = new ArrayList<>();
        String cursor = null;
        while (walked.size() < expected.size()) {
            JsonPath p = page(e, 1, cursor);
            List<Map<String, Object>> items = p.getList("items");
            assertEquals(1, items.size());
            walked.add(items.get(0));
            cursor = p.getString("nextCursor");
            if (walked.size() < expected.size()) {
                assertNotNull(cursor, "a page followed by another has a nextCursor");
            }
        }
        assertEquals(expected, walked);
        assertEquals(walked.size(), new HashSet<>(walked).size(), "no item twice");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void theLastPageHasNoNextCursor(Endpoint e) {
        String cursor = null;
        int pages = 0;
        JsonPath p;
        do {
            p = page(e, 100, cursor);
            cursor = p.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 1000);
        assertNull(cursor);
        assertFalse(p.getMap("$").containsKey("nextCursor"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aMalformedOrForeignCursorAnswers400NamingCursor(Endpoint e) {
        String foreign = page(new Endpoint("other", "/api/v1/admin/member-state-users", () -> as("admin")), 1, null)
                .getString("nextCursor");
        String own = page(e, 1, null).getString("nextCursor");
        char last = own.charAt(own.length() - 2);
        String edited = own.substring(0, own.length() - 2) + (last == 'A' ? 'B' : 'A') + own.charAt(own.length() - 1);
        List<String> bad = new ArrayList<>(List.of("garbage", "!!!", edited, "x".repeat(Cursors.MAX_LENGTH + 1)));
        if (!e.path().equals("/api/v1/admin/member-state-users")) {
            bad.add(foreign);
        }
        for (String cursor : bad) {
            e.caller().get().queryParam("cursor", cursor).get(path(e)).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("cursor"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aLimitOutsideOneToTheLargestPageAnswers400NamingLimit(Endpoint e) {
        for (int limit : new int[] {0, -1, 101}) {
            e.caller().get().queryParam("limit", limit).get(path(e)).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("limit"));
        }
        // the old offset paging's parameters are not the API's; its fields are not in any page
        e.caller().get().queryParam("limit", 100).get(path(e)).then().statusCode(200)
                .body("$", not(org.hamcrest.Matchers.hasKey("total")))
                .body("$", not(org.hamcrest.Matchers.hasKey("page")))
                .body("$", not(org.hamcrest.Matchers.hasKey("size")));
    }

    @org.junit.jupiter.api.Test
    void theCsvExportIsStillEveryRow() {
        String csv = anonymous().queryParam("format", "csv").queryParam("limit", 1)
                .get("/api/v1/public/accredited-organizations").then().statusCode(200).extract().asString();
        long rows = csv.lines().count() - 1;
        assertTrue(rows >= 2, "the CSV ignores limit and has every row: " + rows);
        anonymous().queryParam("limit", 1).get("/api/v1/public/accredited-organizations").then().statusCode(200)
                .body("items.size()", equalTo(1));
    }
}
