package org.accredit.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accredit.support.Accredited;
import org.accredit.support.Api;
import org.accredit.support.ConsoleSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The console's session pages with REST Assured: each page shows what the services have (set up
 * through the API), each post does what it says (checked through the API), and the refusals: 409 for
 * a decided registration or statement, 400 with the error at its field, 404 for an unknown id, 403
 * for a wrong role and for a post without the CSRF token.
 */
@QuarkusTest
class SessionPagesTest {

    @Inject
    AgroalDataSource db;

    @Inject
    Clock clock;

    static Document html(Response r) {
        return Jsoup.parse(r.asString());
    }

    @Test
    void theCalendarLinksEverySessionAndTheOverviewShowsItsAgenda() {
        String session = SessionsFixture.openSession(db, clock.instant());
        SessionsFixture.agendaItem(session, 3, "Preparation of the convention");
        ConsoleSession reviewer = ConsoleSession.signIn("reviewer");
        String path = "/console/sessions";
        boolean found = false;
        for (int i = 0; i < 50 && path != null && !found; i++) {
            Response r = reviewer.get(path);
            assertEquals(200, r.statusCode());
            Document d = html(r);
            found = !d.select("a.session-link[href=/console/sessions/" + session + "]").isEmpty();
            Element next = d.selectFirst(".pager a[rel=next]");
            path = next == null ? null : next.attr("href");
        }
        assertTrue(found, "the new session is on the calendar");
        Document overview = html(reviewer.get("/console/sessions/" + session).then().statusCode(200).extract().response());
        assertThat(overview.select("ol.agenda").text(), "Preparation of the convention");
        assertEquals(5, overview.select("nav.session-tabs a").size());
        // roles and ids
        ConsoleSession.signIn("ms-fr").get("/console/sessions").then().statusCode(403);
        ConsoleSession.signIn("admin").get("/console/sessions/" + session).then().statusCode(403);
        reviewer.get("/console/sessions/" + UUID.randomUUID()).then().statusCode(404)
                .body(containsString("id=\"error-message\""));
        reviewer.get("/console/sessions/not-a-uuid").then().statusCode(404);
        reviewer.get("/console/sessions?cursor=garbage").then().statusCode(400);
    }

    @Test
    void aReviewerConfirmsAndRefusesRegistrationsAndAcceptsALateRequestOnlyWithAReason() {
        Accredited.Organization org = SessionsFixture.org();
        String open = SessionsFixture.openSession(db, clock.instant());
        String letter = SessionsFixture.letter(org, open);
        String amina = SessionsFixture.register(org, open, letter, "Amina Diallo", "IN_PERSON", "FEMALE");
        String jean = SessionsFixture.register(org, open, letter, "Jean Martin", "ONLINE", "MALE");
        String late = SessionsFixture.lateSession(db, clock.instant());
        String lateLetter = SessionsFixture.letter(org, late);
        String lina = SessionsFixture.register(org, late, lateLetter, "Lina Haddad", "ONLINE", null);

        ConsoleSession reviewer = ConsoleSession.signIn("reviewer");
        String page = "/console/sessions/" + open + "/registrations";
        Document d = html(reviewer.refreshToken(page).then().statusCode(200).extract().response());
        assertThat(d.select("table.registrations").text(), "Amina Diallo");
        assertThat(d.select("table.registrations").text(), org.name());
        assertEquals(2, d.select("table.registrations button.confirm-representative").size());
        assertThat(d.select("#late-requests").text(), "No late request is waiting.");
        assertNotNull(d.selectFirst("a[href=/console/sessions/" + open + "/registrations/export.csv]"));
        assertNotNull(d.selectFirst("a[href=/console/sessions/" + open + "/letters/" + letter + "]"));

        // confirm: 303 back with a notice; the API shows it confirmed
        Response confirmed = reviewer.post(page + "/" + amina + "/confirmation");
        assertEquals(303, confirmed.statusCode());
        assertTrue(confirmed.getHeader("Location").endsWith(page + "?notice=confirmed"), confirmed.getHeader("Location"));
        assertEquals("CONFIRMED", SessionsFixture.status(org, open, amina));
        assertThat(html(reviewer.get(page + "?notice=confirmed")).select(".notice").text(), "The registration is confirmed.");
        // again: 409 page
        reviewer.post(page + "/" + amina + "/confirmation").then().statusCode(409).body(containsString("<h1>"));
        // refuse without a reason: 400, the error at its field, nothing refused
        Document refused = html(reviewer.post(page + "/" + jean + "/refusal", "reason", "  ").then().statusCode(400)
                .extract().response());
        Element field = refused.getElementById("refuse-reason-" + jean);
        assertEquals("true", field.attr("aria-invalid"));
        assertEquals("refuse-reason-" + jean + "-error", field.attr("aria-describedby"));
        assertNotNull(refused.selectFirst(".error-summary[role=alert] a[href=#refuse-reason-" + jean + "]"));
        assertEquals("REQUESTED", SessionsFixture.status(org, open, jean));
        reviewer.post(page + "/" + jean + "/refusal", "reason", "x".repeat(2001)).then().statusCode(400);
        reviewer.post(page + "/" + jean + "/refusal", "reason", "Not on the letter").then().statusCode(303);
        assertEquals("REFUSED", SessionsFixture.status(org, open, jean));

        // the status filter, and a bad one
        Document onlyConfirmed = html(reviewer.get(page + "?status=CONFIRMED").then().statusCode(200).extract().response());
        assertThat(onlyConfirmed.select("table.registrations").text(), "Amina Diallo");
        assertFalse(onlyConfirmed.select("table.registrations").text().contains("Jean Martin"));
        reviewer.get(page + "?status=BOGUS").then().statusCode(400);

        // the late request: apart, and accepted only with a reason
        String latePage = "/console/sessions/" + late + "/registrations";
        Document lateDoc = html(reviewer.get(latePage).then().statusCode(200).extract().response());
        assertThat(lateDoc.select("#late-requests").text(), "Lina Haddad");
        assertNotNull(lateDoc.selectFirst("#late-requests textarea#confirm-reason-" + lina));
        Document noReason = html(reviewer.post(latePage + "/" + lina + "/confirmation", "reason", "")
                .then().statusCode(400).extract().response());
        assertEquals("true", noReason.getElementById("confirm-reason-" + lina).attr("aria-invalid"));
        assertThat(noReason.select("#confirm-reason-" + lina + "-error").text(), "reason");
        assertEquals("LATE_REQUEST", SessionsFixture.status(org, late, lina));
        assertThat(html(reviewer.post(latePage + "/" + lina + "/confirmation?lang=fr", "reason", " ").then().statusCode(400)
                .extract().response()).select("#confirm-reason-" + lina + "-error").text(), "qu'avec un motif");
        reviewer.get("/console?lang=en");
        reviewer.post(latePage + "/" + lina + "/confirmation", "reason", "Letter received by email before the cut-off")
                .then().statusCode(303);
        assertEquals("CONFIRMED", SessionsFixture.status(org, late, lina));
        JsonPath staffView = Api.as("reviewer").get("/api/v1/sessions/" + late + "/registrations").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("Letter received by email before the cut-off", staffView.getString("items[0].decisionReason"));
        assertEquals("reviewer", staffView.getString("items[0].decidedBy"));

        // unknown ids, roles, CSRF
        reviewer.post(page + "/" + UUID.randomUUID() + "/confirmation").then().statusCode(404);
        reviewer.post(page + "/nope/confirmation").then().statusCode(404);
        reviewer.get("/console/sessions/" + UUID.randomUUID() + "/registrations").then().statusCode(404);
        ConsoleSession admin = ConsoleSession.signIn("admin");
        admin.get(page).then().statusCode(403);
        admin.refreshToken("/console");
        admin.post(page + "/" + jean + "/confirmation").then().statusCode(403);
        ConsoleSession.signIn("ms-fr").get(page).then().statusCode(403);
        reviewer.postWithoutToken(page + "/" + amina + "/refusal", "reason", "cross-site").then().statusCode(403);
        assertEquals("CONFIRMED", SessionsFixture.status(org, open, amina));
    }

    @Test
    void theLetterAndTheExportsStreamAsTheApiDoes() {
        Accredited.Organization org = SessionsFixture.org();
        String session = SessionsFixture.openSession(db, clock.instant());
        String letter = SessionsFixture.letter(org, session);
        SessionsFixture.register(org, session, letter, "Export Person", "IN_PERSON", "FEMALE");
        ConsoleSession approver = ConsoleSession.signIn("approver");
        byte[] pdf = approver.get("/console/sessions/" + session + "/letters/" + letter).then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", containsString("letter-" + letter + ".pdf"))
                .extract().asByteArray();
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        approver.get("/console/sessions/" + session + "/letters/" + UUID.randomUUID()).then().statusCode(404);
        String csv = approver.get("/console/sessions/" + session + "/registrations/export.csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString(".csv")).extract().asString();
        assertEquals(Api.as("approver").get("/api/v1/sessions/" + session + "/registrations/export.csv").asString(), csv);
        assertThat(csv, "Export Person");
        byte[] xlsx = ConsoleSession.signIn("admin").get("/console/sessions/" + session + "/registrations/export.xlsx")
                .then().statusCode(200).extract().asByteArray();
        assertEquals("PK", new String(xlsx, 0, 2, StandardCharsets.US_ASCII));
        ConsoleSession.signIn("ms-fr").get("/console/sessions/" + session + "/registrations/export.csv").then().statusCode(403);
        approver.get("/console/sessions/" + UUID.randomUUID() + "/registrations/export.csv").then().statusCode(404);
    }

    @Test
    void writtenStatementsAreReadPublishedAndDeclined() {
        Accredited.Organization org = SessionsFixture.org();
        String session = SessionsFixture.openSession(db, clock.instant());
        String first = SessionsFixture.statement(org, session, "On capacity building", "Capacity building matters to all.");
        String second = SessionsFixture.statement(org, session, "On data protection", "Safeguards for personal data.");
        ConsoleSession reviewer = ConsoleSession.signIn("reviewer");
        String list = "/console/sessions/" + session + "/statements";
        Document d = html(reviewer.get(list).then().statusCode(200).extract().response());
        assertEquals(2, d.select("table.statements a.statement-link").size());
        assertThat(d.select("table.statements").text(), "On capacity building");
        Document one = html(reviewer.refreshToken(list + "/" + first).then().statusCode(200).extract().response());
        assertThat(one.select(".statement-text").text(), "Capacity building matters to all.");
        assertNotNull(one.selectFirst("button.publish-statement"));

        reviewer.post(list + "/" + first + "/publication").then().statusCode(303)
                .header("Location", containsString(list + "/" + first + "?notice=published"));
        assertEquals("PUBLISHED", SessionsFixture.statementStatus(first));
        Document after = html(reviewer.get(list + "/" + first + "?notice=published").then().statusCode(200).extract().response());
        assertThat(after.select(".notice").text(), "The statement is published.");
        assertTrue(after.select("button.publish-statement").isEmpty(), "a published statement has no decision forms");
        reviewer.post(list + "/" + first + "/publication").then().statusCode(409);

        Document bad = html(reviewer.post(list + "/" + second + "/declination", "reason", "").then().statusCode(400)
                .extract().response());
        assertEquals("true", bad.getElementById("f-reason").attr("aria-invalid"));
        assertNotNull(bad.selectFirst(".error-summary[role=alert] a[href=#f-reason]"));
        assertEquals("SUBMITTED", SessionsFixture.statementStatus(second));
        reviewer.post(list + "/" + second + "/declination", "reason", "Off topic for this session").then().statusCode(303);
        assertEquals("DECLINED", SessionsFixture.statementStatus(second));
        assertThat(html(reviewer.get(list + "?status=DECLINED")).select("table.statements").text(), "On data protection");
        reviewer.get(list + "?status=NOPE").then().statusCode(400);

        // a statement is read under its own session only; unknown ids; roles; CSRF
        String other = SessionsFixture.openSession(db, clock.instant());
        reviewer.get("/console/sessions/" + other + "/statements/" + first).then().statusCode(404);
        reviewer.get(list + "/" + UUID.randomUUID()).then().statusCode(404);
        reviewer.get(list + "/" + first + "/document").then().statusCode(404);
        ConsoleSession admin = ConsoleSession.signIn("admin");
        admin.get(list + "/" + first).then().statusCode(200);
        admin.refreshToken(list);
        admin.post(list + "/" + second + "/publication").then().statusCode(403);
        ConsoleSession.signIn("ms-fr").get(list).then().statusCode(403);
        String third = SessionsFixture.statement(org, session, "On prevention", "Prevention first.");
        reviewer.postWithoutToken(list + "/" + third + "/publication").then().statusCode(403);
        assertEquals("SUBMITTED", SessionsFixture.statementStatus(third));
    }

    @Test
    void theListOfSpeakersIsReorderedAndPublished() {
        String session = SessionsFixture.openSession(db, clock.instant());
        String item = SessionsFixture.agendaItem(session, 1, "General debate");
        List<String> requests = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Accredited.Organization org = SessionsFixture.org();
            String letter = SessionsFixture.letter(org, session);
            String rep = SessionsFixture.register(org, session, letter, "Speaker " + i, "IN_PERSON", i % 2 == 0 ? "FEMALE" : "MALE");
            SessionsFixture.confirm(rep);
            requests.add(SessionsFixture.askToSpeak(org, session, item, rep));
            names.add(org.name());
        }
        ConsoleSession approver = ConsoleSession.signIn("approver");
        String page = "/console/sessions/" + session + "/speakers";
        Document d = html(approver.refreshToken(page).then().statusCode(200).extract().response());
        assertEquals(3, d.select("#item-" + item + " table.speakers tbody tr").size());
        List<String> before = Api.as("approver").get("/api/v1/sessions/" + session + "/agenda-items/" + item + "/speakers-list")
                .then().statusCode(200).extract().jsonPath().getList("speakers.requestId");
        // move the second up: the form carries the whole new order
        Element form = d.selectFirst("#speaker-" + before.get(1) + " form");
        List<String> order = form.select("input[name=requestId]").eachAttr("value");
        assertEquals(List.of(before.get(1), before.get(0), before.get(2)), order);
        approver.post(page + "/" + item + "/order", "requestId", order.get(0), "requestId", order.get(1), "requestId",
                order.get(2)).then().statusCode(303);
        List<String> after = Api.as("approver").get("/api/v1/sessions/" + session + "/agenda-items/" + item + "/speakers-list")
                .then().extract().jsonPath().getList("speakers.requestId");
        assertEquals(order, after);
        // an order that is not the list: the service's 422, as a page
        approver.post(page + "/" + item + "/order", "requestId", order.get(0)).then().statusCode(422);
        approver.post(page + "/" + item + "/order", "requestId", "not-a-uuid").then().statusCode(404);
        approver.post(page + "/" + item + "/publication").then().statusCode(303);
        Api.anonymous().get("/api/v1/public/sessions/" + session + "/agenda-items/" + item + "/speakers")
                .then().statusCode(200);
        Document published = html(approver.get(page + "?notice=list-published").then().statusCode(200).extract().response());
        assertThat(published.select(".notice").text(), "The list of speakers is published.");
        assertTrue(published.select("button.publish-speakers").isEmpty());
        approver.post(page + "/" + item + "/publication").then().statusCode(409);
        ConsoleSession.signIn("admin").get(page).then().statusCode(403);
        approver.postWithoutToken(page + "/" + item + "/order", "requestId", order.get(0)).then().statusCode(403);
    }

    static final Pattern BAR = Pattern.compile("data-key=\"([A-Z_0-9]+)\" data-count=\"(\\d+)\" x=\"0\" y=\"\\d+\" width=\"(\\d+)\"");

    @Test
    void theFiguresTablesEqualTheApiAndTheBarsAreProportional() {
        String session = SessionsFixture.openSession(db, clock.instant());
        for (int i = 0; i < 3; i++) {
            Accredited.Organization org = SessionsFixture.org();
            String letter = SessionsFixture.letter(org, session);
            for (int j = 0; j <= i; j++) {
                String rep = SessionsFixture.register(org, session, letter, "Figure " + i + j, j % 2 == 0 ? "IN_PERSON" : "ONLINE",
                        j == 0 ? "FEMALE" : j == 1 ? "MALE" : null);
                SessionsFixture.confirm(rep);
            }
        }
        JsonPath api = Api.anonymous().get("/api/v1/public/sessions/" + session + "/figures").then().statusCode(200)
                .extract().jsonPath();
        Response r = ConsoleSession.signIn("reviewer").get("/console/sessions/" + session + "/figures").then().statusCode(200)
                .extract().response();
        Document d = html(r);
        assertEquals(4, d.select("svg.chart[role=img]").size());
        assertEquals(4, d.select("table.figures").size());
        for (Element svg : d.select("svg.chart")) {
            String labelledBy = svg.attr("aria-labelledby");
            assertFalse(svg.select("title#" + labelledBy).text().isBlank(), "each chart has an accessible name");
        }
        Map<String, String> tables = Map.of("orgs-by-group", "organizations.byRegionalGroup", "orgs-by-path",
                "organizations.byPath", "reps-by-gender", "representatives.byGender", "reps-by-mode", "representatives.byMode");
        tables.forEach((id, jsonPath) -> {
            Map<String, Integer> expected = api.getMap(jsonPath);
            Element table = d.getElementById("table-" + id);
            assertEquals(expected.size(), table.select("tbody tr").size(), id);
            expected.forEach((key, count) -> assertEquals(String.valueOf(count),
                    table.selectFirst("tr[data-key=" + key + "] td.count").text(), id + " " + key));
            assertEquals(String.valueOf(expected.values().stream().mapToInt(Integer::intValue).sum()),
                    table.selectFirst("td.total").text(), id);
        });
        assertEquals(3, api.getInt("organizations.total"));
        assertEquals(6, api.getInt("representatives.total"));
        // bars: width = count * 400 / the largest count of the chart
        for (Element svg : d.select("svg.chart")) {
            Matcher m = BAR.matcher(svg.outerHtml());
            List<int[]> bars = new ArrayList<>();
            while (m.find()) {
                bars.add(new int[] {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))});
            }
            assertFalse(bars.isEmpty(), svg.id());
            int max = bars.stream().mapToInt(b -> b[0]).max().orElseThrow();
            for (int[] b : bars) {
                assertEquals(max == 0 ? 0 : Math.round(b[0] * 400.0f / max), b[1], svg.id());
            }
        }
        ConsoleSession.signIn("ms-fr").get("/console/sessions/" + session + "/figures").then().statusCode(403);
        ConsoleSession.signIn("reviewer").get("/console/sessions/" + UUID.randomUUID() + "/figures").then().statusCode(404);
    }

    static void assertThat(String text, String expected) {
        assertTrue(text.contains(expected), () -> "expected \"" + expected + "\" in: " + text);
    }
}
