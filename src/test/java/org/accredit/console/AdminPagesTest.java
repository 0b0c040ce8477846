package org.accredit.console;

import static org.accredit.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.accredit.notification.OutboxEmail;
import org.accredit.support.ConsoleSession;
import org.junit.jupiter.api.Test;

/**
 * The administration pages of the console as an admin uses them: each page shows what the service has,
 * each form post does what the API's endpoint does (checked through the API), field errors come back
 * next to their fields (400), a refusal of the service keeps its status (409), unknown ids answer 404,
 * other roles 403, and a post without the CSRF token is refused.
 */
@QuarkusTest
class AdminPagesTest {

    static final String CSV = "name,category,year,country,status\n";

    @Test
    void theAdminHomeLinksEveryAdminPageAndOnlyAnAdminMayOpenIt() {
        ConsoleSession admin = ConsoleSession.signIn("admin");
        Response home = admin.get("/console/admin");
        assertEquals(200, home.statusCode());
        for (String link : new String[] {"/console/admin/calls", "/console/admin/roster", "/console/admin/holidays",
                "/console/admin/focal-points", "/console/admin/sessions", "/console/admin/emails?status=FAILED"}) {
            assertTrue(home.asString().contains("href=\"" + link + "\""), link);
            assertEquals(200, admin.get(link).statusCode(), link);
        }
        assertTrue(home.asString().contains("<ul class=\"cards\">"));
        ConsoleSession reviewer = ConsoleSession.signIn("reviewer");
        for (String page : new String[] {"/console/admin", "/console/admin/calls", "/console/admin/emails"}) {
            assertEquals(403, reviewer.get(page).statusCode(), page);
        }
        assertEquals(403, reviewer.post("/console/admin/holidays", "date", "2031-01-02", "name", "No").statusCode());
        assertEquals(403, ConsoleSession.signIn("ms-fr").get("/console/admin/sessions").statusCode());
    }

    @Test
    void anAdminOpensACallAndChangesItAndBadFieldsComeBackNextToTheirFields() {
        ConsoleSession admin = ConsoleSession.signIn("admin");
        admin.refreshToken("/console/admin/calls");
        int year = ThreadLocalRandom.current().nextInt(2300, 2900);
        String title = "Console call " + UUID.randomUUID().toString().substring(0, 8);
        Response created = admin.post("/console/admin/calls", "title", title, "opensAt", year + "-01-05T09:00",
                "closesAt", year + "-02-05T18:00");
        assertEquals(303, created.statusCode(), created.asString());
        String id = last(created.getHeader("Location"));
        // the times were entered in New York time (winter: -05:00)
        as("admin").get("/api/v1/calls/" + id).then().statusCode(200).body("title", equalTo(title))
                .body("opensAt", equalTo(year + "-01-05T14:00:00Z"));
        admin.get("/console/admin/calls").then().statusCode(200).body(containsString(title));
        admin.get("/console/admin/calls/" + id).then().statusCode(200)
                .body(containsString("value=\"" + year + "-01-05T09:00\""));

        admin.refreshToken("/console/admin/calls/" + id);
        assertEquals(303, admin.post("/console/admin/calls/" + id, "title", title + " (changed)",
                "opensAt", year + "-01-05T09:00", "closesAt", year + "-03-01T18:00").statusCode());
        as("admin").get("/api/v1/calls/" + id).then().body("title", equalTo(title + " (changed)"));

        // bad fields: 400, the values kept, an error summary linking each field, each error tied to its field
        Response bad = admin.post("/console/admin/calls", "title", "", "opensAt", "not a date", "closesAt", year + "-03-01T18:00");
        assertEquals(400, bad.statusCode());
        String html = bad.asString();
        assertTrue(html.contains("role=\"alert\""), html);
        assertTrue(html.contains("href=\"#f-opensAt\""), html);
        assertTrue(html.contains("id=\"f-opensAt-error\""), html);
        assertTrue(html.contains("aria-invalid=\"true\""), html);
        assertTrue(html.contains("value=\"not a date\""), "the value entered is kept");
        Response blank = admin.post("/console/admin/calls", "title", " ", "opensAt", (year + 1) + "-01-05T09:00",
                "closesAt", (year + 1) + "-02-05T18:00");
        assertEquals(400, blank.statusCode());
        assertTrue(blank.asString().contains("href=\"#f-title\""), blank.asString());

        // an overlapping call: the service's 409, the form kept
        Response overlap = admin.post("/console/admin/calls", "title", "Overlap", "opensAt", year + "-01-10T09:00",
                "closesAt", year + "-01-20T18:00");
        assertEquals(409, overlap.statusCode());
        assertTrue(overlap.asString().contains("value=\"Overlap\""));

        admin.get("/console/admin/calls/" + UUID.randomUUID()).then().statusCode(404);
        admin.get("/console/admin/calls/not-a-uuid").then().statusCode(404);
        assertEquals(403, admin.postWithoutToken("/console/admin/calls", "title", "x").statusCode());
    }

    /** The roster as a file larger than a form field may be: the dry run reads all of it, writes nothing and asks for the file again. */
    @Test
    void aRosterFileLargerThanAFormFieldIsReadAndTheImportAddsEveryEntry() {
        ConsoleSession admin = ConsoleSession.signIn("admin");
        admin.refreshToken("/console/admin/roster");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder(CSV);
        int rows = 1600;
        for (int i = 0; i < rows; i++) {
            csv.append("\"Console File NGO ").append(tag).append(' ').append(i).append("\",general,1999,BE,active\n");
        }
        byte[] bytes = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(bytes.length > 65536, "more than a form field holds: " + bytes.length);
        Response dry = admin.request().multiPart("csrf-token", admin.token()).multiPart("mode", "partial")
                .multiPart("dryRun", "true").multiPart("file", "icso.csv", bytes, "text/csv").post("/console/admin/roster/imports");
        assertEquals(200, dry.statusCode(), dry.asString());
        assertTrue(dry.asString().contains("id=\"added\">" + rows + "<"), dry.asString());
        assertTrue(dry.asString().contains("id=\"choose-again\""), "too large to carry in a hidden field");
        as("admin").queryParam("q", "Console File NGO " + tag).get("/api/v1/ecosoc/entries").then().statusCode(200)
                .body("items.size()", equalTo(0));
        // imported for real from a file (a short one: the shared test database keeps what is imported)
        byte[] small = (CSV + "\"Console File NGO " + tag + "\",general,1999,BE,active\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Response real = admin.request().multiPart("csrf-token", admin.token()).multiPart("mode", "partial")
                .multiPart("file", "icso.csv", small, "text/csv").post("/console/admin/roster/imports");
        assertEquals(303, real.statusCode(), real.asString());
        as("admin").get("/api/v1/ecosoc/imports/" + last(real.getHeader("Location"))).then().statusCode(200)
                .body("rowsAdded", equalTo(1));
        // the file part without the CSRF token is refused like any console post
        assertEquals(403, admin.request().multiPart("mode", "partial").multiPart("file", "icso.csv", bytes, "text/csv")
                .post("/console/admin/roster/imports").statusCode());
    }

    @Test
    void aRosterDryRunWritesNothingAndTheImportThenAddsTheEntry() {
        ConsoleSession admin = ConsoleSession.signIn("admin");
        admin.refreshToken("/console/admin/roster");
        String name = "Console Roster NGO " + UUID.randomUUID().toString().substring(0, 8);
        String csv = CSV + "\"" + name + "\",special,2001,NL,active\n";

        Response dry = upload(admin, csv, "partial", true);
        assertEquals(200, dry.statusCode(), dry.asString());
        assertTrue(dry.asString().contains(name), "the dry run lists the entry it would add");
        assertTrue(dry.asString().contains("id=\"added\">1<"), dry.asString());
        assertTrue(dry.asString().contains("id=\"run-import\""));
        as("admin").queryParam("q", name).get("/api/v1/ecosoc/entries").then().statusCode(200).body("items.size()", equalTo(0));

        Response real = upload(admin, csv, "partial", false);
        assertEquals(303, real.statusCode(), real.asString());
        String id = last(real.getHeader("Location"));
        as("admin").queryParam("q", name).get("/api/v1/ecosoc/entries").then().body("items.size()", equalTo(1));
        as("admin").get("/api/v1/ecosoc/imports/" + id).then().statusCode(200).body("rowsAdded", equalTo(1));
        admin.get("/console/admin/roster/imports/" + id).then().statusCode(200).body(containsString("id=\"added\">1<"));
        // a reviewer may read an import (as the API lets them), not import
        ConsoleSession reviewer = ConsoleSession.signIn("reviewer");
        reviewer.get("/console/admin/roster/imports/" + id).then().statusCode(200);
        admin.get("/console/admin/roster/imports/" + UUID.randomUUID()).then().statusCode(404);

        // a bad line: 400, the reasons listed
        Response bad = upload(admin, CSV + "\"Bad NGO\",special,2001,XX,active\n", "partial", true);
        assertEquals(400, bad.statusCode());
        assertTrue(bad.asString().contains("line 2"), bad.asString());
        // no file: 400 next to the file input
        Response none = admin.post("/console/admin/roster/imports", "mode", "partial");
        assertEquals(400, none.statusCode());
        assertTrue(none.asString().contains("id=\"f-csv-error\""), none.asString());
        Response badMode = upload(admin, csv, "sideways", true);
        assertEquals(400, badMode.statusCode());
        assertEquals(403, admin.postWithoutToken("/console/admin/roster/imports", "mode", "partial").statusCode());
    }

    @Test
    void anAdminAddsAndDeletesAHoliday() {
        ConsoleSession admin = ConsoleSession.signIn("admin");
        admin.refreshToken("/console/admin/holidays");
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 3000));
        String name = "Console holiday " + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(303, admin.post("/console/admin/holidays", "date", day.toString(), "name", name).statusCode());
        as("admin").queryParam("year", day.getYear()).get("/api/v1/admin/holidays").then().statusCode(200)
                .body("items.name", org.hamcrest.Matchers.hasItem(name));
        admin.get("/console/admin/holidays?saved=1").then().statusCode(200).body(containsString(name));
        // the same date again: the service's 409
        assertEquals(409, admin.post("/console/admin/holidays", "date", day.toString(), "name", "Again").statusCode());
        Response bad = admin.post("/console/admin/holidays", "date", "31/12/2031", "name", "");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.asString().contains("href=\"#f-date\"") && bad.asString().contains("href=\"#f-name\""), bad.asString());

        assertEquals(303, admin.post("/console/admin/holidays/" + day + "/delete").statusCode());
        as("admin").queryParam("year", day.getYear()).get("/api/v1/admin/holidays").then()
                .body("items.name", not(org.hamcrest.Matchers.hasItem(name)));
        assertEquals(404, admin.post("/console/admin/holidays/" + day + "/delete").statusCode());
        assertEquals(404, admin.post("/console/admin/holidays/not-a-date/delete").statusCode());
        assertEquals(403, admin.postWithoutToken("/console/admin/holidays/" + day + "/delete").statusCode());
    }

    @Test
    void anAdminRegistersAFocalPoint() {
        ConsoleSession admin = ConsoleSession.signIn("admin");
        admin.refreshToken("/console/admin/focal-points");
        String user = "fp-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(303, admin.post("/console/admin/focal-points", "username", user, "subject", "",
                "stateCode", "fr", "focalPointEmail", user + "@example.org", "language", "fr").statusCode());
        String list = as("admin").queryParam("limit", 100).get("/api/v1/admin/member-state-users").asString();
        assertTrue(list.contains("\"username\":\"" + user + "\"") && list.contains("\"stateCode\":\"FR\""), list);
        admin.get("/console/admin/focal-points").then().statusCode(200).body(containsString(user));
        // the same login name again: 409; a State that is not a UN Member State and a bad email: 400
        assertEquals(409, admin.post("/console/admin/focal-points", "username", user, "stateCode", "FR",
                "focalPointEmail", user + "@example.org", "language", "fr").statusCode());
        Response bad = admin.post("/console/admin/focal-points", "username", user + "x", "stateCode", "XX",
                "focalPointEmail", "not-an-email", "language", "fr");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.asString().contains("href=\"#f-focalPointEmail\""), bad.asString());
        assertEquals(400, admin.post("/console/admin/focal-points", "username", user + "y", "stateCode", "FR",
                "focalPointEmail", user + "@example.org", "language", "klingon").statusCode());
    }

    @Test
    void anAdminSchedulesASessionChangesItAndItsAgenda() {
        ConsoleSession admin = ConsoleSession.signIn("admin");
        admin.refreshToken("/console/admin/sessions");
        String code = "ADM-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Response created = admin.post("/console/admin/sessions", "code", code, "title", "Console session", "kind", "SUBSTANTIVE",
                "venue", "VIENNA", "timeZone", "Europe/Vienna", "opensAt", "2033-03-04T10:00", "closesAt", "2033-03-15T18:00",
                "registrationOpensAt", "2033-02-01T00:00", "registrationClosesAt", "2033-02-25T18:00", "para9ClosesAt", "",
                "inPersonSeats", "2", "onlineSeats", "");
        assertEquals(303, created.statusCode(), created.asString());
        String id = last(created.getHeader("Location"));
        // times entered in the session's zone (Vienna, winter: +01:00)
        as("admin").get("/api/v1/sessions/" + id).then().statusCode(200).body("session.code", equalTo(code))
                .body("session.opensAt.instant", equalTo("2033-03-04T09:00:00Z"));
        admin.get("/console/admin/sessions/" + id).then().statusCode(200).body(containsString("value=\"2033-03-04T10:00\""));

        admin.refreshToken("/console/admin/sessions/" + id);
        Response bad = admin.post("/console/admin/sessions/" + id, "title", "Console session", "kind", "SUBSTANTIVE",
                "venue", "VIENNA", "timeZone", "America/New_York", "opensAt", "2033-03-04T10:00", "closesAt", "2033-03-15T18:00",
                "registrationOpensAt", "2033-02-01T00:00", "registrationClosesAt", "2033-02-25T18:00", "inPersonSeats", "two");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.asString().contains("href=\"#f-inPersonSeats\""), bad.asString());
        Response badZone = admin.post("/console/admin/sessions/" + id, "title", "Console session", "kind", "SUBSTANTIVE",
                "venue", "VIENNA", "timeZone", "America/New_York", "opensAt", "2033-03-04T10:00", "closesAt", "2033-03-15T18:00",
                "registrationOpensAt", "2033-02-01T00:00", "registrationClosesAt", "2033-02-25T18:00");
        assertEquals(400, badZone.statusCode());
        assertTrue(badZone.asString().contains("href=\"#f-timeZone\""), badZone.asString());
        assertEquals(303, admin.post("/console/admin/sessions/" + id, "title", "Console session (moved)", "kind", "SUBSTANTIVE",
                "venue", "VIENNA", "timeZone", "Europe/Vienna", "opensAt", "2033-03-05T10:00", "closesAt", "2033-03-15T18:00",
                "registrationOpensAt", "2033-02-01T00:00", "registrationClosesAt", "2033-02-25T18:00", "inPersonSeats", "2")
                .statusCode());
        as("admin").get("/api/v1/sessions/" + id).then().body("session.title", equalTo("Console session (moved)"))
                .body("session.opensAt.instant", equalTo("2033-03-05T09:00:00Z"));

        assertEquals(303, admin.post("/console/admin/sessions/" + id + "/agenda-items", "itemNumber", "3",
                "itemTitle", "Cybercrime").statusCode());
        String itemId = as("admin").get("/api/v1/sessions/" + id).then().extract().path("agenda[0].id");
        Response dup = admin.post("/console/admin/sessions/" + id + "/agenda-items", "itemNumber", "3", "itemTitle", "Again");
        assertEquals(409, dup.statusCode());
        Response noTitle = admin.post("/console/admin/sessions/" + id + "/agenda-items", "itemNumber", "4", "itemTitle", "");
        assertEquals(400, noTitle.statusCode());
        assertTrue(noTitle.asString().contains("href=\"#f-itemTitle\""), noTitle.asString());
        admin.get("/console/admin/sessions/" + id + "/agenda-items/" + itemId).then().statusCode(200)
                .body(containsString("value=\"Cybercrime\""));
        assertEquals(303, admin.post("/console/admin/sessions/" + id + "/agenda-items/" + itemId, "number", "5",
                "title", "Cybercrime, renamed").statusCode());
        as("admin").get("/api/v1/sessions/" + id).then().body("agenda[0].number", equalTo(5))
                .body("agenda[0].title", equalTo("Cybercrime, renamed"));
        assertEquals(303, admin.post("/console/admin/sessions/" + id + "/agenda-items/" + itemId + "/delete").statusCode());
        as("admin").get("/api/v1/sessions/" + id).then().body("agenda.size()", equalTo(0));
        admin.get("/console/admin/sessions/" + id + "/agenda-items/" + itemId).then().statusCode(404);
        admin.get("/console/admin/sessions/" + UUID.randomUUID()).then().statusCode(404);
        assertEquals(403, admin.postWithoutToken("/console/admin/sessions/" + id + "/agenda-items", "itemNumber", "6").statusCode());
    }

    @Test
    void anAdminResendsAFailedEmailOnce() {
        ConsoleSession admin = ConsoleSession.signIn("admin");
        String recipient = "console-failed-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        UUID failed = failedEmail(recipient, Instant.now().plus(3650, ChronoUnit.DAYS), "550 5.1.1 no such user");

        Response list = admin.refreshToken("/console/admin/emails?status=FAILED");
        assertEquals(200, list.statusCode());
        String html = list.asString();
        assertTrue(html.contains("<tr data-id=\"" + failed + "\">"), html);
        assertTrue(html.contains("550 5.1.1 no such user") && html.contains(recipient));
        assertTrue(html.contains("class=\"resend\""));
        admin.get("/console/admin/emails/" + failed).then().statusCode(200).body(containsString(recipient))
                .body(containsString("id=\"email-status\">FAILED<"));

        Response resent = admin.post("/console/admin/emails/" + failed + "/resend");
        assertEquals(303, resent.statusCode());
        assertTrue(resent.getHeader("Location").contains("/console/admin/emails?status=FAILED&resent="), resent.getHeader("Location"));
        admin.get(URI.create(resent.getHeader("Location")).getRawPath() + "?" + URI.create(resent.getHeader("Location")).getRawQuery())
                .then().statusCode(200).body(containsString("class=\"notice\""));
        String resentAs = as("admin").get("/api/v1/admin/emails/" + failed).then().statusCode(200).extract().path("resentAs");
        assertTrue(resentAs != null);
        // once only: the second resend is the service's 409, as a page
        Response again = admin.post("/console/admin/emails/" + failed + "/resend");
        assertEquals(409, again.statusCode());
        assertTrue(again.asString().contains("<html"));
        assertEquals(404, admin.post("/console/admin/emails/" + UUID.randomUUID() + "/resend").statusCode());
        admin.get("/console/admin/emails/" + UUID.randomUUID()).then().statusCode(404);
        admin.get("/console/admin/emails?status=BOGUS").then().statusCode(400);
        admin.get("/console/admin/emails?status=pending").then().statusCode(200);
        assertEquals(403, admin.postWithoutToken("/console/admin/emails/" + failed + "/resend").statusCode());
        assertEquals(403, ConsoleSession.signIn("reviewer").post("/console/admin/emails/" + failed + "/resend").statusCode());
    }

    // ---- helpers ----------------------------------------------------------------------------

    static Response upload(ConsoleSession s, String csv, String mode, boolean dryRun) {
        return dryRun ? s.post("/console/admin/roster/imports", "csv", csv, "mode", mode, "dryRun", "true")
                : s.post("/console/admin/roster/imports", "csv", csv, "mode", mode);
    }

    static String last(String location) {
        String path = URI.create(location).getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** A withdrawal email the dispatcher gave up on after ten attempts (as AdminEmailsTest writes one). */
    static UUID failedEmail(String recipient, Instant createdAt, String lastError) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> OutboxEmail.getEntityManager().createNativeQuery(
                        "insert into outbox_email (id, kind, recipient, language, subject, body_text, body_html, status, "
                                + "attempts, next_attempt_at, created_at, last_attempt_at, last_error) values (?1, 'WITHDRAWAL', ?2, "
                                + "'fr', 'AHC-2026-00042 : demande retirée', 'Texte', '<p>HTML</p>', 'FAILED', 10, ?3, ?3, ?3, ?4)")
                .setParameter(1, id).setParameter(2, recipient).setParameter(3, createdAt).setParameter(4, lastError)
                .executeUpdate());
        return id;
    }

    static Map<String, String> map(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
