package org.accredit.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.accredit.support.Api;
import org.accredit.support.RawHttp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * More than a hundred malformed requests, as a hostile client sends them (raw bytes over a socket),
 * to public, applicant, staff and Member State endpoints. For each: never a 5xx, always
 * application/problem+json, and nothing stored (every table reads the same before and after).
 */
@QuarkusTest
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONE_SURROGATE = "@@LONE@@";
    private static final String[] TABLES = {"call_for_applications", "ecosoc_import", "ecosoc_entry", "application",
            "application_event", "outbox_email", "member_state_user", "un_holiday", "non_objection_list",
            "non_objection_list_entry", "objection", "no_objection_declaration", "objection_disclosure", "session",
            "session_agenda_item"};

    @TestHTTPResource("/")
    URI base;

    @Inject
    AgroalDataSource dataSource;

    /** The applications, lists and secrets the cases aim at, made once through the API. */
    record Fixture(String call, String inReview, String secret, String draft, String circulated, String listApp,
            String session, String agendaItem, String approved) {
    }

    private static Fixture fixture;

    /**
     * One hostile request. {@code target}, {@code body} and header values may name the fixture:
     * {call}, {inReview}, {secret}, {draft}, {circulated}, {listApp}, {session}, {agendaItem}, {approved}.
     */
    record Case(String name, String user, String method, String target, String contentType, byte[] body,
            boolean chunked, Map<String, String> headers) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** A JSON endpoint, a valid body for it and its text fields (path to the field, single line or not). */
    record Endpoint(String label, String user, String method, String target, Map<String, Object> body,
            List<String> singleLine, List<String> multiLine, String enumField, String uuidField) {
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("submit", null, "POST", "/api/v1/applications", submission(),
                        List.of("organization.name", "organization.acronym", "organization.website", "contact.name",
                                "contact.title", "contact.email", "contact.phone"),
                        List.of("organization.expertise"), "language", null),
                new Endpoint("answer", "applicant", "POST", "/api/v1/tracking/information-response",
                        map("answer", "Our mandate is online."), List.of(), List.of("answer"), null, null),
                new Endpoint("withdraw", "applicant", "POST", "/api/v1/tracking/withdrawal",
                        map("reason", "Next year."), List.of(), List.of("reason"), null, null),
                new Endpoint("info-request", "reviewer", "POST", "/api/v1/applications/{inReview}/information-request",
                        map("question", "Your mandate?", "note", "n"), List.of(), List.of("question", "note"), null, null),
                new Endpoint("rejection", "reviewer", "POST", "/api/v1/applications/{inReview}/rejection",
                        map("reason", "Not an IGO.", "note", "n"), List.of(), List.of("reason", "note"), null, null),
                new Endpoint("path-change", "reviewer", "POST", "/api/v1/applications/{inReview}/path-change",
                        map("path", "PARA_9", "reason", "Not an IGO."), List.of(), List.of("reason"), "path", null),
                new Endpoint("call", "admin", "POST", "/api/v1/calls", map("title", "Call " + UUID.randomUUID(),
                        "opensAt", "2030-01-01T00:00:00-05:00", "closesAt", "2030-02-01T00:00:00-05:00"),
                        List.of("title"), List.of(), null, null),
                new Endpoint("session", "admin", "POST", "/api/v1/sessions", session(true), List.of("code", "title", "timeZone"),
                        List.of(), "kind", null),
                new Endpoint("session-change", "admin", "PUT", "/api/v1/sessions/{session}", session(false),
                        List.of("title", "timeZone"), List.of(), "venue", null),
                new Endpoint("agenda-item", "admin", "POST", "/api/v1/sessions/{session}/agenda-items",
                        map("number", 1, "title", "Opening"), List.of("title"), List.of(), null, null),
                new Endpoint("agenda-item-change", "admin", "PUT", "/api/v1/sessions/{session}/agenda-items/{agendaItem}",
                        map("number", 2, "title", "Opening"), List.of("title"), List.of(), null, null),
                new Endpoint("suspension", "approver", "POST", "/api/v1/applications/{approved}/accreditation-suspension",
                        map("reason", "Lapsed.", "note", "n"), List.of(), List.of("reason", "note"), null, null),
                new Endpoint("reinstatement", "approver", "POST", "/api/v1/applications/{approved}/accreditation-reinstatement",
                        map("reason", "Restored.", "note", "n"), List.of(), List.of("reason", "note"), null, null),
                new Endpoint("accreditation-withdrawal", "approver", "POST",
                        "/api/v1/applications/{approved}/accreditation-withdrawal",
                        map("reason", "Withdrawn.", "note", "n"), List.of(), List.of("reason", "note"), null, null),
                new Endpoint("holiday", "admin", "POST", "/api/v1/admin/holidays", map("date", "2031-12-25",
                        "name", "Christmas"), List.of("name"), List.of(), null, null),
                new Endpoint("ms-user", "admin", "POST", "/api/v1/admin/member-state-users", map("username",
                        "ms-x" + UUID.randomUUID().toString().substring(0, 6), "stateCode", "IT", "focalPointEmail",
                        "focal@example.org", "language", "en"), List.of("username", "subject", "focalPointEmail"), List.of(),
                        "language", null),
                new Endpoint("list", "approver", "POST", "/api/v1/non-objection-lists", map("callId", "{call}",
                        "title", "List"), List.of("title"), List.of(), null, "callId"),
                new Endpoint("objection", "ms-fr", "POST", "/api/v1/member-state/lists/{circulated}/objections",
                        map("applicationId", "{listApp}", "basis", "Concerns."), List.of(), List.of("basis"), null,
                        "applicationId"));
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            for (String f : e.multiLine()) {
                cases.add(json(e, e.label() + ": NUL in " + f, with(e.body(), f, "a\u0000b")));
                cases.add(json(e, e.label() + ": escape character in " + f, with(e.body(), f, "a\u001b[31mb")));
                cases.add(json(e, e.label() + ": lone surrogate in " + f, with(e.body(), f, "a" + LONE_SURROGATE)));
            }
            for (String f : e.singleLine()) {
                cases.add(json(e, e.label() + ": NUL in " + f, with(e.body(), f, "a\u0000b")));
                cases.add(json(e, e.label() + ": line break in " + f, with(e.body(), f, "a\r\nBcc: x@example.org")));
                cases.add(json(e, e.label() + ": C1 control in " + f, with(e.body(), f, "a\u0085b")));
            }
            String anyText = e.multiLine().isEmpty() ? e.singleLine().get(0) : e.multiLine().get(0);
            if (e.enumField() != null) {
                cases.add(json(e, e.label() + ": number for enum " + e.enumField(), with(e.body(), e.enumField(), 5)));
                cases.add(json(e, e.label() + ": unknown enum " + e.enumField(), with(e.body(), e.enumField(), "BOGUS")));
            }
            if (e.uuidField() != null) {
                cases.add(json(e, e.label() + ": bad UUID in " + e.uuidField(), with(e.body(), e.uuidField(), "not-a-uuid")));
            }
            cases.add(json(e, e.label() + ": number for a string", with(e.body(), anyText, 12345)));
            cases.add(json(e, e.label() + ": huge number for a string", with(e.body(), anyText, new java.math.BigDecimal("1e400"))));
            cases.add(json(e, e.label() + ": object for a string", with(e.body(), anyText, Map.of("x", 1))));
            cases.add(json(e, e.label() + ": string too long", with(e.body(), anyText, "x".repeat(9000))));
            cases.add(json(e, e.label() + ": unknown field", with(e.body(), "status", "APPROVED")));
            String valid = write(e.body());
            cases.add(raw(e, e.label() + ": trailing tokens", "application/json", valid + " {\"x\":1}"));
            cases.add(raw(e, e.label() + ": no Content-Type", null, valid));
            cases.add(raw(e, e.label() + ": text/plain", "text/plain", valid));
            cases.add(raw(e, e.label() + ": array instead of object", "application/json", "[" + valid + "]"));
            cases.add(raw(e, e.label() + ": not JSON", "application/json", "{\"a\": nope"));
            cases.add(raw(e, e.label() + ": deeply nested", "application/json",
                    "{\"x\":".repeat(200) + "1" + "}".repeat(200)));
            cases.add(new Case(e.label() + ": invalid UTF-8", e.user(), e.method(), e.target(), "application/json",
                    concat(valid.substring(0, valid.length() - 1) + ",\"x\":\"", new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, "\"}"),
                    false, Map.of()));
            cases.add(new Case(e.label() + ": body over 64 KB, chunked", e.user(), e.method(), e.target(), "application/json",
                    with(e.body(), anyText, "x".repeat(70_000)).getBytes(StandardCharsets.UTF_8), true, Map.of()));
        }
        // query and path parameters, headers
        cases.add(get("queue: unknown status", "reviewer", "/api/v1/applications?status=BOGUS"));
        cases.add(get("queue: status as a number", "reviewer", "/api/v1/applications?status=1"));
        cases.add(get("queue: limit not a number", "reviewer", "/api/v1/applications?limit=abc"));
        cases.add(get("queue: limit too large", "reviewer", "/api/v1/applications?limit=100000000000"));
        cases.add(get("queue: bad callId", "reviewer", "/api/v1/applications?callId=123"));
        cases.add(get("queue: NUL in q", "reviewer", "/api/v1/applications?q=a%00b"));
        cases.add(get("queue: line break in q", "reviewer", "/api/v1/applications?q=a%0D%0Ab"));
        cases.add(get("queue: invalid UTF-8 in q", "reviewer", "/api/v1/applications?q=%C3%28"));
        cases.add(get("application: bad UUID", "reviewer", "/api/v1/applications/not-a-uuid"));
        cases.add(get("public list: bad path", null, "/api/v1/public/accredited-organizations?path=PARA_10"));
        cases.add(get("public list: limit not a number", null, "/api/v1/public/accredited-organizations?limit=x"));
        cases.add(get("public list: bad format", null, "/api/v1/public/accredited-organizations?format=xml"));
        cases.add(get("calls: bad UUID", null, "/api/v1/calls/xyz"));
        cases.add(get("sessions: bad UUID", null, "/api/v1/sessions/xyz"));
        cases.add(get("sessions: bad kind", null, "/api/v1/sessions?kind=PLENARY"));
        cases.add(get("sessions: bad venue", null, "/api/v1/sessions?venue=PARIS%00"));
        cases.add(get("sessions: year not a number", null, "/api/v1/sessions?year=twenty"));
        cases.add(get("sessions: year out of range", null, "/api/v1/sessions?year=99999"));
        cases.add(get("sessions: forged cursor", null, "/api/v1/sessions?cursor=AAAA"));
        cases.add(get("sessions: limit too large", null, "/api/v1/sessions?limit=100000"));
        cases.add(new Case("agenda item: bad UUID", "admin", "DELETE", "/api/v1/sessions/{session}/agenda-items/nope", null,
                null, false, Map.of()));
        cases.add(get("holidays: year not a number", "admin", "/api/v1/admin/holidays?year=two"));
        cases.add(get("ecosoc: NUL in q", "reviewer", "/api/v1/ecosoc/entries?q=%00"));
        cases.add(get("ecosoc: bad status", "reviewer", "/api/v1/ecosoc/entries?status=GONE"));
        cases.add(get("member state: limit not a number", "ms-fr", "/api/v1/member-state/lists?limit=-x"));
        cases.add(get("member state: forged cursor", "ms-fr", "/api/v1/member-state/lists?cursor=AAAA"));
        cases.add(get("member state: bad list id", "ms-fr", "/api/v1/member-state/lists/1234"));
        cases.add(get("lists: bad status", "approver", "/api/v1/non-objection-lists?status=OPEN%00"));
        // (a raw C0 control byte in a header is refused by the HTTP server's parser itself, with an empty 400)
        cases.add(new Case("tracking: tab in secret", null, "GET", "/api/v1/tracking", null, null, false,
                Map.of("X-Tracking-Secret", "{secret}\tx")));
        cases.add(new Case("tracking: C1 control in secret", null, "GET", "/api/v1/tracking", null, null, false,
                Map.of("X-Tracking-Secret", "{secret}\u0085")));
        cases.add(new Case("tracking: C1 control in secret, answering", null, "POST", "/api/v1/tracking/information-response",
                "application/json", "{\"answer\":\"fine\"}".getBytes(StandardCharsets.UTF_8), false,
                Map.of("X-Tracking-Secret", "{secret}\u0085")));
        cases.add(new Case("tracking: no secret", null, "GET", "/api/v1/tracking", null, null, false, Map.of()));
        cases.add(new Case("unknown path", null, "GET", "/api/v1/nothing-here", null, null, false, Map.of()));
        cases.add(new Case("method not allowed", null, "DELETE", "/api/v1/calls", null, null, false, Map.of()));
        cases.add(new Case("not acceptable", null, "GET", "/api/v1/calls", null, null, false, Map.of("Accept", "application/xml")));
        cases.add(new Case("no credentials", null, "GET", "/api/v1/applications", null, null, false, Map.of()));
        cases.add(new Case("wrong password", null, "GET", "/api/v1/applications", null, null, false,
                Map.of("Authorization", RawHttp.basic("reviewer").replace("=", "") + "x")));
        cases.add(new Case("wrong role", "ms-fr", "GET", "/api/v1/applications", null, null, false, Map.of()));
        cases.add(new Case("URI too long", null, "GET", "/api/v1/calls?x=" + "a".repeat(20_000), null, null, false, Map.of()));
        cases.add(new Case("roster import: JSON instead of CSV", "admin", "POST", "/api/v1/ecosoc/imports",
                "application/json", "{}".getBytes(StandardCharsets.UTF_8), false, Map.of()));
        cases.add(new Case("roster import: over the server's body limit", "admin", "POST",
                "/api/v1/ecosoc/imports", "text/csv", ("name,category,year,country\n" + "x".repeat(5_000_000))
                        .getBytes(StandardCharsets.UTF_8), false, Map.of()));
        cases.add(new Case("roster import: NUL in a name", "admin", "POST", "/api/v1/ecosoc/imports", "text/csv",
                "name,category,year,country\nA\u0000B,general,1990,FR\n".getBytes(StandardCharsets.UTF_8), false, Map.of()));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithAProblemAndNothingStored(Case c) throws Exception {
        Fixture f = fixture();
        Map<String, String> headers = new LinkedHashMap<>();
        if (c.user() != null && !c.user().equals("applicant")) {
            headers.put("Authorization", RawHttp.basic(c.user()));
        }
        if ("applicant".equals(c.user())) {
            headers.put("X-Tracking-Secret", f.secret());
        }
        if (c.contentType() != null) {
            headers.put("Content-Type", c.contentType());
        }
        c.headers().forEach((k, v) -> headers.put(k, resolve(v, f)));
        byte[] body = c.body() == null ? null : resolve(c.body(), f);
        Map<String, String> before = fingerprint();

        RawHttp.Reply reply = new RawHttp(base).send(c.method(), resolve(c.target(), f), headers, body, c.chunked());

        assertTrue(reply.status() >= 400 && reply.status() < 500, c.name() + ": " + reply.status() + " " + reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"),
                c.name() + ": " + reply.status() + " " + reply.contentType() + " " + reply.body());
        assertEquals(reply.status(), JSON.readTree(reply.body()).path("status").asInt(), reply.body());
        assertEquals(before, fingerprint(), c.name() + ": something was stored");
    }

    private Map<String, String> fingerprint() throws SQLException {
        Map<String, String> prints = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "
                        + table + " t")) {
                    rs.next();
                    prints.put(table, rs.getString(1));
                }
            }
        }
        return prints;
    }

    private static synchronized Fixture fixture() {
        if (fixture == null) {
            String call = Api.ensureOpenCall();
            Api.Submitted igo = Api.submit("INTERGOVERNMENTAL_ORGANIZATION", null, "en");
            Api.as("reviewer").post("/api/v1/applications/" + igo.id() + "/review").then().statusCode(200);
            Api.Submitted asked = Api.submit("INTERGOVERNMENTAL_ORGANIZATION", null, "en");
            Api.as("reviewer").post("/api/v1/applications/" + asked.id() + "/review").then().statusCode(200);
            Api.as("reviewer").body(Map.of("question", "Mandate?")).post("/api/v1/applications/" + asked.id()
                    + "/information-request").then().statusCode(200);
            String listApp = recommendedPara9();
            String draft = Api.as("approver").body(Map.of("callId", call, "title", "Draft " + UUID.randomUUID()))
                    .post("/api/v1/non-objection-lists").then().statusCode(201).extract().path("id");
            String circulated = Api.as("approver").body(Map.of("callId", call, "title", "Circulated " + UUID.randomUUID()))
                    .post("/api/v1/non-objection-lists").then().statusCode(201).extract().path("id");
            Api.as("approver").body(Map.of("applicationId", listApp))
                    .post("/api/v1/non-objection-lists/" + circulated + "/applications").then().statusCode(200);
            Api.as("approver").body(Map.of("deadline", OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).toString()))
                    .post("/api/v1/non-objection-lists/" + circulated + "/circulation").then().statusCode(200);
            String session = Api.as("admin").body(session(true)).post("/api/v1/sessions").then().statusCode(201).extract()
                    .path("session.id");
            String agendaItem = Api.as("admin").body(map("number", 1, "title", "Opening"))
                    .post("/api/v1/sessions/" + session + "/agenda-items").then().statusCode(201).extract().path("id");
            Api.Submitted approved = Api.submit("INTERGOVERNMENTAL_ORGANIZATION", null, "en");
            Api.as("reviewer").post("/api/v1/applications/" + approved.id() + "/review").then().statusCode(200);
            Api.as("reviewer").body("{}").post("/api/v1/applications/" + approved.id() + "/recommendation").then().statusCode(200);
            Api.as("approver").body("{}").post("/api/v1/applications/" + approved.id() + "/approval").then().statusCode(200);
            fixture = new Fixture(call, igo.id(), asked.secret(), draft, circulated, listApp, session, agendaItem,
                    approved.id());
        }
        return fixture;
    }

    private static String recommendedPara9() {
        Map<String, Object> body = Api.body(Api.unique("Civil society"), "CIVIL_SOCIETY_ORGANIZATION", "KE", null,
                Api.uniqueEmail(), "en");
        String id = Api.submit(body).path("id");
        Api.as("reviewer").post("/api/v1/applications/" + id + "/review").then().statusCode(200);
        Api.as("reviewer").body("{}").post("/api/v1/applications/" + id + "/recommendation").then().statusCode(200);
        return id;
    }

    private static String resolve(String s, Fixture f) {
        return s.replace("{call}", f.call()).replace("{inReview}", f.inReview()).replace("{secret}", f.secret())
                .replace("{draft}", f.draft()).replace("{circulated}", f.circulated()).replace("{listApp}", f.listApp())
                .replace("{session}", f.session()).replace("{agendaItem}", f.agendaItem()).replace("{approved}", f.approved());
    }

    private static byte[] resolve(byte[] body, Fixture f) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        return resolve(text, f).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Case json(Endpoint e, String name, String body) {
        return new Case(name, e.user(), e.method(), e.target(), "application/json",
                body.getBytes(StandardCharsets.UTF_8), false, Map.of());
    }

    private static Case raw(Endpoint e, String name, String contentType, String body) {
        return new Case(name, e.user(), e.method(), e.target(), contentType, body.getBytes(StandardCharsets.UTF_8),
                false, Map.of());
    }

    private static Case get(String name, String user, String target) {
        return new Case(name, user, "GET", target, null, null, false, Map.of());
    }

    private static byte[] concat(String head, byte[] middle, String tail) {
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + middle.length + t.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(middle, 0, all, h.length, middle.length);
        System.arraycopy(t, 0, all, h.length + middle.length, t.length);
        return all;
    }

    /** The body with the field at {@code path} (dotted) set to {@code value}, as JSON. */
    @SuppressWarnings("unchecked")
    private static String with(Map<String, Object> body, String path, Object value) {
        Map<String, Object> copy = JSON.convertValue(body, Map.class);
        String[] parts = path.split("\\.");
        Map<String, Object> node = copy;
        for (int i = 0; i < parts.length - 1; i++) {
            node = (Map<String, Object>) node.get(parts[i]);
        }
        node.put(parts[parts.length - 1], value);
        return write(copy).replace(LONE_SURROGATE, "\\ud800");
    }

    private static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> submission() {
        Map<String, Object> org = map("name", "Hostile Org " + UUID.randomUUID(), "type", "INTERGOVERNMENTAL_ORGANIZATION",
                "country", "FR", "website", "https://example.org", "expertise", "Investigations", "acronym", "HO");
        Map<String, Object> contact = map("name", "Dana", "title", "Director", "email", "dana@example.org",
                "phone", "+1 212 555 0100");
        return map("organization", org, "contact", contact, "language", "en");
    }

    /** A valid session body (a new one with a fresh code, or a change). */
    private static Map<String, Object> session(boolean withCode) {
        Map<String, Object> m = map("title", "Hostile session", "kind", "SUBSTANTIVE", "venue", "NEW_YORK",
                "timeZone", "America/New_York", "opensAt", "2032-03-01T10:00:00-05:00", "closesAt", "2032-03-12T18:00:00-05:00",
                "registrationOpensAt", "2032-02-01T00:00:00-05:00", "registrationClosesAt", "2032-02-23T18:00:00-05:00",
                "inPersonSeats", 1);
        if (withCode) {
            m.put("code", "H-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT));
        }
        return m;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
