package org.accredit.session;

import static org.accredit.support.Api.anonymous;
import static org.accredit.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The calendar: the seeded meetings in their own time zones, paging and filters, and the admin's steps. */
@QuarkusTest
class SessionCalendarTest {

    static final List<String> SEEDED = List.of("AHC-ORG-2021", "AHC-ORGMATTERS-2022", "AHC-1", "AHC-2", "AHC-3", "AHC-4",
            "AHC-5", "AHC-6", "AHC-CONCLUDING", "AHC-CONCLUDING-RECONVENED", "AHC-IC-1", "AHC-IC-2", "AHC-IC-3", "AHC-IC-4",
            "AHC-IC-5");

    @Inject
    AgroalDataSource dataSource;

    static String code() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** A New York session in March 2030, registration in February, one seat in the room. */
    static Map<String, Object> newYorkSession(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("title", "Seventh session");
        body.put("kind", "SUBSTANTIVE");
        body.put("venue", "NEW_YORK");
        body.put("timeZone", "America/New_York");
        body.put("opensAt", "2030-03-04T10:00:00-05:00");
        body.put("closesAt", "2030-03-15T18:00:00-04:00");
        body.put("registrationOpensAt", "2030-02-01T00:00:00-05:00");
        body.put("registrationClosesAt", "2030-02-25T18:00:00-05:00");
        body.put("para9ClosesAt", "2030-02-18T18:00:00-05:00");
        body.put("inPersonSeats", 1);
        return body;
    }

    static Map<String, Object> change(Map<String, Object> created) {
        Map<String, Object> body = new HashMap<>(created);
        body.remove("code");
        return body;
    }

    static String create(Map<String, Object> body) {
        return as("admin").body(body).post("/api/v1/sessions").then().statusCode(201).extract().path("session.id");
    }

    private static Map<String, Map<String, Object>> everySession() {
        Map<String, Map<String, Object>> byCode = new HashMap<>();
        String cursor = null;
        do {
            var request = anonymous().queryParam("limit", 7);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/sessions").then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> s : page.<Map<String, Object>>getList("items")) {
                assertTrue(byCode.put((String) s.get("code"), s) == null, "no session twice across pages");
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return byCode;
    }

    @Test
    void aFreshStartShowsTheMeetingsHeldInTheirOwnTimeZones() {
        Map<String, Map<String, Object>> all = everySession();
        assertTrue(all.keySet().containsAll(SEEDED), all.keySet().toString());

        Map<String, Object> first = all.get("AHC-1");
        assertEquals("America/New_York", first.get("timeZone"));
        assertEquals("2022-02-28", first.get("firstDay"));
        assertEquals("2022-03-11", first.get("lastDay"));
        assertEquals("2022-02-28T10:00-05:00", ((Map<?, ?>) first.get("opensAt")).get("local"));
        assertEquals("2022-02-28T15:00:00Z", ((Map<?, ?>) first.get("opensAt")).get("instant"));
        assertEquals("2022-03-11T18:00-05:00", ((Map<?, ?>) first.get("closesAt")).get("local"));
        assertEquals(1, first.get("inPersonSeats"));
        assertEquals(null, first.get("onlineSeats"));

        // Vienna in summer time; its registration closed at 18:00 New York time, midnight in Vienna
        Map<String, Object> second = all.get("AHC-2");
        assertEquals("Europe/Vienna", second.get("timeZone"));
        assertEquals("2022-05-30T10:00+02:00", ((Map<?, ?>) second.get("opensAt")).get("local"));
        assertEquals("2022-05-30T08:00:00Z", ((Map<?, ?>) second.get("opensAt")).get("instant"));
        assertEquals("2022-06-10T18:00+02:00", ((Map<?, ?>) second.get("closesAt")).get("local"));
        assertEquals("2022-05-23T22:00:00Z", ((Map<?, ?>) second.get("registrationClosesAt")).get("instant"));
        assertEquals("2022-05-24T00:00+02:00", ((Map<?, ?>) second.get("registrationClosesAt")).get("local"));

        // Vienna in winter time; two in the room and two online at intersessional consultations
        Map<String, Object> fourth = all.get("AHC-4");
        assertEquals("2023-01-09T10:00+01:00", ((Map<?, ?>) fourth.get("opensAt")).get("local"));
        Map<String, Object> ic = all.get("AHC-IC-1");
        assertEquals("INTERSESSIONAL_CONSULTATION", ic.get("kind"));
        assertEquals(2, ic.get("inPersonSeats"));
        assertEquals(2, ic.get("onlineSeats"));
        assertEquals(false, ic.get("registrationOpen"));
    }

    @Test
    void theCalendarIsInOpeningOrderAndFilters() {
        List<String> codes = anonymous().queryParam("limit", 3).get("/api/v1/sessions").then().statusCode(200)
                .extract().jsonPath().getList("items.code");
        assertEquals(List.of("AHC-ORG-2021", "AHC-ORGMATTERS-2022", "AHC-1"), codes);

        List<String> vienna2022 = anonymous().queryParam("venue", "VIENNA").queryParam("year", 2022)
                .get("/api/v1/sessions").then().statusCode(200).extract().jsonPath().getList("items.code");
        assertEquals(List.of("AHC-IC-1", "AHC-2", "AHC-IC-2", "AHC-IC-3"), vienna2022);

        List<String> consultations2023 = anonymous().queryParam("kind", "INTERSESSIONAL_CONSULTATION")
                .queryParam("year", 2023).get("/api/v1/sessions").then().statusCode(200).extract().jsonPath()
                .getList("items.code");
        assertEquals(List.of("AHC-IC-4", "AHC-IC-5"), consultations2023);

        anonymous().queryParam("year", 1999).get("/api/v1/sessions").then().statusCode(400)
                .contentType("application/problem+json");
        anonymous().queryParam("venue", "PARIS").get("/api/v1/sessions").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void oneSessionWithItsAgenda() {
        String id = UUID.nameUUIDFromBytes(new byte[0]).toString();
        anonymous().get("/api/v1/sessions/" + id).then().statusCode(404).contentType("application/problem+json");

        String created = create(newYorkSession(code()));
        as("admin").body(Map.of("number", 2, "title", "Criminalization")).post("/api/v1/sessions/" + created + "/agenda-items")
                .then().statusCode(201);
        as("admin").body(Map.of("number", 1, "title", "Opening of the session")).post("/api/v1/sessions/" + created + "/agenda-items")
                .then().statusCode(201);
        anonymous().get("/api/v1/sessions/" + created).then().statusCode(200)
                .body("session.title", equalTo("Seventh session"))
                .body("agenda.number", equalTo(List.of(1, 2)))
                .body("agenda.title", equalTo(List.of("Opening of the session", "Criminalization")));
    }

    @Test
    void anAdminSchedulesASession() {
        String code = code();
        var r = as("admin").body(newYorkSession(code)).post("/api/v1/sessions").then().statusCode(201)
                .header("Location", containsString("/api/v1/sessions/"))
                .body("session.code", equalTo(code))
                .body("session.opensAt.local", equalTo("2030-03-04T10:00-05:00"))
                .body("session.closesAt.local", equalTo("2030-03-15T18:00-04:00"))
                .body("session.para9ClosesAt.local", equalTo("2030-02-18T18:00-05:00"))
                .body("session.inPersonSeats", equalTo(1))
                .body("session.onlineSeats", nullValue())
                .body("agenda.size()", equalTo(0))
                .extract();
        String id = r.path("session.id");
        assertTrue(r.header("Location").endsWith("/api/v1/sessions/" + id));
        anonymous().get("/api/v1/sessions/" + id).then().statusCode(200).body("session.code", equalTo(code));

        // the code is unique
        as("admin").body(newYorkSession(code)).post("/api/v1/sessions").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString(code));
        as("admin").body(newYorkSession("AHC-1")).post("/api/v1/sessions").then().statusCode(409);
    }

    @Test
    void badSchedulesAreRefusedWithAProblem() {
        Map<String, Object> body = newYorkSession(code());
        body.put("closesAt", "2030-03-04T09:00:00-05:00");
        refused(body, 422, null);

        body = newYorkSession(code());
        body.put("registrationClosesAt", "2030-03-05T00:00:00-05:00");
        refused(body, 422, null);

        body = newYorkSession(code());
        body.put("para9ClosesAt", "2030-02-26T18:00:00-05:00");
        refused(body, 422, null);

        body = newYorkSession(code());
        body.put("timeZone", "Europe/Vienna");
        refused(body, 400, "timeZone");

        body = newYorkSession(code());
        body.put("venue", "ONLINE");
        body.put("timeZone", "Mars/Olympus");
        refused(body, 400, "timeZone");

        body = newYorkSession(code());
        body.put("inPersonSeats", -1);
        refused(body, 400, "inPersonSeats");

        body = newYorkSession(code());
        body.put("code", "lower case");
        refused(body, 400, "code");

        body = newYorkSession(code());
        body.put("kind", "PLENARY");
        refused(body, 400, "kind");

        body = newYorkSession(code());
        body.remove("opensAt");
        refused(body, 400, "opensAt");

        body = newYorkSession(code());
        body.put("title", "x".repeat(201));
        refused(body, 400, "title");
    }

    private static void refused(Map<String, Object> body, int status, String field) {
        var then = as("admin").body(body).post("/api/v1/sessions").then().statusCode(status)
                .contentType("application/problem+json");
        if (field != null) {
            then.body("errors.field", hasItem(endsWith(field)));
        }
        anonymous().queryParam("limit", 100).queryParam("year", 2030).get("/api/v1/sessions").then().statusCode(200)
                .body("items.code", org.hamcrest.Matchers.not(hasItem(body.get("code"))));
    }

    @Test
    void anAdminReschedulesAndRequotasWithAVersion() {
        Map<String, Object> body = newYorkSession(code());
        String id = create(body);
        Map<String, Object> change = change(body);
        change.put("opensAt", "2030-03-11T10:00:00-04:00");
        change.put("closesAt", "2030-03-22T18:00:00-04:00");
        change.put("onlineSeats", 2);
        change.put("version", 0);
        as("admin").body(change).put("/api/v1/sessions/" + id).then().statusCode(200)
                .body("session.opensAt.local", equalTo("2030-03-11T10:00-04:00"))
                .body("session.firstDay", equalTo("2030-03-11"))
                .body("session.onlineSeats", equalTo(2))
                .body("session.version", equalTo(1));
        // a stale version is a lost update
        as("admin").body(change).put("/api/v1/sessions/" + id).then().statusCode(409)
                .contentType("application/problem+json");
        change.remove("version");
        change.put("inPersonSeats", -2);
        as("admin").body(change).put("/api/v1/sessions/" + id).then().statusCode(400);
        change.put("inPersonSeats", 1);
        change.put("closesAt", "2030-03-10T18:00:00-04:00");
        as("admin").body(change).put("/api/v1/sessions/" + id).then().statusCode(422);
        anonymous().get("/api/v1/sessions/" + id).then().body("session.closesAt.local", equalTo("2030-03-22T18:00-04:00"));
        // a session held in the past cannot change
        String held = anonymous().queryParam("limit", 1).get("/api/v1/sessions").then().extract().path("items[0].id");
        as("admin").body(change(newYorkSession("X"))).put("/api/v1/sessions/" + held).then().statusCode(409)
                .body("detail", containsString("over"));
        as("admin").body(change(newYorkSession("X"))).put("/api/v1/sessions/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void agendaNumbersAreUniquePerSessionAndAnItemReferredToStays() throws Exception {
        String id = create(newYorkSession(code()));
        String other = create(newYorkSession(code()));
        String path = "/api/v1/sessions/" + id + "/agenda-items";
        var added = as("admin").body(Map.of("number", 1, "title", "Opening")).post(path).then().statusCode(201)
                .body("number", equalTo(1)).extract();
        String one = added.path("id");
        assertTrue(added.header("Location").endsWith(path + "/" + one), added.header("Location"));
        as("admin").body(Map.of("number", 1, "title", "Again")).post(path).then().statusCode(409)
                .contentType("application/problem+json");
        // the same number in another session is fine
        as("admin").body(Map.of("number", 1, "title", "Opening")).post("/api/v1/sessions/" + other + "/agenda-items")
                .then().statusCode(201);
        String two = as("admin").body(Map.of("number", 2, "title", "Organization of work")).post(path).then().statusCode(201)
                .extract().path("id");
        as("admin").body(Map.of("number", 1, "title", "Clash")).put(path + "/" + two).then().statusCode(409);
        as("admin").body(Map.of("number", 3, "title", "Organization of work (revised)")).put(path + "/" + two).then()
                .statusCode(200).body("number", equalTo(3));
        as("admin").body(Map.of("number", 0, "title", "Zero")).post(path).then().statusCode(400);
        // an item of another session is not found through this one
        as("admin").delete("/api/v1/sessions/" + other + "/agenda-items/" + one).then().statusCode(404);

        // something refers to item one (as a speaker's request will): deleting it is a conflict, not an error
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table test_agenda_reference (item_id uuid references session_agenda_item (id))");
            s.execute("insert into test_agenda_reference values ('" + one + "')");
        }
        try {
            as("admin").delete(path + "/" + one).then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("referred to"));
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("drop table test_agenda_reference");
            }
        }
        as("admin").delete(path + "/" + one).then().statusCode(204);
        as("admin").delete(path + "/" + one).then().statusCode(404);
        Set<Object> left = new HashSet<>(anonymous().get("/api/v1/sessions/" + id).then().extract().jsonPath()
                .getList("agenda.number"));
        assertEquals(Set.of(3), left);
        assertFalse(new ArrayList<>(left).contains(1));
    }
}
