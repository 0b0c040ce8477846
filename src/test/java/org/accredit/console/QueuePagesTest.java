package org.accredit.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accredit.support.Api;
import org.accredit.support.ConsoleSession;
import org.junit.jupiter.api.Test;

/** The applications area of the console over HTTP: the queue, the application page, its steps and bulk actions. */
@QuarkusTest
class QueuePagesTest {

    /** A new para 7 application of an organization called {@code name} in {@code country}; its id. */
    static String submit(String name, String country) {
        return Api.submit(Api.body(name, "INTERGOVERNMENTAL_ORGANIZATION", country, null, Api.uniqueEmail(), "en")).path("id");
    }

    static String status(String id) {
        return Api.as("reviewer").get("/api/v1/applications/" + id).then().statusCode(200).extract().path("status");
    }

    @Test
    void theQueueShowsWhatTheServiceHasFilteredSortedAndCounted() {
        String name = Api.unique("Queue Filter Org");
        String br = submit(name + " Brasil", "BR");
        String fr = submit(name + " France", "FR");
        ConsoleSession reviewer = ConsoleSession.signIn("reviewer");

        String page = reviewer.get("/console/applications?q=" + name).then().statusCode(200).extract().asString();
        assertTrue(page.contains("<tr data-id=\"" + br + "\""), page);
        assertTrue(page.contains("<tr data-id=\"" + fr + "\""));
        assertTrue(page.contains("<a class=\"application-link\" href=\"/console/applications/" + br + "\""));
        assertTrue(page.contains("<input type=\"checkbox\" name=\"id\" value=\"" + br + "\""));
        assertTrue(page.contains("id=\"queue-filters\"") && page.contains("id=\"bulk\""));
        // the summary counts the filtered applications per status
        assertTrue(page.contains("data-status=\"SUBMITTED\">Submitted: <strong>2</strong>"), page);

        String brazil = reviewer.get("/console/applications?q=" + name + "&country=br").then().statusCode(200).extract().asString();
        assertTrue(brazil.contains(br) && !brazil.contains(fr));
        // sorted by name: Brasil before France; newest first: France (submitted last) before Brasil
        String byName = reviewer.get("/console/applications?q=" + name + "&sort=NAME").asString();
        assertTrue(byName.indexOf(br) < byName.indexOf(fr));
        String newest = reviewer.get("/console/applications?q=" + name + "&sort=NEWEST").asString();
        assertTrue(newest.indexOf(fr) < newest.indexOf(br));
        String inReview = reviewer.get("/console/applications?q=" + name + "&status=IN_REVIEW").asString();
        assertFalse(inReview.contains(br));

        // assigned to me
        Api.as("reviewer").body(Map.of("assignee", "reviewer2")).post("/api/v1/applications/" + br + "/assignment")
                .then().statusCode(200).body("assignedTo", equalTo("reviewer2"));
        String mine = ConsoleSession.signIn("reviewer2").get("/console/applications?mine=1&q=" + name).asString();
        assertTrue(mine.contains(br) && !mine.contains(fr));
        assertFalse(reviewer.get("/console/applications?mine=1&q=" + name).asString().contains(br));
        Api.as("reviewer").queryParam("assignee", "reviewer2").queryParam("q", name).get("/api/v1/applications")
                .then().statusCode(200).body("items.id", hasItem(br)).body("items.id", not(hasItem(fr)))
                .body("items[0].assignedTo", equalTo("reviewer2"));

        // bad filters: a 400 page, never a 500
        for (String bad : List.of("status=BOGUS", "path=PARA_1", "sort=SIDEWAYS", "country=XX", "call=nope",
                "q=" + "x".repeat(201), "cursor=garbage")) {
            reviewer.get("/console/applications?" + bad).then().statusCode(400).contentType(containsString("text/html"));
        }
        ConsoleSession.signIn("ms-fr").get("/console/applications").then().statusCode(403);
    }

    @Test
    void cursorPagingWalksTheWholeFilteredQueue() {
        String name = Api.unique("Paged Org");
        for (int i = 0; i < 3; i++) {
            submit(name + " " + i, "DE");
        }
        ConsoleSession admin = ConsoleSession.signIn("admin");
        // the console's page size is small in tests or not: follow rel=next until the end and count rows
        String path = "/console/applications?q=" + name.replace(" ", "+");
        int rows = 0;
        for (int guard = 0; path != null && guard < 10; guard++) {
            String html = admin.get(path).then().statusCode(200).extract().asString();
            rows += html.split("<tr data-id=").length - 1;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"([^\"]+)\" rel=\"next\"").matcher(html);
            path = m.find() ? m.group(1).replace("&amp;", "&") : null;
        }
        assertEquals(3, rows);
    }

    @Test
    void theApplicationPageShowsWhatTheOrganizationStatedAndOnlyTheStepsAllowed() {
        String name = Api.unique("Detail Org");
        String id = submit(name, "AT");
        ConsoleSession reviewer = ConsoleSession.signIn("reviewer");
        String html = reviewer.get("/console/applications/" + id).then().statusCode(200).extract().asString();
        assertTrue(html.contains(name) && html.contains("Dana Contact") && html.contains("Cybercrime research")
                && html.contains("https://example.org"));
        assertTrue(html.contains("id=\"status\" data-status=\"SUBMITTED\">Submitted<"), html);
        assertTrue(html.contains("id=\"start-review\""));
        assertFalse(html.contains("id=\"recommend\"") || html.contains("id=\"approve\""));
        // an approver may not take it into review: no button
        String approverView = ConsoleSession.signIn("approver").get("/console/applications/" + id).asString();
        assertFalse(approverView.contains("id=\"start-review\""));
        assertTrue(approverView.contains("id=\"assign\""));
        // in Arabic, right to left, the status localized
        String ar = reviewer.get("/console/applications/" + id + "?lang=ar").asString();
        assertTrue(ar.contains("dir=\"rtl\"") && ar.contains("data-status=\"SUBMITTED\">مقدَّم<"));
        reviewer.get("/console/applications/" + id + "?lang=en");

        reviewer.get("/console/applications/" + UUID.randomUUID()).then().statusCode(404).contentType(containsString("text/html"));
        reviewer.get("/console/applications/not-a-uuid").then().statusCode(404);
        reviewer.get("/console/applications/" + id + "/attachments/" + UUID.randomUUID()).then().statusCode(404);
        ConsoleSession.signIn("ms-fr").get("/console/applications/" + id).then().statusCode(403);
    }

    @Test
    void eachStepDoesWhatItSaysThroughTheSameServiceAsTheApi() {
        String id = submit(Api.unique("Steps Org"), "CH");
        ConsoleSession reviewer = ConsoleSession.signIn("reviewer");
        String here = "/console/applications/" + id;

        reviewer.postWithoutToken(here + "/review").then().statusCode(403);
        assertEquals("SUBMITTED", status(id));

        reviewer.post(here + "/review").then().statusCode(303).header("Location", containsString(here + "?done=review"));
        assertEquals("IN_REVIEW", status(id));
        reviewer.get(here + "?done=review").then().body(containsString("class=\"notice\" role=\"status\""))
                .body(containsString("The application is now in review."));
        // wrong status: the 409 page
        reviewer.post(here + "/review").then().statusCode(409).contentType(containsString("text/html"));

        // field errors: 400, the form re-rendered with the value kept and the error tied to its field
        Response bad = reviewer.post(here + "/rejection", "reason", " ", "note", "keep this note");
        bad.then().statusCode(400);
        String html = bad.asString();
        assertTrue(html.contains("role=\"alert\"") && html.contains("href=\"#f-rejection-reason\""), html);
        assertTrue(html.contains("id=\"f-rejection-reason\" name=\"reason\" rows=\"3\" aria-required=\"true\" aria-invalid=\"true\""));
        assertTrue(html.contains("keep this note"));
        assertEquals("IN_REVIEW", status(id));
        reviewer.post(here + "/information-request", "question", "x".repeat(4001)).then().statusCode(400);

        reviewer.post(here + "/information-request", "question", "What is your mandate?").then().statusCode(303);
        assertEquals("INFORMATION_REQUESTED", status(id));
        assertTrue(reviewer.get(here).asString().contains("What is your mandate?"));
        Api.as("reviewer").get("/api/v1/applications/" + id).then().body("informationRequest", equalTo("What is your mandate?"));
    }

    @Test
    void fourEyesAndTheApproversDecision() {
        String id = submit(Api.unique("Four Eyes Org"), "NL");
        String here = "/console/applications/" + id;
        ConsoleSession chief = ConsoleSession.signIn("chief");
        chief.post(here + "/review").then().statusCode(303);
        chief.post(here + "/recommendation", "note", "Looks fine").then().statusCode(303);
        assertEquals("RECOMMENDED", status(id));

        String view = chief.get(here).asString();
        assertTrue(view.contains("<p id=\"four-eyes\">You recommended this; another approver decides.</p>"), view);
        assertFalse(view.contains("id=\"approve\""));
        chief.post(here + "/approval").then().statusCode(403).contentType(containsString("text/html"));
        assertEquals("RECOMMENDED", status(id));
        // a reviewer has no approval step at all
        ConsoleSession.signIn("reviewer").post(here + "/approval").then().statusCode(403);

        ConsoleSession approver = ConsoleSession.signIn("approver");
        String approverView = approver.get(here).asString();
        assertTrue(approverView.contains("id=\"approve\"") && !approverView.contains("id=\"four-eyes\""));
        approver.post(here + "/approval", "note", "ok").then().statusCode(303);
        assertEquals("APPROVED", status(id));
        assertTrue(approver.get(here + "?done=approval").asString().contains("data-status=\"APPROVED\""));
    }

    @Test
    void assignmentFromThePageIsInTheApiAndTheHistory() {
        String id = submit(Api.unique("Assigned Org"), "BE");
        String here = "/console/applications/" + id;
        ConsoleSession approver = ConsoleSession.signIn("approver");
        approver.post(here + "/assignment", "assignee", "").then().statusCode(400)
                .body(containsString("href=\"#f-assignment-assignee\""));
        approver.post(here + "/assignment", "assignee", "x".repeat(201)).then().statusCode(400);
        approver.post(here + "/assignment", "assignee", "reviewer2").then().statusCode(303)
                .header("Location", containsString("done=assignment"));
        Api.as("admin").get("/api/v1/applications/" + id).then().body("assignedTo", equalTo("reviewer2"))
                .body("history.type", hasItem("ASSIGNED")).body("history.find { it.type == 'ASSIGNED' }.note",
                        equalTo("assigned to reviewer2"));
        assertTrue(approver.get(here).asString().contains("<dd id=\"assigned-to\">reviewer2"));
        // the applicant does not see it
        ConsoleSession.signIn("ms-fr").post(here + "/assignment", "assignee", "reviewer").then().statusCode(403);
        ConsoleSession.signIn("admin").post(here + "/assignment", "assignee", "reviewer").then().statusCode(403);
        // a decided application is not assigned: the 409 page
        ConsoleSession reviewer = ConsoleSession.signIn("reviewer");
        reviewer.post(here + "/rejection", "reason", "Not an intergovernmental organization.").then().statusCode(303);
        reviewer.post(here + "/assignment", "assignee", "reviewer").then().statusCode(409);
        Api.as("reviewer").body(Map.of("assignee", "reviewer")).post("/api/v1/applications/" + id + "/assignment")
                .then().statusCode(409);
        Api.as("reviewer").body(Map.of("assignee", " ")).post("/api/v1/applications/" + UUID.randomUUID() + "/assignment")
                .then().statusCode(400);
        Api.as("admin").body(Map.of("assignee", "reviewer")).post("/api/v1/applications/" + id + "/assignment")
                .then().statusCode(403);
    }

    @Test
    void bulkActionsRunPerApplicationAndReportEach() {
        String name = Api.unique("Bulk Org");
        String a = submit(name + " A", "SE");
        String b = submit(name + " B", "SE");
        String c = submit(name + " C", "SE");
        Api.post("reviewer", "/api/v1/applications/" + c + "/review", null, 200);
        ConsoleSession reviewer = ConsoleSession.signIn("reviewer");

        reviewer.postWithoutToken("/console/applications/bulk", "action", "review", "id", a).then().statusCode(403);
        assertEquals("SUBMITTED", status(a));

        Response r = reviewer.request().contentType(io.restassured.http.ContentType.URLENC)
                .formParam("csrf-token", reviewer.token()).formParam("action", "review")
                .formParam("id", a).formParam("id", b).formParam("id", c).formParam("id", UUID.randomUUID().toString())
                .post("/console/applications/bulk");
        r.then().statusCode(200);
        String html = r.asString();
        assertTrue(html.contains("data-id=\"" + a + "\" class=\"done\"") && html.contains("data-id=\"" + b + "\" class=\"done\""), html);
        assertTrue(html.contains("data-id=\"" + c + "\" class=\"refused\""));
        assertEquals("IN_REVIEW", status(a));
        assertEquals("IN_REVIEW", status(b));
        Api.as("reviewer").get("/api/v1/applications/" + a).then().body("history.toStatus", hasItem("IN_REVIEW"));

        // one reason for all; without it, the form again with the error
        reviewer.post("/console/applications/bulk", "action", "rejection", "id", a).then().statusCode(400)
                .body(containsString("href=\"#f-reason\""));
        reviewer.post("/console/applications/bulk", "id", a).then().statusCode(400).body(containsString("href=\"#f-action\""));
        reviewer.post("/console/applications/bulk", "action", "review").then().statusCode(400)
                .body(containsString("href=\"#queue-table\""));
        Response rejected = reviewer.request().contentType(io.restassured.http.ContentType.URLENC)
                .formParam("csrf-token", reviewer.token()).formParam("action", "rejection").formParam("reason", "Out of scope.")
                .formParam("id", a).formParam("id", b).post("/console/applications/bulk");
        rejected.then().statusCode(200);
        assertEquals("REJECTED", status(a));
        assertEquals("REJECTED", status(b));
        Api.as("reviewer").get("/api/v1/applications/" + b).then().body("decisionReason", equalTo("Out of scope."));

        // review and recommendation are a reviewer's steps
        ConsoleSession.signIn("approver").post("/console/applications/bulk", "action", "review", "id", c).then().statusCode(403);
        ConsoleSession.signIn("admin").post("/console/applications/bulk", "action", "review", "id", c).then().statusCode(403);
    }
}
