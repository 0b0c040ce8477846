package org.accredit.objection;

import static io.restassured.RestAssured.given;
import static org.accredit.objection.Para9Fixtures.approver;
import static org.accredit.objection.Para9Fixtures.reviewer;
import static org.accredit.objection.Para9Fixtures.secondApprover;
import static org.accredit.objection.Para9Fixtures.state;
import static org.accredit.support.Api.ensureOpenCall;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.accredit.notification.OutboxDispatcher;
import org.accredit.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, section 1: the applicant never learns the result of the objection window. Two para 9
 * applications walk through every status on one list; Germany objects to A, nobody to B; the
 * Committee approves both (A despite the objection). At each step the applicant's tracking response
 * and history hold exactly the applicant vocabulary, A's and B's are the same, and the emails each
 * received are the same apart from their names.
 */
@QuarkusTest
class ApplicantConfidentialityTest {

    /** Words of the internal workflow that would tell the window's result or the secretariat's steps. */
    private static final List<String> INTERNAL = List.of("OBJECTED", "NO_OBJECTION", "IN_CIRCULATION", "RECOMMENDED",
            "OBJECTION_LODGED", "ADDED_TO_LIST", "DECISION_PROPOSED", "SHORT_DEADLINE_PROPOSED");
    private static final String BASIS = "Confidential basis of Germany";
    private static final String DESPITE = "The Committee approved it by consensus";
    private static final String DECISION = "A/AC.291/6, annex I, decision I";

    @Inject
    MockMailbox mailbox;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    ObjectionWindowSweep sweep;
    @Inject
    TestClock clock;

    String callId;

    @BeforeEach
    void setUp() {
        callId = ensureOpenCall();
        dispatcher.dispatchDue();
        mailbox.clear();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Applicant(String id, String reference, String name, String contactName, String email, String secret) {
    }

    private static Applicant submit(String label) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = label + " " + tag;
        String contactName = "Contact " + label + " " + tag;
        String email = "applicant-" + tag + "@example.org";
        JsonPath r = given().contentType("application/json")
                .body(Map.of("organization", Map.of("name", name, "type", "ACADEMIC_INSTITUTION", "country", "KE",
                                "website", "https://" + tag + ".example.org", "expertise", "Cybercrime research"),
                        "contact", Map.of("name", contactName, "email", email), "language", "en"))
                .post("/api/v1/applications").then().statusCode(201).extract().jsonPath();
        return new Applicant(r.getString("id"), r.getString("reference"), name, contactName, email,
                r.getString("trackingSecret"));
    }

    /** The tracking response: its status, and the history as "TYPE:from>to" lines. */
    private static void assertTracked(Applicant a, String status, List<String> history) {
        String body = given().header("X-Tracking-Secret", a.secret()).get("/api/v1/tracking").then().statusCode(200)
                .extract().asString();
        for (String word : INTERNAL) {
            assertFalse(body.contains(word), a.name() + " sees " + word + ": " + body);
        }
        assertFalse(body.contains(BASIS) || body.contains(DESPITE) || body.contains("approver") || body.contains("ms-de"),
                body);
        JsonPath t = new JsonPath(body);
        assertEquals(status, t.getString("status"), body);
        assertNull(t.get("nextStatuses"), "no workflow moves for the applicant");
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> e : t.<Map<String, Object>>getList("history")) {
            lines.add(e.get("type") + ":" + e.get("fromStatus") + ">" + e.get("toStatus"));
        }
        assertEquals(history, lines, body);
    }

    private static void assertStaffSees(Applicant a, String status) {
        reviewer().get("/api/v1/applications/" + a.id()).then().statusCode(200).body("status", equalTo(status));
    }

    /** Each applicant's emails, with its own names, reference and secret replaced by placeholders. */
    private List<String> emailsOf(Applicant a) {
        dispatcher.dispatchDue();
        List<String> normalized = new ArrayList<>();
        for (Mail m : mailbox.getMailsSentTo(a.email())) {
            for (String part : List.of(m.getSubject(), m.getText(), m.getHtml())) {
                String text = part.replace(a.reference(), "REF").replace(a.name(), "ORG").replace(a.contactName(), "CONTACT")
                        .replace(a.secret(), "SECRET");
                for (String word : INTERNAL) {
                    assertFalse(text.contains(word), "email reveals " + word + ": " + text);
                }
                String lower = text.toLowerCase(Locale.ROOT);
                assertFalse(lower.contains("objected") || lower.contains("an objection") || lower.contains(BASIS.toLowerCase(Locale.ROOT))
                        || lower.contains(DESPITE.toLowerCase(Locale.ROOT)), text);
                normalized.add(text);
            }
        }
        return normalized;
    }

    private void assertSameEmails(Applicant a, Applicant b, int expectedEmails) {
        List<String> ofA = emailsOf(a);
        List<String> ofB = emailsOf(b);
        assertEquals(expectedEmails * 3, ofA.size(), "emails to A");
        assertEquals(ofA, ofB, "A (objected) and B (no objection) receive the same emails");
    }

    @Test
    void anApplicantNeverLearnsTheResultOfTheObjectionWindow() {
        Applicant a = submit("Objected Institute");
        Applicant b = submit("Unopposed Institute");
        List<String> history = new ArrayList<>(List.of("SUBMITTED:null>SUBMITTED"));
        for (Applicant x : List.of(a, b)) {
            assertTracked(x, "SUBMITTED", history);
        }
        assertSameEmails(a, b, 1); // the acknowledgement

        // review, a question and its answer
        for (Applicant x : List.of(a, b)) {
            reviewer().post("/api/v1/applications/" + x.id() + "/review").then().statusCode(200);
        }
        history.add("STATUS_CHANGED:SUBMITTED>IN_REVIEW");
        for (Applicant x : List.of(a, b)) {
            assertTracked(x, "IN_REVIEW", history);
            reviewer().body(Map.of("question", "Please describe your research on cybercrime."))
                    .post("/api/v1/applications/" + x.id() + "/information-request").then().statusCode(200);
        }
        history.add("STATUS_CHANGED:IN_REVIEW>INFORMATION_REQUESTED");
        for (Applicant x : List.of(a, b)) {
            assertTracked(x, "INFORMATION_REQUESTED", history);
            given().contentType("application/json").header("X-Tracking-Secret", x.secret())
                    .body(Map.of("answer", "Ten years of research.")).post("/api/v1/tracking/information-response")
                    .then().statusCode(200);
        }
        history.add("STATUS_CHANGED:INFORMATION_REQUESTED>IN_REVIEW");
        for (Applicant x : List.of(a, b)) {
            assertTracked(x, "IN_REVIEW", history);
        }
        assertSameEmails(a, b, 2);

        // the recommendation is internal: the applicant still reads IN_REVIEW, with no new line
        for (Applicant x : List.of(a, b)) {
            reviewer().body("{}").post("/api/v1/applications/" + x.id() + "/recommendation").then().statusCode(200);
            assertStaffSees(x, "RECOMMENDED");
            assertTracked(x, "IN_REVIEW", history);
        }

        // on a list, then circulated (short deadline: proposed and confirmed by two approvers)
        String listId = Para9Fixtures.draftList(callId, "Confidentiality " + a.id().substring(0, 8),
                new Para9Fixtures.Applicant(a.id(), a.name(), a.contactName(), a.email(), a.secret()),
                new Para9Fixtures.Applicant(b.id(), b.name(), b.contactName(), b.email(), b.secret()));
        for (Applicant x : List.of(a, b)) {
            assertTracked(x, "IN_REVIEW", history);
        }
        Para9Fixtures.circulate(listId, OffsetDateTime.now(ZoneOffset.UTC).plusHours(1));
        history.add("STATUS_CHANGED:IN_REVIEW>UNDER_CONSIDERATION_BY_MEMBER_STATES");
        for (Applicant x : List.of(a, b)) {
            assertStaffSees(x, "IN_CIRCULATION");
            assertTracked(x, "UNDER_CONSIDERATION_BY_MEMBER_STATES", history);
        }

        // Germany objects to A
        state("ms-de").body(Map.of("applicationId", a.id(), "basis", BASIS))
                .post("/api/v1/member-state/lists/" + listId + "/objections").then().statusCode(201);
        for (Applicant x : List.of(a, b)) {
            assertTracked(x, "UNDER_CONSIDERATION_BY_MEMBER_STATES", history);
        }

        // the window closes: staff see OBJECTED / NO_OBJECTION, both applicants the same words
        clock.advance(Duration.ofHours(2));
        assertTrue(sweep.sweepDue() >= 1);
        assertStaffSees(a, "OBJECTED");
        assertStaffSees(b, "NO_OBJECTION");
        history.add("STATUS_CHANGED:UNDER_CONSIDERATION_BY_MEMBER_STATES>AWAITING_COMMITTEE_DECISION");
        for (Applicant x : List.of(a, b)) {
            assertTracked(x, "AWAITING_COMMITTEE_DECISION", history);
        }
        assertSameEmails(a, b, 2); // no email to applicants when the window closes

        // the Committee approves both, A despite the objection: proposed by one approver, confirmed by another
        String today = clock.instant().atZone(ZoneId.of("America/New_York")).toLocalDate().toString();
        approver().body(Map.of("documentReference", DECISION, "decidedOn", today,
                        "approvedDespiteObjection", List.of(Map.of("applicationId", a.id(), "reason", DESPITE))))
                .post("/api/v1/non-objection-lists/" + listId + "/decision").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        for (Applicant x : List.of(a, b)) {
            assertTracked(x, "AWAITING_COMMITTEE_DECISION", history);
        }
        secondApprover().post("/api/v1/non-objection-lists/" + listId + "/decision/confirmation").then().statusCode(200)
                .body("status", equalTo("DECIDED"));
        history.add("STATUS_CHANGED:AWAITING_COMMITTEE_DECISION>APPROVED");
        for (Applicant x : List.of(a, b)) {
            assertStaffSees(x, "APPROVED");
            assertTracked(x, "APPROVED", history);
        }
        assertSameEmails(a, b, 3); // the Committee's approval, worded the same for both

        // staff still see the internal workflow, unchanged
        List<String> staffStatuses = reviewer().get("/api/v1/applications/" + a.id()).then().extract().jsonPath()
                .getList("history.findAll { it.type == 'STATUS_CHANGED' }.toStatus");
        assertEquals(List.of("IN_REVIEW", "INFORMATION_REQUESTED", "IN_REVIEW", "RECOMMENDED", "IN_CIRCULATION", "OBJECTED",
                "APPROVED"), staffStatuses);
    }

    @Test
    void withdrawingAfterTheWindowReadsTheSameWhateverItsResult() {
        Para9Fixtures.Applicant objected = Para9Fixtures.recommended("Withdrawing Objected", "en");
        Para9Fixtures.Applicant clear = Para9Fixtures.recommended("Withdrawing Clear", "en");
        String listId = Para9Fixtures.draftList(callId, "Withdrawal " + objected.id().substring(0, 8), objected, clear);
        Para9Fixtures.circulate(listId, OffsetDateTime.now(ZoneOffset.UTC).plusHours(1));
        state("ms-de").body(Map.of("applicationId", objected.id(), "basis", BASIS))
                .post("/api/v1/member-state/lists/" + listId + "/objections").then().statusCode(201);
        clock.advance(Duration.ofHours(2));
        assertTrue(sweep.sweepDue() >= 1);

        List<List<String>> histories = new ArrayList<>();
        for (Para9Fixtures.Applicant x : List.of(objected, clear)) {
            JsonPath t = given().contentType("application/json").header("X-Tracking-Secret", x.secret()).body("{}")
                    .post("/api/v1/tracking/withdrawal").then().statusCode(200).body("status", equalTo("WITHDRAWN"))
                    .extract().jsonPath();
            histories.add(t.getList("history.toStatus"));
        }
        assertEquals(List.of("SUBMITTED", "IN_REVIEW", "UNDER_CONSIDERATION_BY_MEMBER_STATES", "AWAITING_COMMITTEE_DECISION",
                "WITHDRAWN"), histories.get(0));
        assertEquals(histories.get(0), histories.get(1));
    }
}
