package org.accredit.console;

import static org.accredit.console.ListFixtures.as;
import static org.accredit.console.ListFixtures.circulated;
import static org.accredit.console.ListFixtures.draftList;
import static org.accredit.console.ListFixtures.list;
import static org.accredit.console.ListFixtures.recommended;
import static org.accredit.support.Api.ensureOpenCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.accredit.console.ListFixtures.Applicant;
import org.accredit.objection.ObjectionWindowSweep;
import org.accredit.support.ConsoleSession;
import org.accredit.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The secretariat's non-objection list pages against the real services (data set up through the API). */
@QuarkusTest
class ListPagesTest {

    @Inject
    TestClock clock;
    @Inject
    ObjectionWindowSweep sweep;

    String callId;

    @BeforeEach
    void setUp() {
        callId = ensureOpenCall();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String body(Response r) {
        return r.asString();
    }

    @Test
    void theListsPageShowsTheListsAndOnlyApproversGetTheCreateForm() {
        String title = "Console list " + UUID.randomUUID();
        String listId = draftList(callId, title);
        ConsoleSession reviewer = ConsoleSession.signIn("reviewer");
        Response page = reviewer.get("/console/lists");
        assertEquals(200, page.statusCode());
        assertTrue(body(page).contains("tr data-id=\"" + listId + "\""), "the new list is a row");
        assertTrue(body(page).contains(title));
        assertTrue(body(page).contains("class=\"list-link\""));
        assertFalse(body(page).contains("id=\"new-list\""), "reviewers cannot create lists");
        Response approverPage = ConsoleSession.signIn("approver").get("/console/lists");
        assertTrue(body(approverPage).contains("id=\"new-list\""));
        assertTrue(body(approverPage).contains("id=\"create-list\""));
        assertEquals(403, ConsoleSession.signIn("ms-fr").get("/console/lists").statusCode());
    }

    @Test
    void anApproverCreatesAListAndBadInputIsA400WithFieldErrors() {
        ConsoleSession approver = ConsoleSession.signIn("approver");
        String title = "Created in the console " + UUID.randomUUID();
        Response created = approver.post("/console/lists", "callId", callId, "title", title);
        assertEquals(303, created.statusCode());
        String location = created.getHeader("Location");
        assertTrue(location.matches(".*/console/lists/[0-9a-f-]{36}\\?notice=created"), location);
        String listId = location.replaceAll(".*/console/lists/([0-9a-f-]{36}).*", "$1");
        assertEquals(title, list(listId).getString("title"));
        Response after = approver.get("/console/lists/" + listId + "?notice=created");
        assertTrue(body(after).contains("class=\"notice\""));

        Response blank = approver.post("/console/lists", "callId", callId, "title", "   ");
        assertEquals(400, blank.statusCode());
        assertTrue(body(blank).contains("role=\"alert\""));
        assertTrue(body(blank).contains("href=\"#f-title\""));
        assertTrue(body(blank).contains("id=\"f-title-error\""));
        assertTrue(body(blank).contains("aria-invalid=\"true\""));
        assertTrue(body(blank).contains("must not be blank"), "the validator's message in the page's language");
        // the language chosen with the console's switcher (remembered in a cookie) is the field errors' language too
        Response blankInArabic = approver.request().cookie("console-lang", "ar").contentType(io.restassured.http.ContentType.URLENC)
                .formParam("csrf-token", approver.token()).formParam("callId", callId).formParam("title", "   ")
                .post("/console/lists");
        assertEquals(400, blankInArabic.statusCode());
        assertTrue(body(blankInArabic).contains("يجب ألا يكون فارغًا"), body(blankInArabic));
        assertTrue(body(blankInArabic).contains("dir=\"rtl\""));

        Response tooLong = approver.post("/console/lists", "callId", callId, "title", "x".repeat(201));
        assertEquals(400, tooLong.statusCode());
        assertTrue(body(tooLong).contains("value=\"" + "x".repeat(201) + "\""), "the value is kept");

        Response badCall = approver.post("/console/lists", "callId", "not-a-uuid", "title", "A title");
        assertEquals(400, badCall.statusCode());
        assertTrue(body(badCall).contains("id=\"f-callId-error\""));
        assertEquals(404, approver.post("/console/lists", "callId", UUID.randomUUID().toString(), "title", "A title")
                .statusCode(), "an unknown call is the API's 404");

        assertEquals(403, ConsoleSession.signIn("reviewer").post("/console/lists", "callId", callId, "title", "x")
                .statusCode());
        assertEquals(403, approver.postWithoutToken("/console/lists", "callId", callId, "title", "x").statusCode());
    }

    @Test
    void candidatesAreAddedAndRemovedThroughTheForms() {
        Applicant a = recommended("Candidate A");
        Applicant b = recommended("Candidate B");
        String listId = draftList(callId, "Candidates " + UUID.randomUUID());
        ConsoleSession approver = ConsoleSession.signIn("approver");
        Response page = approver.get("/console/lists/" + listId);
        assertEquals(200, page.statusCode());
        assertTrue(body(page).contains("id=\"add-applications\""));
        assertTrue(body(page).contains("name=\"applicationId\" value=\"" + a.id() + "\""));
        assertTrue(body(page).contains("name=\"applicationId\" value=\"" + b.id() + "\""));
        assertTrue(body(page).contains("id=\"preview\""));

        Response added = approver.post("/console/lists/" + listId + "/applications", "applicationId", a.id(),
                "applicationId", b.id());
        assertEquals(303, added.statusCode());
        assertEquals(2, list(listId).getList("entries").size());
        Response after = approver.get("/console/lists/" + listId);
        assertFalse(body(after).contains("name=\"applicationId\" value=\"" + a.id() + "\""), "no longer a candidate");

        // adding it again: the service refuses (already on a list)
        assertEquals(409, approver.post("/console/lists/" + listId + "/applications", "applicationId", a.id()).statusCode());
        Response none = approver.post("/console/lists/" + listId + "/applications");
        assertEquals(400, none.statusCode());
        assertTrue(body(none).contains("id=\"f-applicationId-error\""));
        assertEquals(404, approver.post("/console/lists/" + listId + "/applications", "applicationId", "x").statusCode());

        assertEquals(303, approver.post("/console/lists/" + listId + "/applications/" + b.id() + "/removal").statusCode());
        assertEquals(1, list(listId).getList("entries").size());
        assertEquals(404, approver.post("/console/lists/" + listId + "/applications/" + b.id() + "/removal").statusCode());

        Response preview = approver.get("/console/lists/" + listId + "/preview");
        assertEquals(200, preview.statusCode());
        assertTrue(body(preview).contains(a.name()));
        assertFalse(body(preview).contains(a.contactName()), "no contact person in what States receive");
        assertEquals(403, ConsoleSession.signIn("reviewer").get("/console/lists/" + listId + "/preview").statusCode());
    }

    @Test
    void circulationGoesThroughACheckPageAndBadDeadlinesAre400() {
        Applicant a = recommended("Circulated");
        String listId = draftList(callId, "Circulation " + UUID.randomUUID(), a);
        ConsoleSession approver = ConsoleSession.signIn("approver");
        assertTrue(body(approver.get("/console/lists/" + listId)).contains("id=\"circulate\""));

        Response bad = approver.get("/console/lists/" + listId + "/circulation?deadline=tomorrow");
        assertEquals(400, bad.statusCode());
        assertTrue(body(bad).contains("id=\"f-deadline-error\""));
        assertTrue(body(bad).contains("value=\"tomorrow\""));

        Response check = approver.get("/console/lists/" + listId + "/circulation");
        assertEquals(200, check.statusCode());
        assertTrue(body(check).contains("id=\"confirm-circulation\""));
        assertEquals("DRAFT", list(listId).getString("status"), "the check page changes nothing");

        assertEquals(303, approver.post("/console/lists/" + listId + "/circulation", "deadline", "", "reason", "").statusCode());
        assertEquals("CIRCULATED", list(listId).getString("status"));
        Response page = approver.get("/console/lists/" + listId);
        assertTrue(body(page).contains("id=\"deadline-ny\""));
        assertFalse(body(page).contains("id=\"add-applications\""));
        // circulating again: the API's 409
        assertEquals(409, approver.post("/console/lists/" + listId + "/circulation").statusCode());
        assertEquals(409, approver.get("/console/lists/" + listId + "/circulation").statusCode());
        // deciding an open list: 409
        assertEquals(409, approver.post("/console/lists/" + listId + "/decision", "documentReference", "A/1",
                "decidedOn", LocalDate.now(ZoneId.of("America/New_York")).toString()).statusCode());
    }

    @Test
    void aShortDeadlineIsProposedAndASecondApproverConfirmsIt() {
        Applicant a = recommended("Short");
        String listId = draftList(callId, "Short " + UUID.randomUUID(), a);
        ConsoleSession approver = ConsoleSession.signIn("approver");
        String soon = java.time.LocalDateTime.now(ZoneId.of("America/New_York")).plusHours(2).withSecond(0).withNano(0)
                .toString();
        assertEquals(303, approver.post("/console/lists/" + listId + "/circulation", "deadline", soon, "reason",
                "Urgent session").statusCode());
        assertEquals("DRAFT", list(listId).getString("status"));
        assertFalse(body(approver.get("/console/lists/" + listId)).contains("id=\"confirm-circulation\""),
                "the proposer cannot confirm");
        ConsoleSession second = ConsoleSession.signIn("approver2");
        Response page = second.get("/console/lists/" + listId);
        assertTrue(body(page).contains("id=\"pending-short-deadline\""));
        assertTrue(body(page).contains("id=\"confirm-circulation\""));
        assertEquals(303, second.post("/console/lists/" + listId + "/circulation/confirmation").statusCode());
        assertEquals("CIRCULATED", list(listId).getString("status"));
    }

    @Test
    void progressAndObjectingStatesAreShownOnlyToRolesAllowedToSeeThem() {
        Applicant a = recommended("Progress");
        String listId = circulated(callId, "Progress " + UUID.randomUUID(), a);
        as("ms-fr").body(Map.of("applicationId", a.id(), "basis", "Secret basis FR"))
                .post("/api/v1/member-state/lists/" + listId + "/objections").then().statusCode(201);
        as("ms-de").post("/api/v1/member-state/lists/" + listId + "/no-objection").then().statusCode(200);

        Response approverPage = ConsoleSession.signIn("approver").get("/console/lists/" + listId);
        String html = body(approverPage);
        assertTrue(html.contains("id=\"progress\""));
        assertTrue(html.contains("data-state=\"FR\" class=\"answer-objection\""), html);
        assertTrue(html.contains("data-state=\"DE\" class=\"answer-no-objection\""));
        assertTrue(html.contains("data-state=\"BR\" class=\"answer-none\""));
        assertTrue(html.contains("<td class=\"objection-state\">FR</td>"));
        assertTrue(html.contains("Secret basis FR"));

        String reviewerHtml = body(ConsoleSession.signIn("reviewer").get("/console/lists/" + listId));
        assertFalse(reviewerHtml.contains("id=\"progress\""), "reviewers do not see which State answered what");
        assertFalse(reviewerHtml.contains("objection-state"));
        assertTrue(reviewerHtml.contains("id=\"answered\""), "but they see the counts");
        assertFalse(reviewerHtml.contains("id=\"close-early\""));
    }

    @Test
    void theWindowClosesEarlyOnlyOnceEveryStateWithAFocalPointAnswered() {
        Applicant a = recommended("Early");
        String listId = circulated(callId, "Early " + UUID.randomUUID(), a);
        ConsoleSession approver = ConsoleSession.signIn("approver");
        assertTrue(body(approver.get("/console/lists/" + listId)).contains("id=\"close-early\""));
        as("ms-fr").post("/api/v1/member-state/lists/" + listId + "/no-objection").then().statusCode(200);
        Response refused = approver.post("/console/lists/" + listId + "/early-closure");
        assertEquals(409, refused.statusCode(), "other States have not answered");
        assertTrue(refused.getContentType().startsWith("text/html"));
        for (String state : ListFixtures.statesWithFocalPoint()) {
            as(state).post("/api/v1/member-state/lists/" + listId + "/no-objection").then().statusCode(200);
        }
        assertEquals(303, approver.post("/console/lists/" + listId + "/early-closure").statusCode());
        assertEquals("CLOSED", list(listId).getString("status"));
    }

    @Test
    void afterTheDeadlineTheApproverRecordsTheDecisionThroughACheckPage() {
        Applicant a = recommended("Decided");
        String listId = circulated(callId, "Decision " + UUID.randomUUID(), a);
        clock.travelTo(Instant.parse(ListFixtures.deadline(listId)).plus(Duration.ofHours(1)));
        assertTrue(sweep.sweepDue() >= 1);
        assertEquals("CLOSED", list(listId).getString("status"));
        ConsoleSession approver = ConsoleSession.signIn("approver");
        assertTrue(body(approver.get("/console/lists/" + listId)).contains("id=\"record-decision\""));
        String today = clock.instant().atZone(ZoneId.of("America/New_York")).toLocalDate().toString();

        Response blank = approver.post("/console/lists/" + listId + "/decision/review", "documentReference", "",
                "decidedOn", "31/12/2026");
        assertEquals(400, blank.statusCode());
        assertTrue(body(blank).contains("id=\"f-documentReference-error\""));
        assertTrue(body(blank).contains("id=\"f-decidedOn-error\""));

        Response check = approver.post("/console/lists/" + listId + "/decision/review", "documentReference",
                "A/AC.291/6", "decidedOn", today);
        assertEquals(200, check.statusCode());
        assertTrue(body(check).contains("id=\"confirm-decision\""));
        assertEquals("CLOSED", list(listId).getString("status"));

        Response future = approver.post("/console/lists/" + listId + "/decision", "documentReference", "A/AC.291/6",
                "decidedOn", LocalDate.parse(today).plusDays(3).toString());
        assertEquals(422, future.statusCode(), "the service refuses a decision date in the future");

        assertEquals(303, approver.post("/console/lists/" + listId + "/decision", "documentReference", "A/AC.291/6",
                "decidedOn", today).statusCode());
        assertEquals("DECIDED", list(listId).getString("status"));
        assertTrue(body(approver.get("/console/lists/" + listId)).contains("id=\"decided\""));
    }

    @Test
    void unknownAndMalformedIdsAre404Pages() {
        ConsoleSession reviewer = ConsoleSession.signIn("reviewer");
        Response unknown = reviewer.get("/console/lists/" + UUID.randomUUID());
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.getContentType().startsWith("text/html"));
        assertEquals(404, reviewer.get("/console/lists/not-a-uuid").statusCode());
        assertEquals(404, ConsoleSession.signIn("approver").post("/console/lists/" + UUID.randomUUID() + "/early-closure")
                .statusCode());
    }
}
