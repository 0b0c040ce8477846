package org.accredit.objection;

import static org.accredit.objection.Para9Fixtures.approver;
import static org.accredit.objection.Para9Fixtures.draftList;
import static org.accredit.objection.Para9Fixtures.recommended;
import static org.accredit.objection.Para9Fixtures.secondApprover;
import static org.accredit.objection.Para9Fixtures.state;
import static org.accredit.support.Api.ensureOpenCall;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.accredit.objection.Para9Fixtures.Applicant;
import org.accredit.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, section 5: the safeguards of the non-objection procedure through the API. A short
 * deadline needs a reason and a second approver; circulating or closing early is refused while no
 * Member State has a focal point; approving despite an objection needs a second approver. Each is
 * in the history of the applications concerned (staff only).
 */
@QuarkusTest
class NonObjectionSafeguardsTest {

    @Inject
    TestClock clock;
    @Inject
    EntityManager em;
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

    private static String inOneHour() {
        return OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).toString();
    }

    private static String circulation(String listId) {
        return "/api/v1/non-objection-lists/" + listId + "/circulation";
    }

    private static JsonPath staffView(String applicationId) {
        return approver().get("/api/v1/applications/" + applicationId).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aShortDeadlineNeedsAReasonAndASecondApprover() {
        Applicant a = recommended("Short Deadline Org", "en");
        String listId = draftList(callId, "Short " + a.id().substring(0, 8), a);

        // no reason: refused, nothing changes
        approver().body(Map.of("deadline", inOneHour())).post(circulation(listId)).then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("reason"));
        approver().get("/api/v1/non-objection-lists/" + listId).then().body("status", equalTo("DRAFT"))
                .body("shortDeadline", nullValue());
        // nothing to confirm yet
        secondApprover().post(circulation(listId) + "/confirmation").then().statusCode(409)
                .contentType("application/problem+json");

        // proposed with a reason: the list stays a draft, the application RECOMMENDED
        approver().body(Map.of("deadline", inOneHour(), "reason", "The session opens early"))
                .post(circulation(listId)).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("shortDeadline.pending", equalTo(true))
                .body("shortDeadline.reason", equalTo("The session opens early"))
                .body("shortDeadline.proposedBy", equalTo("approver"));
        assertEquals("RECOMMENDED", staffView(a.id()).getString("status"));

        // the approver who proposed it cannot confirm it
        approver().post(circulation(listId) + "/confirmation").then().statusCode(403)
                .contentType("application/problem+json");
        assertEquals("RECOMMENDED", staffView(a.id()).getString("status"));

        // a second approver confirms: circulated with the short deadline
        secondApprover().post(circulation(listId) + "/confirmation").then().statusCode(200)
                .body("status", equalTo("CIRCULATED"))
                .body("shortDeadline.pending", equalTo(false))
                .body("shortDeadline.confirmedBy", equalTo("approver2"));

        JsonPath history = staffView(a.id());
        assertEquals("IN_CIRCULATION", history.getString("status"));
        String proposed = history.getString("history.find { it.type == 'SHORT_DEADLINE_PROPOSED' }.note");
        assertTrue(proposed.contains("The session opens early"), proposed);
        assertFalse(history.getBoolean("history.find { it.type == 'SHORT_DEADLINE_PROPOSED' }.applicantVisible"));
        String circulated = history.getString("history.find { it.toStatus == 'IN_CIRCULATION' }.note");
        assertTrue(circulated.contains("proposed by approver") && circulated.contains("confirmed by approver2")
                && circulated.contains("The session opens early"), circulated);
        assertEquals("approver2", history.getString("history.find { it.toStatus == 'IN_CIRCULATION' }.actor"));
    }

    @Test
    void changingTheDraftCancelsAPendingShortDeadline() {
        Applicant a = recommended("Cancel Deadline A", "en");
        Applicant b = recommended("Cancel Deadline B", "en");
        String listId = draftList(callId, "Cancel " + a.id().substring(0, 8), a);
        approver().body(Map.of("deadline", inOneHour(), "reason", "Urgent")).post(circulation(listId)).then().statusCode(200);
        approver().body(Map.of("applicationId", b.id())).post("/api/v1/non-objection-lists/" + listId + "/applications")
                .then().statusCode(200).body("shortDeadline", nullValue());
        secondApprover().post(circulation(listId) + "/confirmation").then().statusCode(409);
    }

    @Test
    void theConfiguredWindowNeedsOneApproverOnly() {
        Applicant a = recommended("Normal Deadline Org", "en");
        String listId = draftList(callId, "Normal " + a.id().substring(0, 8), a);
        approver().body("{}").post(circulation(listId)).then().statusCode(200).body("status", equalTo("CIRCULATED"))
                .body("shortDeadline", nullValue());
    }

    @Test
    void withoutAnyFocalPointCirculatingAndClosingEarlyAreRefused() {
        Applicant a = recommended("No Focal Point A", "en");
        Applicant b = recommended("No Focal Point B", "en");
        String draft = draftList(callId, "No focal " + a.id().substring(0, 8), a);
        String circulated = draftList(callId, "No focal circ " + b.id().substring(0, 8), b);
        Para9Fixtures.circulate(circulated, OffsetDateTime.now(ZoneOffset.UTC).plusDays(2));
        withoutFocalPoints(() -> {
            approver().body("{}").post(circulation(draft)).then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("focal point"));
            approver().body(Map.of("deadline", inOneHour(), "reason", "Urgent")).post(circulation(draft)).then()
                    .statusCode(409).body("detail", containsString("focal point"));
            approver().post("/api/v1/non-objection-lists/" + circulated + "/early-closure").then().statusCode(409)
                    .contentType("application/problem+json").body("detail", containsString("focal point"));
        });
        approver().get("/api/v1/non-objection-lists/" + draft).then().body("status", equalTo("DRAFT"));
        approver().get("/api/v1/non-objection-lists/" + circulated).then().body("status", equalTo("CIRCULATED"));
        assertEquals("RECOMMENDED", staffView(a.id()).getString("status"));
        assertEquals("IN_CIRCULATION", staffView(b.id()).getString("status"));

        // a short deadline proposed while focal points existed cannot be confirmed once none is left
        approver().body(Map.of("deadline", inOneHour(), "reason", "Urgent")).post(circulation(draft)).then().statusCode(200);
        withoutFocalPoints(() -> secondApprover().post(circulation(draft) + "/confirmation").then().statusCode(409)
                .body("detail", containsString("focal point")));
    }

    @Test
    void approvingDespiteAnObjectionNeedsASecondApprover() {
        Applicant objected = recommended("Despite Objection Org", "en");
        Applicant clear = recommended("Clear Org", "en");
        String listId = draftList(callId, "Despite " + objected.id().substring(0, 8), objected, clear);
        Para9Fixtures.circulate(listId, OffsetDateTime.now(ZoneOffset.UTC).plusHours(1));
        state("ms-de").body(Map.of("applicationId", objected.id(), "basis", "Concerns"))
                .post("/api/v1/member-state/lists/" + listId + "/objections").then().statusCode(201);
        clock.advance(Duration.ofHours(2));
        sweep.sweepDue();
        assertEquals("OBJECTED", staffView(objected.id()).getString("status"));

        String today = clock.instant().atZone(ZoneId.of("America/New_York")).toLocalDate().toString();
        String decision = "/api/v1/non-objection-lists/" + listId + "/decision";
        secondApprover().post(decision + "/confirmation").then().statusCode(409).contentType("application/problem+json");

        approver().body(Map.of("documentReference", "A/AC.291/7", "decidedOn", today,
                        "approvedDespiteObjection", List.of(Map.of("applicationId", objected.id(), "reason", "Consensus"))))
                .post(decision).then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("pendingDecision.proposedBy", equalTo("approver"))
                .body("pendingDecision.approvedDespiteObjection[0].applicationId", equalTo(objected.id()));
        assertEquals("OBJECTED", staffView(objected.id()).getString("status"), "only proposed");
        assertEquals("NO_OBJECTION", staffView(clear.id()).getString("status"));

        approver().post(decision + "/confirmation").then().statusCode(403).contentType("application/problem+json");
        assertEquals("OBJECTED", staffView(objected.id()).getString("status"));

        secondApprover().post(decision + "/confirmation").then().statusCode(200).body("status", equalTo("DECIDED"))
                .body("decidedBy", equalTo("approver2")).body("decisionReference", equalTo("A/AC.291/7"));
        JsonPath a = staffView(objected.id());
        assertEquals("APPROVED", a.getString("status"));
        assertEquals("approver2", a.getString("decidedBy"));
        String proposed = a.getString("history.find { it.type == 'DECISION_PROPOSED' }.note");
        assertTrue(proposed.contains("Consensus") && proposed.contains("second approver"), proposed);
        String recorded = a.getString("history.find { it.toStatus == 'APPROVED' }.note");
        assertTrue(recorded.contains("proposed by approver") && recorded.contains("confirmed by approver2"), recorded);
        assertEquals("APPROVED", staffView(clear.id()).getString("status"));
        secondApprover().post(decision + "/confirmation").then().statusCode(409);
    }

    @Test
    void aDecisionWithoutApprovalDespiteObjectionNeedsOneApprover() {
        Applicant objected = recommended("Refused Org", "en");
        String listId = draftList(callId, "Plain " + objected.id().substring(0, 8), objected);
        Para9Fixtures.circulate(listId, OffsetDateTime.now(ZoneOffset.UTC).plusHours(1));
        state("ms-br").body(Map.of("applicationId", objected.id(), "basis", "Concerns"))
                .post("/api/v1/member-state/lists/" + listId + "/objections").then().statusCode(201);
        clock.advance(Duration.ofHours(2));
        sweep.sweepDue();
        String today = clock.instant().atZone(ZoneId.of("America/New_York")).toLocalDate().toString();
        approver().body(Map.of("documentReference", "A/AC.291/8", "decidedOn", today))
                .post("/api/v1/non-objection-lists/" + listId + "/decision").then().statusCode(200)
                .body("status", equalTo("DECIDED"));
        assertEquals("NOT_APPROVED", staffView(objected.id()).getString("status"));
    }

    @Test
    void hostileInputToTheSafeguardEndpoints() {
        Applicant a = recommended("Hostile Safeguard Org", "en");
        String listId = draftList(callId, "Hostile " + a.id().substring(0, 8), a);
        String unknown = java.util.UUID.randomUUID().toString();
        for (String path : List.of("/circulation/confirmation", "/decision/confirmation")) {
            secondApprover().post("/api/v1/non-objection-lists/" + unknown + path).then().statusCode(404)
                    .contentType("application/problem+json");
            int status = secondApprover().post("/api/v1/non-objection-lists/not-a-uuid" + path).then()
                    .contentType("application/problem+json").extract().statusCode();
            assertTrue(status == 400 || status == 404, "bad id: " + status);
        }
        // a reason too long, of the wrong type, or an unknown field: 400, nothing proposed
        approver().body(Map.of("deadline", inOneHour(), "reason", "x".repeat(2001))).post(circulation(listId)).then()
                .statusCode(400).contentType("application/problem+json");
        approver().body("{\"deadline\": \"" + inOneHour() + "\", \"reason\": {\"a\": 1}}").post(circulation(listId)).then()
                .statusCode(400).contentType("application/problem+json");
        approver().body(Map.of("deadline", inOneHour(), "reason", "ok", "confirmedBy", "approver2"))
                .post(circulation(listId)).then().statusCode(400).contentType("application/problem+json");
        approver().body(Map.of("deadline", inOneHour(), "reason", "\u0000")).post(circulation(listId)).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", containsString("reason"));
        approver().get("/api/v1/non-objection-lists/" + listId).then().body("status", equalTo("DRAFT"));
        // whatever the last request did, a confirmation by the list's proposer is never accepted
        approver().post(circulation(listId) + "/confirmation").then().statusCode(org.hamcrest.Matchers.oneOf(403, 409));
    }

    /** Runs the checks while no Member State has a focal point; the users are put back afterwards. */
    private void withoutFocalPoints(Runnable checks) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("drop table if exists member_state_user_saved").executeUpdate();
            em.createNativeQuery("create table member_state_user_saved as select * from member_state_user").executeUpdate();
            em.createNativeQuery("delete from member_state_user").executeUpdate();
        });
        try {
            checks.run();
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("insert into member_state_user select * from member_state_user_saved").executeUpdate();
                em.createNativeQuery("drop table member_state_user_saved").executeUpdate();
            });
        }
    }
}
