package org.accredit.console;

import static org.accredit.console.ListFixtures.as;
import static org.accredit.console.ListFixtures.circulated;
import static org.accredit.console.ListFixtures.draftList;
import static org.accredit.console.ListFixtures.recommended;
import static org.accredit.support.Api.ensureOpenCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.accredit.console.ListFixtures.Applicant;
import org.accredit.support.ConsoleSession;
import org.accredit.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Member State delegates' list pages: only circulated lists, only their State's objections, the deadline in two zones. */
@QuarkusTest
class DelegatePagesTest {

    @Inject
    TestClock clock;

    String callId;

    @BeforeEach
    void setUp() {
        callId = ensureOpenCall();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static JsonPath asState(String user, String listId) {
        return as(user).get("/api/v1/member-state/lists/" + listId).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aDelegateSeesCirculatedListsWithOrganizationFactsOnlyAndTheDeadlineInTwoZones() {
        Applicant a = recommended("Delegate view");
        String title = "Delegate list " + UUID.randomUUID();
        String listId = circulated(callId, title, a);
        String draftTitle = "Draft, not for States " + UUID.randomUUID();
        String draftId = draftList(callId, draftTitle);
        ConsoleSession fr = ConsoleSession.signIn("ms-fr");
        Response lists = fr.get("/console/delegate/lists");
        assertEquals(200, lists.statusCode());
        assertTrue(lists.asString().contains("tr data-id=\"" + listId + "\""));
        assertFalse(lists.asString().contains(draftTitle));
        assertEquals(404, fr.get("/console/delegate/lists/" + draftId).statusCode(), "a draft is not circulated");

        Response page = fr.get("/console/delegate/lists/" + listId);
        String html = page.asString();
        assertEquals(200, page.statusCode());
        assertTrue(html.contains(a.name()));
        assertFalse(html.contains(a.contactName()), "never contact persons");
        assertTrue(html.contains("class=\"objection\" data-application=\"" + a.id() + "\""));
        assertTrue(html.contains("name=\"basis\""));
        assertTrue(html.contains("id=\"deadline-ny\""));
        assertTrue(html.contains("id=\"deadline-local\""));
        assertTrue(html.contains("(UTC)"), "UTC until the delegate picks a zone");
        assertTrue(html.contains("id=\"no-objection\""));

        Response tokyo = fr.get("/console/delegate/lists/" + listId + "?tz=Asia/Tokyo");
        assertEquals(200, tokyo.statusCode());
        assertTrue(tokyo.asString().contains("(Asia/Tokyo)"));
        assertEquals("Asia/Tokyo", tokyo.getCookie("console-tz"));
        Response remembered = fr.request().cookie("console-tz", "Asia/Tokyo").get("/console/delegate/lists/" + listId);
        assertTrue(remembered.asString().contains("(Asia/Tokyo)"));
        assertEquals(400, fr.get("/console/delegate/lists/" + listId + "?tz=Mars/Olympus").statusCode());

        assertEquals(403, ConsoleSession.signIn("reviewer").get("/console/delegate/lists").statusCode());
        assertEquals(404, fr.get("/console/delegate/lists/" + UUID.randomUUID()).statusCode());
        assertEquals(404, fr.get("/console/delegate/lists/nope").statusCode());
    }

    @Test
    void aDelegateObjectsWithdrawsAndDeclaresNoObjection() {
        Applicant a = recommended("Objected");
        String listId = circulated(callId, "Objections " + UUID.randomUUID(), a);
        ConsoleSession fr = ConsoleSession.signIn("ms-fr");

        Response blank = fr.post("/console/delegate/lists/" + listId + "/objections", "applicationId", a.id(), "basis", " ");
        assertEquals(400, blank.statusCode());
        assertTrue(blank.asString().contains("role=\"alert\""));
        assertTrue(blank.asString().contains("id=\"f-basis-" + a.id() + "-error\""));
        Response tooLong = fr.post("/console/delegate/lists/" + listId + "/objections", "applicationId", a.id(), "basis",
                "b".repeat(2001));
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.asString().contains("b".repeat(2001)), "the text is kept");
        assertEquals(403, fr.postWithoutToken("/console/delegate/lists/" + listId + "/objections", "applicationId", a.id(),
                "basis", "x").statusCode());

        Response lodged = fr.post("/console/delegate/lists/" + listId + "/objections", "applicationId", a.id(), "basis",
                "Links to a sanctioned entity");
        assertEquals(303, lodged.statusCode());
        JsonPath mine = asState("ms-fr", listId);
        assertEquals(1, mine.getList("ownObjections").size());
        String objectionId = mine.getString("ownObjections[0].id");
        assertEquals(0, asState("ms-de", listId).getList("ownObjections").size());
        String page = fr.get("/console/delegate/lists/" + listId + "?notice=lodged").asString();
        assertTrue(page.contains("class=\"withdraw-objection\""));
        assertTrue(page.contains("class=\"notice\""));
        assertEquals(409, fr.post("/console/delegate/lists/" + listId + "/objections", "applicationId", a.id(), "basis",
                "again").statusCode(), "a second standing objection is the API's 409");

        ConsoleSession de = ConsoleSession.signIn("ms-de");
        assertFalse(de.get("/console/delegate/lists/" + listId).asString().contains("Links to a sanctioned entity"),
                "another State never sees FR's objection");
        assertEquals(404, de.post("/console/delegate/lists/" + listId + "/objections/" + objectionId + "/withdrawal")
                .statusCode(), "another State's objection is not there");

        assertEquals(303, fr.post("/console/delegate/lists/" + listId + "/objections/" + objectionId + "/withdrawal")
                .statusCode());
        assertEquals("WITHDRAWN", asState("ms-fr", listId).getString("ownObjections[0].state"));
        assertEquals(409, fr.post("/console/delegate/lists/" + listId + "/objections/" + objectionId + "/withdrawal")
                .statusCode());

        assertEquals(303, de.post("/console/delegate/lists/" + listId + "/no-objection").statusCode());
        assertTrue(asState("ms-de", listId).getBoolean("noObjectionDeclared"));
        assertTrue(de.get("/console/delegate/lists/" + listId).asString().contains("id=\"declared\""));
        assertEquals(403, ConsoleSession.signIn("approver").post("/console/delegate/lists/" + listId + "/no-objection")
                .statusCode());
    }

    @Test
    void pastTheDeadlineTheFormsAreGoneAndPostsAre409() {
        Applicant a = recommended("Late");
        String listId = circulated(callId, "Late " + UUID.randomUUID(), a);
        ConsoleSession fr = ConsoleSession.signIn("ms-fr");
        clock.travelTo(Instant.parse(ListFixtures.deadline(listId)).plus(Duration.ofMinutes(1)));
        String page = fr.get("/console/delegate/lists/" + listId).asString();
        assertFalse(page.contains("class=\"objection\""));
        assertFalse(page.contains("id=\"no-objection\""));
        assertTrue(page.contains("id=\"window-closed\""));
        Response late = fr.post("/console/delegate/lists/" + listId + "/objections", "applicationId", a.id(), "basis", "late");
        assertEquals(409, late.statusCode());
        assertTrue(late.getContentType().startsWith("text/html"));
        assertEquals(409, fr.post("/console/delegate/lists/" + listId + "/no-objection").statusCode());
    }
}
