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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.accredit.support.Accredited;
import org.accredit.support.Api;
import org.accredit.support.Pdfs;
import org.accredit.support.SessionRows;
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
            "non_objection_list_entry", "objection", "no_objection_declaration", "objection_disclosure",
            "written_statement", "registration_letter", "representative", "application_attachment",
            "speakers_list", "speaker_request", "session", "session_agenda_item"};

    /** V14's seeded session AHC-1 (md5('accredit-session-AHC-1')) and an agenda item path under it. */
    private static final String SPEAKERS_ITEM = "/api/v1/sessions/6aa85afb-6d85-e515-0dba-6e3f293df48d/agenda-items/"
            + "0b7c3b4e-57c2-4bd0-9d3c-1f2a0c7e9a11";

    @TestHTTPResource("/")
    URI base;

    @Inject
    AgroalDataSource dataSource;

    /** The applications, lists and secrets the cases aim at, made once through the API. */
    record Fixture(String call, String inReview, String secret, String draft, String circulated, String listApp,
            String accredited, String session, String statement, String calendarSession, String agendaItem,
            String approved) {
    }

    private static Fixture fixture;

    /**
     * What the registration cases aim at: an accredited organization's secret ({accredited}, and the
     * user "accredited"), a session open for registration ({session}), its letter ({letter}) and a
     * registered representative ({representative}).
     */
    record Registration(String secret, String session, String letter, String representative) {
    }

    private static Registration registration;

    /**
     * One hostile request. {@code target}, {@code body} and header values may name the fixture:
     * {call}, {inReview}, {secret}, {draft}, {circulated}, {listApp}, {session} (open to written statements),
     * {statement} (a submitted written statement). User "accredited" sends the tracking secret of an
     * approved application.
     * {calendarSession} (made by the admin API), {agendaItem} (its item), {approved} (an approved application's id).
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
                new Endpoint("secret-reissue", null, "POST", "/api/v1/tracking/secret-reissue",
                        map("reference", "AHC-2026-00001", "email", "lost@example.org"), List.of("reference", "email"),
                        List.of(), null, null),
                new Endpoint("info-request", "reviewer", "POST", "/api/v1/applications/{inReview}/information-request",
                        map("question", "Your mandate?", "note", "n"), List.of(), List.of("question", "note"), null, null),
                new Endpoint("rejection", "reviewer", "POST", "/api/v1/applications/{inReview}/rejection",
                        map("reason", "Not an IGO.", "note", "n"), List.of(), List.of("reason", "note"), null, null),
                new Endpoint("assignment", "reviewer", "POST", "/api/v1/applications/{inReview}/assignment",
                        map("assignee", "reviewer2"), List.of("assignee"), List.of(), null, null),
                new Endpoint("path-change", "reviewer", "POST", "/api/v1/applications/{inReview}/path-change",
                        map("path", "PARA_9", "reason", "Not an IGO."), List.of(), List.of("reason"), "path", null),
                new Endpoint("call", "admin", "POST", "/api/v1/calls", map("title", "Call " + UUID.randomUUID(),
                        "opensAt", "2030-01-01T00:00:00-05:00", "closesAt", "2030-02-01T00:00:00-05:00"),
                        List.of("title"), List.of(), null, null),
                new Endpoint("session", "admin", "POST", "/api/v1/sessions", session(true), List.of("code", "title", "timeZone"),
                        List.of(), "kind", null),
                new Endpoint("session-change", "admin", "PUT", "/api/v1/sessions/{calendarSession}", session(false),
                        List.of("title", "timeZone"), List.of(), "venue", null),
                new Endpoint("agenda-item", "admin", "POST", "/api/v1/sessions/{calendarSession}/agenda-items",
                        map("number", 1, "title", "Opening"), List.of("title"), List.of(), null, null),
                new Endpoint("agenda-item-change", "admin", "PUT", "/api/v1/sessions/{calendarSession}/agenda-items/{agendaItem}",
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
                        "applicationId"),
                new Endpoint("statement", "accredited", "POST", "/api/v1/sessions/{session}/statements",
                        map("language", "en", "title", "Statement", "text", "Our statement."), List.of("title"), List.of(),
                        "language", null),
                new Endpoint("statement decline", "reviewer", "POST", "/api/v1/statements/{statement}/declination",
                        map("reason", "Off topic."), List.of(), List.of("reason"), null, null),
                new Endpoint("register", "accredited", "POST", "/api/v1/sessions/{session}/representatives",
                        representative(), List.of("name", "title", "employer", "email", "nationality"), List.of(), "mode",
                        "letterId"),
                new Endpoint("replacement", "accredited", "POST",
                        "/api/v1/sessions/{session}/representatives/{representative}/replacement", representative(),
                        List.of("name", "title", "employer", "email"), List.of(), "gender", "letterId"),
                new Endpoint("confirmation", "reviewer", "POST", "/api/v1/representatives/{representative}/confirmation",
                        map("reason", "x".repeat(2001)), List.of(), List.of("reason"), null, null),
                new Endpoint("refusal", "approver", "POST", "/api/v1/representatives/{representative}/refusal",
                        map("reason", " "), List.of(), List.of("reason"), null, null),
                new Endpoint("speaker-request", "applicant", "POST", SPEAKERS_ITEM + "/speaker-requests",
                        map("representativeId", UUID.randomUUID().toString(), "topic", "Article 5"), List.of("topic"),
                        List.of(), null, "representativeId"));
    }

    /** Written statements: the text field (not in endpoints(): a long single word is a valid text), PDFs, queries. */
    private static List<Case> statementCases() {
        String target = "/api/v1/sessions/{session}/statements";
        String pdfTarget = target + "?language=en&title=T";
        List<Case> cases = new ArrayList<>();
        Map<String, Object> body = map("language", "en", "title", "Statement", "text", "Our statement.");
        for (Object[] bad : new Object[][] {{"NUL", "a\u0000b"}, {"escape character", "a\u001b[31mb"},
                {"lone surrogate", "a" + LONE_SURROGATE}}) {
            cases.add(new Case("statement: " + bad[0] + " in text", "accredited", "POST", target, "application/json",
                    with(body, "text", bad[1]).getBytes(StandardCharsets.UTF_8), false, Map.of()));
        }
        cases.add(new Case("statement: 2,001 words", "accredited", "POST", target, "application/json",
                with(body, "text", "word ".repeat(2001)).getBytes(StandardCharsets.UTF_8), false, Map.of()));
        cases.add(new Case("statement: more characters than the limit", "accredited", "POST", target, "application/json",
                with(body, "text", "x".repeat(30_001)).getBytes(StandardCharsets.UTF_8), false, Map.of()));
        cases.add(new Case("statement: empty JSON body", "accredited", "POST", target, "application/json", new byte[0],
                false, Map.of()));
        cases.add(new Case("statement: not a PDF", "accredited", "POST", pdfTarget, "application/pdf",
                "Hello".getBytes(StandardCharsets.UTF_8), false, Map.of()));
        cases.add(new Case("statement: garbage after %PDF-", "accredited", "POST", pdfTarget, "application/pdf",
                "%PDF-1.7\n\u0000garbage".getBytes(StandardCharsets.ISO_8859_1), false, Map.of()));
        cases.add(new Case("statement: empty PDF", "accredited", "POST", pdfTarget, "application/pdf", new byte[0], false,
                Map.of()));
        cases.add(new Case("statement: PDF over its limit", "accredited", "POST", pdfTarget, "application/pdf",
                ("%PDF-1.7\n" + "x".repeat(2_200_000)).getBytes(StandardCharsets.ISO_8859_1), false, Map.of()));
        cases.add(new Case("statement: PDF without language", "accredited", "POST", target + "?title=T", "application/pdf",
                "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1), false, Map.of()));
        cases.add(new Case("statement: PDF with an unknown language", "accredited", "POST", target + "?language=xx&title=T",
                "application/pdf", "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1), false, Map.of()));
        cases.add(new Case("statement: NUL in the title parameter", "accredited", "POST", target + "?language=en&title=a%00b",
                "application/pdf", "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1), false, Map.of()));
        cases.add(new Case("statement: line break in the title parameter", "accredited", "POST",
                target + "?language=en&title=a%0D%0ABcc:x", "application/pdf", "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1),
                false, Map.of()));
        cases.add(new Case("statement: no secret", null, "POST", target, "application/json",
                write(body).getBytes(StandardCharsets.UTF_8), false, Map.of()));
        cases.add(new Case("statement: secret of an application not approved", "applicant", "POST", target,
                "application/json", write(body).getBytes(StandardCharsets.UTF_8), false, Map.of()));
        cases.add(new Case("statement: bad session id", "accredited", "POST", "/api/v1/sessions/xyz/statements",
                "application/json", write(body).getBytes(StandardCharsets.UTF_8), false, Map.of()));
        cases.add(get("statements: bad status", "reviewer", target + "?status=BOGUS"));
        cases.add(get("statements: forged cursor", "reviewer", target + "?cursor=AAAA"));
        cases.add(get("public statements: limit too large", null, "/api/v1/public/sessions/{session}/statements?limit=100000"));
        cases.add(get("public statement: bad UUID", null, "/api/v1/public/statements/not-a-uuid"));
        cases.add(get("public statement: not published", null, "/api/v1/public/statements/{statement}"));
        cases.add(get("public statement document: not published", null, "/api/v1/public/statements/{statement}/document"));
        return cases;
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
        cases.add(get("queue: unknown country", "reviewer", "/api/v1/applications?country=XX"));
        cases.add(get("queue: lower-case long country", "reviewer", "/api/v1/applications?country=france"));
        cases.add(get("queue: unknown sort", "reviewer", "/api/v1/applications?sort=BOGUS"));
        cases.add(get("queue: assignee too long", "reviewer", "/api/v1/applications?assignee=" + "x".repeat(201)));
        cases.add(get("queue: NUL in assignee", "reviewer", "/api/v1/applications?assignee=a%00b"));
        cases.add(get("queue: cursor of another order", "reviewer", "/api/v1/applications?sort=NAME&cursor=AQAMYXBwbGljYXRpb25z"));
        cases.add(get("application: bad UUID", "reviewer", "/api/v1/applications/not-a-uuid"));
        cases.add(get("public list: bad path", null, "/api/v1/public/accredited-organizations?path=PARA_10"));
        cases.add(get("public list: limit not a number", null, "/api/v1/public/accredited-organizations?limit=x"));
        cases.add(get("public list: bad format", null, "/api/v1/public/accredited-organizations?format=xml"));
        cases.add(get("public csv: bad path", null, "/api/v1/public/accredited-organizations?format=csv&path=PARA_10"));
        cases.add(get("public csv: bad call id", null, "/api/v1/public/accredited-organizations?format=csv&callId=1%27%20or%201=1"));
        cases.add(new Case("public csv (Accept): NUL as call id", null, "GET", "/api/v1/public/accredited-organizations?callId=%00",
                null, null, false, Map.of("Accept", "text/csv")));
        cases.add(get("calls: bad UUID", null, "/api/v1/calls/xyz"));
        cases.add(get("sessions: bad UUID", null, "/api/v1/sessions/xyz"));
        cases.add(get("sessions: bad kind", null, "/api/v1/sessions?kind=PLENARY"));
        cases.add(get("sessions: bad venue", null, "/api/v1/sessions?venue=PARIS%00"));
        cases.add(get("sessions: year not a number", null, "/api/v1/sessions?year=twenty"));
        cases.add(get("sessions: year out of range", null, "/api/v1/sessions?year=99999"));
        cases.add(get("sessions: forged cursor", null, "/api/v1/sessions?cursor=AAAA"));
        cases.add(get("sessions: limit too large", null, "/api/v1/sessions?limit=100000"));
        cases.add(new Case("agenda item: bad UUID", "admin", "DELETE", "/api/v1/sessions/{calendarSession}/agenda-items/nope", null,
                null, false, Map.of()));
        cases.add(get("holidays: year not a number", "admin", "/api/v1/admin/holidays?year=two"));
        // failed emails (issue 12)
        cases.add(get("emails: bad status", "admin", "/api/v1/admin/emails?status=LOST"));
        cases.add(get("emails: forged cursor", "admin", "/api/v1/admin/emails?status=FAILED&cursor=AAAA"));
        cases.add(get("emails: limit too large", "admin", "/api/v1/admin/emails?limit=100000000000"));
        cases.add(get("emails: limit not a number", "admin", "/api/v1/admin/emails?limit=ten"));
        cases.add(get("email: bad UUID", "admin", "/api/v1/admin/emails/not-a-uuid"));
        cases.add(get("email: NUL as id", "admin", "/api/v1/admin/emails/%00"));
        cases.add(get("email: unknown", "admin", "/api/v1/admin/emails/" + UUID.randomUUID()));
        cases.add(get("emails: wrong role", "reviewer", "/api/v1/admin/emails"));
        cases.add(new Case("email resend: bad UUID", "admin", "POST", "/api/v1/admin/emails/1%27%20or%201=1/resend", null,
                null, false, Map.of()));
        cases.add(new Case("email resend: unknown", "admin", "POST", "/api/v1/admin/emails/" + UUID.randomUUID() + "/resend",
                null, null, false, Map.of()));
        cases.add(get("ecosoc: NUL in q", "reviewer", "/api/v1/ecosoc/entries?q=%00"));
        cases.add(get("ecosoc: bad status", "reviewer", "/api/v1/ecosoc/entries?status=GONE"));
        cases.add(get("member state: limit not a number", "ms-fr", "/api/v1/member-state/lists?limit=-x"));
        cases.add(get("member state: forged cursor", "ms-fr", "/api/v1/member-state/lists?cursor=AAAA"));
        cases.add(get("member state: bad list id", "ms-fr", "/api/v1/member-state/lists/1234"));
        cases.add(get("lists: bad status", "approver", "/api/v1/non-objection-lists?status=OPEN%00"));
        cases.add(get("list entries: forged cursor", "reviewer", "/api/v1/non-objection-lists/{circulated}/entries?cursor=AAAA"));
        cases.add(get("list entries: cursor of another list", "approver",
                "/api/v1/non-objection-lists/{circulated}/entries?cursor=AQAMYXBwbGljYXRpb25z"));
        cases.add(get("list entries: limit zero", "approver", "/api/v1/non-objection-lists/{draft}/entries?limit=0"));
        cases.add(get("list entries: limit too large", "admin", "/api/v1/non-objection-lists/{draft}/entries?limit=100000"));
        cases.add(get("list entries: limit not a number", "admin", "/api/v1/non-objection-lists/{draft}/entries?limit=x"));
        cases.add(get("list entries: unknown list", "reviewer", "/api/v1/non-objection-lists/" + UUID.randomUUID() + "/entries"));
        cases.add(get("list entries: bad list id", "reviewer", "/api/v1/non-objection-lists/1%27%20or%201=1/entries"));
        cases.add(get("member state organizations: forged cursor", "ms-fr",
                "/api/v1/member-state/lists/{circulated}/organizations?cursor=AAAA"));
        cases.add(get("member state organizations: limit too large", "ms-fr",
                "/api/v1/member-state/lists/{circulated}/organizations?limit=100000"));
        cases.add(get("member state organizations: limit negative", "ms-fr",
                "/api/v1/member-state/lists/{circulated}/organizations?limit=-1"));
        cases.add(get("member state organizations: draft list", "ms-fr", "/api/v1/member-state/lists/{draft}/organizations"));
        cases.add(get("member state organizations: unknown list", "ms-fr",
                "/api/v1/member-state/lists/" + UUID.randomUUID() + "/organizations"));
        cases.add(get("figures: bad session id", null, "/api/v1/public/sessions/not-a-uuid/figures"));
        cases.add(get("figures: unknown session", null, "/api/v1/public/sessions/" + UUID.randomUUID() + "/figures"));
        cases.add(get("figures: NUL in session id", null, "/api/v1/public/sessions/%00/figures"));
        cases.add(new Case("figures: not acceptable", null, "GET", "/api/v1/public/sessions/" + UUID.randomUUID() + "/figures",
                null, null, false, Map.of("Accept", "text/csv")));
        cases.add(get("export csv: bad session id", "reviewer", "/api/v1/sessions/1%27%20or%201=1/registrations/export.csv"));
        cases.add(get("export csv: unknown session", "approver", "/api/v1/sessions/" + UUID.randomUUID() + "/registrations/export.csv"));
        cases.add(get("export csv: no credentials", null, "/api/v1/sessions/" + UUID.randomUUID() + "/registrations/export.csv"));
        cases.add(get("export xlsx: wrong role", "ms-fr", "/api/v1/sessions/" + UUID.randomUUID() + "/registrations/export.xlsx"));
        cases.add(get("export xlsx: unknown session", "admin", "/api/v1/sessions/" + UUID.randomUUID() + "/registrations/export.xlsx"));
        cases.add(new Case("export xlsx: not acceptable", "admin", "GET", "/api/v1/sessions/" + UUID.randomUUID()
                + "/registrations/export.xlsx", null, null, false, Map.of("Accept", "application/json")));
        cases.add(get("registrations: bad status", "reviewer", "/api/v1/sessions/{session}/registrations?status=GONE"));
        cases.add(get("registrations: bad mode", "reviewer", "/api/v1/sessions/{session}/registrations?mode=1"));
        cases.add(get("registrations: late not a boolean", "reviewer", "/api/v1/sessions/{session}/registrations?late=yes"));
        cases.add(get("registrations: forged cursor", "reviewer", "/api/v1/sessions/{session}/registrations?cursor=AAAA"));
        cases.add(get("registrations: bad session id", "reviewer", "/api/v1/sessions/1/registrations"));
        cases.add(get("representatives: limit too large", "accredited", "/api/v1/sessions/{session}/representatives?limit=1000"));
        cases.add(get("representatives: no secret", null, "/api/v1/sessions/{session}/representatives"));
        cases.add(get("representatives: not accredited", "applicant", "/api/v1/sessions/{session}/representatives"));
        cases.add(get("letter: bad id", "reviewer", "/api/v1/sessions/{session}/letters/x"));
        cases.add(get("attachments: bad application id", "reviewer", "/api/v1/applications/not-a-uuid/attachments"));
        cases.add(get("attachment: NUL as id", "reviewer", "/api/v1/applications/{inReview}/attachments/%00"));
        cases.add(get("attachment: unknown", "approver", "/api/v1/applications/{inReview}/attachments/" + UUID.randomUUID()));
        cases.add(get("attachments: tracking secret is no staff credential", "applicant", "/api/v1/applications/{inReview}/attachments"));
        cases.add(get("own statements: bad session id", "accredited", "/api/v1/organization/statements?sessionId=x"));
        cases.add(new Case("own statement withdrawal: bad id", "accredited", "POST",
                "/api/v1/organization/statements/not-a-uuid/withdrawal", null, null, false, Map.of()));
        cases.add(new Case("representative withdrawal: unknown", "accredited", "POST",
                "/api/v1/sessions/{session}/representatives/" + UUID.randomUUID() + "/withdrawal", null, null, false, Map.of()));
        cases.add(new Case("letter: JSON instead of PDF", "accredited", "POST", "/api/v1/sessions/{session}/letters",
                "application/json", "{}".getBytes(StandardCharsets.UTF_8), false, Map.of()));
        cases.add(new Case("letter: no Content-Type", "accredited", "POST", "/api/v1/sessions/{session}/letters",
                null, "%PDF-1.4".getBytes(StandardCharsets.UTF_8), false, Map.of()));
        cases.add(new Case("letter: text claiming to be a PDF", "accredited", "POST", "/api/v1/sessions/{session}/letters",
                "application/pdf", "%PDF-1.4\n\u0000garbage".getBytes(StandardCharsets.UTF_8), false, Map.of()));
        cases.add(new Case("letter: not a PDF, chunked", "accredited", "POST", "/api/v1/sessions/{session}/letters",
                "application/pdf", "MZ\u0090\u0000 an executable".getBytes(StandardCharsets.ISO_8859_1), true, Map.of()));
        cases.add(new Case("letter: over the server's body limit", "accredited", "POST", "/api/v1/sessions/{session}/letters",
                "application/pdf", ("%PDF-1.4\n" + "x".repeat(5_000_000)).getBytes(StandardCharsets.ISO_8859_1), false, Map.of()));
        cases.add(new Case("letter: over the letter limit", "accredited", "POST", "/api/v1/sessions/{session}/letters",
                "application/pdf", ("%PDF-1.4\n" + "x".repeat(3_000_000)).getBytes(StandardCharsets.ISO_8859_1), false, Map.of()));
        cases.add(new Case("letter: line break in secret", null, "POST", "/api/v1/sessions/{session}/letters",
                "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8), false, Map.of("X-Tracking-Secret", "{accredited}\u0085")));
        // (a raw C0 control byte in a header is refused by the HTTP server's parser itself, with an empty 400)
        cases.add(new Case("tracking: tab in secret", null, "GET", "/api/v1/tracking", null, null, false,
                Map.of("X-Tracking-Secret", "{secret}\tx")));
        cases.add(new Case("tracking: C1 control in secret", null, "GET", "/api/v1/tracking", null, null, false,
                Map.of("X-Tracking-Secret", "{secret}\u0085")));
        cases.add(new Case("tracking: C1 control in secret, answering", null, "POST", "/api/v1/tracking/information-response",
                "application/json", "{\"answer\":\"fine\"}".getBytes(StandardCharsets.UTF_8), false,
                Map.of("X-Tracking-Secret", "{secret}\u0085")));
        cases.add(new Case("tracking: no secret", null, "GET", "/api/v1/tracking", null, null, false, Map.of()));
        // speakers: the secretariat's order (a list of request ids), the organization's secret, path ids
        for (String[] order : new String[][] {{"not an array", "{\"requestIds\":\"x\"}"},
                {"bad UUID in the list", "{\"requestIds\":[\"nope\"]}"}, {"null in the list", "{\"requestIds\":[null]}"},
                {"number for a UUID", "{\"requestIds\":[5]}"}, {"no list", "{}"},
                {"unknown field", "{\"requestIds\":[],\"status\":\"PUBLISHED\"}"},
                {"object in the list", "{\"requestIds\":[{\"id\":1}]}"}}) {
            cases.add(new Case("speakers order: " + order[0], "reviewer", "PUT", SPEAKERS_ITEM + "/speakers-list",
                    "application/json", order[1].getBytes(StandardCharsets.UTF_8), false, Map.of()));
        }
        cases.add(new Case("speakers order: over the body limit", "reviewer", "PUT", SPEAKERS_ITEM + "/speakers-list",
                "application/json", ("{\"requestIds\":[" + ("\"" + UUID.randomUUID() + "\",").repeat(2000)
                        + "\"" + UUID.randomUUID() + "\"]}").getBytes(StandardCharsets.UTF_8), false, Map.of()));
        cases.add(new Case("speaker request: C1 control in secret", null, "GET", SPEAKERS_ITEM + "/speaker-requests/"
                + UUID.randomUUID(), null, null, false, Map.of("X-Tracking-Secret", "{secret}\u0085")));
        cases.add(new Case("speaker request: no secret", null, "POST", SPEAKERS_ITEM + "/speaker-requests/"
                + UUID.randomUUID() + "/withdrawal", null, null, false, Map.of()));
        cases.add(get("speaker requests: bad session id", "applicant", "/api/v1/sessions/1234/speaker-requests"));
        cases.add(get("speakers list: bad item id", "reviewer", "/api/v1/sessions/6aa85afb-6d85-e515-0dba-6e3f293df48d"
                + "/agenda-items/%00/speakers-list"));
        cases.add(get("public speakers: bad session id", null, "/api/v1/public/sessions/x/agenda-items/y/speakers"));
        cases.add(get("public speakers: not published (unknown item)", null, "/api/v1/public" + SPEAKERS_ITEM + "/speakers"));
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
        cases.addAll(statementCases());
        cases.addAll(formCases());
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithAProblemAndNothingStored(Case c) throws Exception {
        Fixture f = fixture(dataSource);
        Map<String, String> headers = new LinkedHashMap<>();
        registration();
        if (c.user() != null && !c.user().equals("applicant") && !c.user().equals("accredited")) {
            headers.put("Authorization", RawHttp.basic(c.user()));
        }
        if ("applicant".equals(c.user())) {
            headers.put("X-Tracking-Secret", f.secret());
        }
        if ("accredited".equals(c.user())) {
            headers.put("X-Tracking-Secret", registration().secret());
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

    private static synchronized Fixture fixture(AgroalDataSource dataSource) throws SQLException {
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
            String calendarSession = Api.as("admin").body(session(true)).post("/api/v1/sessions").then().statusCode(201).extract()
                    .path("session.id");
            String agendaItem = Api.as("admin").body(map("number", 1, "title", "Opening"))
                    .post("/api/v1/sessions/" + calendarSession + "/agenda-items").then().statusCode(201).extract().path("id");
            Api.Submitted approved = Api.submit("INTERGOVERNMENTAL_ORGANIZATION", null, "en");
            Api.as("reviewer").post("/api/v1/applications/" + approved.id() + "/review").then().statusCode(200);
            Api.as("reviewer").body("{}").post("/api/v1/applications/" + approved.id() + "/recommendation").then().statusCode(200);
            Api.as("approver").body("{}").post("/api/v1/applications/" + approved.id() + "/approval").then().statusCode(200);
            String accredited = approvedSecret();
            String session = openSession(dataSource);
            String statement = Api.applicant(accredited).body(map("language", "en", "title", "Kept", "text", "Kept."))
                    .post("/api/v1/sessions/" + session + "/statements").then().statusCode(201).extract().path("id");
            fixture = new Fixture(call, igo.id(), asked.secret(), draft, circulated, listApp, accredited, session, statement,
                    calendarSession, agendaItem, approved.id());
        }
        return fixture;
    }

    /** The tracking secret of a para 7 application walked to APPROVED. */
    private static String approvedSecret() {
        var receipt = Api.submit(Api.body(Api.unique("Accredited IGO"), "INTERGOVERNMENTAL_ORGANIZATION", "AT", null,
                Api.uniqueEmail(), "en"));
        String id = receipt.path("id");
        Api.as("reviewer").post("/api/v1/applications/" + id + "/review").then().statusCode(200);
        Api.as("reviewer").body("{}").post("/api/v1/applications/" + id + "/recommendation").then().statusCode(200);
        Api.as("approver").post("/api/v1/applications/" + id + "/approval").then().statusCode(200);
        return receipt.path("trackingSecret");
    }

    /** A session open to written statements: it closes in thirty days. */
    private static String openSession(AgroalDataSource dataSource) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); java.sql.PreparedStatement s = c.prepareStatement("insert into "
                + "session (id, code, title, kind, venue, time_zone, opens_at, closes_at, registration_opens_at, "
                + "registration_closes_at, created_at, updated_at) values (?, ?, 'Hostile input session', 'SUBSTANTIVE', "
                + "'VIENNA', 'Europe/Vienna', now() + interval '20 days', now() + interval '30 days', "
                + "now() - interval '1 day', now() + interval '10 days', now(), now())")) {
            s.setObject(1, id);
            s.setString(2, "HI-" + id.toString().substring(0, 8));
            s.executeUpdate();
        }
        return id.toString();
    }

    private Registration registration() {
        synchronized (HostileInputTest.class) {
            if (registration == null) {
                Accredited.Organization acc = Accredited.para7("en");
                String session = SessionRows.insert(dataSource,
                        SessionRows.Spec.openNewYork(java.time.Instant.now(), 5, 5));
                String letter = io.restassured.RestAssured.given().header("X-Tracking-Secret", acc.secret())
                        .contentType("application/pdf").body(Pdfs.blank(1))
                        .post("/api/v1/sessions/" + session + "/letters").then().statusCode(201).extract().path("id");
                Map<String, Object> person = representative();
                person.put("letterId", letter);
                person.put("email", Api.uniqueEmail());
                String representative = Api.applicant(acc.secret()).body(person)
                        .post("/api/v1/sessions/" + session + "/representatives").then().statusCode(201).extract().path("id");
                registration = new Registration(acc.secret(), session, letter, representative);
            }
            return registration;
        }
    }

    private static Map<String, Object> representative() {
        return map("letterId", "{letter}", "name", "Rep", "title", "Director", "employer", "Institute",
                "email", "hostile-rep@example.org", "mode", "ONLINE", "gender", "FEMALE", "nationality", "KE");
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
        if (registration != null) {
            s = s.replace("{accredited}", registration.secret()).replace("{session}", registration.session())
                    .replace("{letter}", registration.letter()).replace("{representative}", registration.representative());
        }
        return s.replace("{call}", f.call()).replace("{inReview}", f.inReview()).replace("{secret}", f.secret())
                .replace("{draft}", f.draft()).replace("{circulated}", f.circulated()).replace("{listApp}", f.listApp())
                .replace("{accredited}", f.accredited()).replace("{session}", f.session()).replace("{statement}", f.statement())
                .replace("{calendarSession}", f.calendarSession()).replace("{agendaItem}", f.agendaItem())
                .replace("{approved}", f.approved());
    }

    private static byte[] resolve(byte[] body, Fixture f) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        return resolve(text, f).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A valid urlencoded application (para 7): each case breaks one thing of it. */
    static final String FORM = "organization.name=Hostile+Form+Org&organization.type=UN_ENTITY&organization.country=FR"
            + "&contact.name=Dana+Contact&contact.email=dana%40example.org&language=en";
    static final String BOUNDARY = "accredit-hostile-boundary";

    /** Form posts (urlencoded and multipart) on the application, representative and statement endpoints. */
    static List<Case> formCases() {
        List<Case> cases = new ArrayList<>();
        String app = "/api/v1/applications";
        String[][] urlencoded = {
                {"malformed escape", FORM + "&organization.acronym=%ZZ"},
                {"truncated escape", FORM + "&organization.acronym=%4"},
                {"invalid UTF-8", FORM.replace("Hostile+Form+Org", "Caf%C3%28+Org")},
                {"NUL in a field", FORM.replace("Hostile+Form+Org", "A%00B+Org")},
                {"header injection in a single-line field", FORM.replace("Dana+Contact", "Dana%0D%0ABcc:+x@example.org")},
                {"field twice", FORM + "&language=fr"},
                {"unknown field", FORM + "&status=APPROVED"},
                {"unknown nested field", FORM + "&organization.status=ACTIVE"},
                {"name nested too deep", FORM + "&organization.a.b.c.d=1"},
                {"a field and a group", FORM + "&contact=x"},
                {"name with brackets", FORM + "&organization[name]=x"},
                {"many fields", FORM + java.util.stream.IntStream.range(0, 100).mapToObj(i -> "&f" + i + "=1")
                        .collect(java.util.stream.Collectors.joining())},
                {"unknown enum", FORM.replace("UN_ENTITY", "CHARITY")},
                {"enum as a number", FORM.replace("UN_ENTITY", "5")},
                {"empty body", ""},
                {"only separators", "&&&=&"},
                {"required field empty", FORM.replace("Hostile+Form+Org", "")}};
        for (String[] c : urlencoded) {
            cases.add(new Case("form: " + c[0], null, "POST", app, "application/x-www-form-urlencoded",
                    c[1].getBytes(StandardCharsets.ISO_8859_1), false, Map.of()));
        }
        String big = FORM + "&organization.expertise=" + "x".repeat(70_000);
        cases.add(new Case("form: over 64 KB", null, "POST", app, "application/x-www-form-urlencoded",
                big.getBytes(StandardCharsets.ISO_8859_1), false, Map.of()));
        cases.add(new Case("form: over 64 KB, chunked", null, "POST", app, "application/x-www-form-urlencoded",
                big.getBytes(StandardCharsets.ISO_8859_1), true, Map.of()));
        cases.add(new Case("form: browser post with a bad field", null, "POST", app, "application/x-www-form-urlencoded",
                (FORM + "&language=de").getBytes(StandardCharsets.ISO_8859_1), false,
                Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")));

        List<String[]> fields = new ArrayList<>();
        for (String pair : FORM.split("&")) {
            String[] kv = pair.split("=", 2);
            fields.add(new String[] {kv[0], java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8)});
        }
        String multipart = "multipart/form-data; boundary=" + BOUNDARY;
        cases.add(new Case("multipart: no boundary", null, "POST", app, "multipart/form-data",
                multipart(fields, List.of()), false, Map.of()));
        cases.add(new Case("multipart: not multipart", null, "POST", app, multipart,
                "organization.name=x".getBytes(StandardCharsets.UTF_8), false, Map.of()));
        cases.add(new Case("multipart: unterminated", null, "POST", app, multipart,
                Arrays.copyOf(multipart(fields, List.of()), 200), false, Map.of()));
        cases.add(new Case("multipart: a file where text belongs", null, "POST", app, multipart,
                multipart(without(fields, "contact.name"), List.<Object[]>of(new Object[] {"contact.name", "name.txt", "Dana".getBytes()})),
                false, Map.of()));
        cases.add(new Case("multipart: text field over 64 KB", null, "POST", app, multipart,
                multipart(with(fields, "organization.expertise", "x".repeat(70_000)), List.of()), false, Map.of()));
        cases.add(new Case("multipart: invalid UTF-8 in a field", null, "POST", app, multipart,
                concat(new String(multipart(without(fields, "organization.name"), List.of()), StandardCharsets.ISO_8859_1)
                        .replace("--" + BOUNDARY + "--", "--" + BOUNDARY + "\r\nContent-Disposition: form-data; "
                                + "name=\"organization.name\"\r\n\r\nCaf"), new byte[] {(byte) 0xC3, (byte) 0x28},
                        " Org\r\n--" + BOUNDARY + "--\r\n"), false, Map.of()));
        cases.add(new Case("multipart: statutes for a para 7 applicant", null, "POST", app, multipart,
                multipart(fields, List.<Object[]>of(new Object[] {"statutes", "s.pdf", Pdfs.blank(1)})), false, Map.of()));
        List<String[]> para9 = with(fields, "organization.type", "NGO");
        cases.add(new Case("multipart: statutes not a PDF", null, "POST", app, multipart,
                multipart(para9, List.<Object[]>of(new Object[] {"statutes", "s.pdf", "MZ\u0090 an executable".getBytes(StandardCharsets.ISO_8859_1)})),
                false, Map.of()));
        cases.add(new Case("multipart: encrypted certificate", null, "POST", app, multipart,
                multipart(para9, List.<Object[]>of(new Object[] {"registrationCertificate", "c.pdf", Pdfs.encrypted()})), false, Map.of()));
        cases.add(new Case("multipart: statutes twice", null, "POST", app, multipart,
                multipart(para9, List.<Object[]>of(new Object[] {"statutes", "a.pdf", Pdfs.blank(1)},
                        new Object[] {"statutes", "b.pdf", Pdfs.blank(1)})), false, Map.of()));
        cases.add(new Case("multipart: statutes over the part limit", null, "POST", app, multipart,
                multipart(para9, List.<Object[]>of(new Object[] {"statutes", "s.pdf", Arrays.copyOf(Pdfs.blank(1), 2_200_000)})),
                false, Map.of()));
        cases.add(new Case("multipart: body over the multipart limit", null, "POST", app, multipart,
                multipart(para9, List.<Object[]>of(new Object[] {"statutes", "s.pdf", Arrays.copyOf(Pdfs.blank(1), 1_900_000)},
                        new Object[] {"registrationCertificate", "c.pdf", Arrays.copyOf(Pdfs.blank(1), 1_900_000)})),
                false, Map.of()));

        String representatives = "/api/v1/sessions/{session}/representatives";
        List<String[]> person = List.of(new String[] {"name", "Amina Diallo"}, new String[] {"title", "Researcher"},
                new String[] {"employer", "Institute"}, new String[] {"email", "amina@example.org"},
                new String[] {"mode", "ONLINE"});
        cases.add(new Case("representative form: bad letterId", "accredited", "POST", representatives,
                "application/x-www-form-urlencoded", "letterId=nope&name=A&title=B&employer=C&email=a%40example.org&mode=ONLINE"
                        .getBytes(StandardCharsets.UTF_8), false, Map.of()));
        cases.add(new Case("representative form: no secret", null, "POST", representatives,
                "application/x-www-form-urlencoded", "letterId={letter}&name=A&title=B&employer=C&email=a%40example.org&mode=ONLINE"
                        .getBytes(StandardCharsets.UTF_8), false, Map.of()));
        cases.add(new Case("representative multipart: letter not a PDF", "accredited", "POST", representatives, multipart,
                multipart(person, List.<Object[]>of(new Object[] {"letter", "l.pdf", "%PDF-1.4\n\u0000garbage".getBytes(StandardCharsets.ISO_8859_1)})),
                false, Map.of()));
        cases.add(new Case("representative multipart: letter and letterId", "accredited", "POST", representatives, multipart,
                multipart(with(person, "letterId", "{letter}"), List.<Object[]>of(new Object[] {"letter", "l.pdf", Pdfs.blank(1)})),
                false, Map.of()));
        cases.add(new Case("representative multipart: letter with a bad field", "accredited", "POST", representatives, multipart,
                multipart(with(person, "mode", "TELEPATHY"), List.<Object[]>of(new Object[] {"letter", "l.pdf", Pdfs.blank(1)})),
                false, Map.of()));
        String statements = "/api/v1/sessions/{session}/statements";
        cases.add(new Case("statement form: unknown language", "accredited", "POST", statements,
                "application/x-www-form-urlencoded", "language=de&title=T&text=Words".getBytes(StandardCharsets.UTF_8),
                false, Map.of()));
        cases.add(new Case("statement multipart: document not a PDF", "accredited", "POST", statements, multipart,
                multipart(List.of(new String[] {"language", "en"}, new String[] {"title", "T"}),
                        List.<Object[]>of(new Object[] {"document", "d.pdf", "<html>no</html>".getBytes(StandardCharsets.UTF_8)})),
                false, Map.of()));
        cases.add(new Case("statement multipart: document and text", "accredited", "POST", statements, multipart,
                multipart(List.of(new String[] {"language", "en"}, new String[] {"title", "T"}, new String[] {"text", "Words"}),
                        List.<Object[]>of(new Object[] {"document", "d.pdf", Pdfs.blank(1)})), false, Map.of()));
        return cases;
    }

    private static List<String[]> with(List<String[]> fields, String name, String value) {
        List<String[]> changed = new ArrayList<>(without(fields, name));
        changed.add(new String[] {name, value});
        return changed;
    }

    private static List<String[]> without(List<String[]> fields, String name) {
        return fields.stream().filter(f -> !f[0].equals(name)).toList();
    }

    /** A multipart/form-data body: text fields, then files ({name, filename, bytes}) as application/pdf. */
    private static byte[] multipart(List<String[]> fields, List<Object[]> files) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (String[] f : fields) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"\r\n\r\n" + f[1]
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Object[] file : files) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + file[0] + "\"; filename=\""
                    + file[1] + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes((byte[]) file[2]);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
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
