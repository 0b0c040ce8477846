package org.accredit.application;

import static org.accredit.support.Api.applicant;
import static org.accredit.support.Api.as;
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
import java.util.List;
import java.util.Map;
import org.accredit.notification.OutboxDispatcher;
import org.accredit.support.Api;
import org.accredit.support.Api.Submitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, section 5: information requests are a thread. A second request keeps the first answer;
 * staff, the applicant and the history show every question and answer; the secretariat is emailed
 * when the applicant answers or withdraws, with no applicant text in the subject.
 */
@QuarkusTest
class InformationThreadTest {

    static final String SECRETARIAT = "secretariat@accredit.invalid";
    static final String Q1 = "Please send your mandate.";
    static final String A1 = "Our mandate <b>is</b> at https://example.org/mandate";
    static final String Q2 = "Who sits on your board?";
    static final String A2 = "Dr. A & Prof. B";

    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    MockMailbox mailbox;

    @BeforeEach
    void clean() {
        dispatcher.dispatchDue();
        mailbox.clear();
    }

    private static void ask(Submitted s, String question) {
        as("reviewer").body(Map.of("question", question, "note", "staff only note"))
                .post("/api/v1/applications/" + s.id() + "/information-request").then().statusCode(200);
    }

    private static void answer(Submitted s, String text) {
        applicant(s.secret()).body(Map.of("answer", text)).post("/api/v1/tracking/information-response").then()
                .statusCode(200).body("status", equalTo("IN_REVIEW"));
    }

    private List<Mail> toSecretariatAbout(Submitted s) {
        dispatcher.dispatchDue();
        return mailbox.getMailsSentTo(SECRETARIAT).stream().filter(m -> m.getSubject().contains(s.reference())).toList();
    }

    @Test
    void aSecondRequestKeepsTheFirstAnswer() {
        Submitted s = Api.submit("UN_ENTITY", null, "fr");
        as("reviewer").post("/api/v1/applications/" + s.id() + "/review").then().statusCode(200);
        ask(s, Q1);
        answer(s, A1);
        ask(s, Q2);

        // the applicant sees the open question and the whole thread
        JsonPath tracked = applicant(s.secret()).get("/api/v1/tracking").then().statusCode(200)
                .body("status", equalTo("INFORMATION_REQUESTED")).body("informationRequest", equalTo(Q2))
                .extract().jsonPath();
        assertEquals(List.of(Q1, Q2), tracked.getList("informationRequests.question"));
        assertEquals(A1, tracked.getString("informationRequests[0].answer"));
        assertNull(tracked.get("informationRequests[1].answer"));
        assertNull(tracked.get("informationRequests[0].askedBy"), "no staff names for the applicant");

        answer(s, A2);

        // staff see every question and answer, with who asked
        JsonPath staff = as("reviewer").get("/api/v1/applications/" + s.id()).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(Q1, Q2), staff.getList("informationRequests.question"));
        assertEquals(List.of(A1, A2), staff.getList("informationRequests.answer"));
        assertEquals(List.of("reviewer", "reviewer"), staff.getList("informationRequests.askedBy"));
        assertEquals(Q2, staff.getString("informationRequest"));
        assertEquals(A2, staff.getString("informationResponse"));

        // the history holds each question and each answer, in order, for staff and applicant
        List<String> staffReasons = staff.getList("history.findAll { it.type == 'STATUS_CHANGED' }.reason");
        assertEquals(List.of(Q1, A1, Q2, A2), staffReasons.subList(1, 5));
        JsonPath after = applicant(s.secret()).get("/api/v1/tracking").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(Q1, A1, Q2, A2), after.<String>getList("history.reason").stream()
                .filter(r -> r != null).toList());
        assertEquals(List.of(A1, A2), after.getList("informationRequests.answer"));
        assertFalse(after.prettify().contains("staff only note"));

        // the secretariat got one email per answer; the subject carries only the reference
        List<Mail> mails = toSecretariatAbout(s);
        assertEquals(2, mails.size(), "one email per answer");
        for (Mail m : mails) {
            assertFalse(m.getSubject().contains("mandate") || m.getSubject().contains("Prof") || m.getSubject().contains("Org"),
                    m.getSubject());
            assertTrue(m.getSubject().contains("answered an information request"), m.getSubject());
        }
        assertTrue(mails.get(0).getText().contains(Q1) && mails.get(0).getText().contains(A1), mails.get(0).getText());
        assertTrue(mails.get(0).getHtml().contains("Our mandate &lt;b&gt;is&lt;/b&gt;"), "escaped: " + mails.get(0).getHtml());
        assertTrue(mails.get(1).getText().contains(Q2) && mails.get(1).getText().contains(A2));
        assertTrue(mails.get(1).getText().contains("/api/v1/applications/" + s.id()));
    }

    @Test
    void theSecretariatIsToldOfAWithdrawal() {
        Submitted s = Api.submit("UN_ENTITY", null, "es");
        applicant(s.secret()).body(Map.of("reason", "We merged with another body")).post("/api/v1/tracking/withdrawal")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        List<Mail> mails = toSecretariatAbout(s);
        assertEquals(1, mails.size());
        Mail m = mails.get(0);
        assertTrue(m.getSubject().contains("withdrawn by the applicant"), m.getSubject());
        assertFalse(m.getSubject().contains("merged"), m.getSubject());
        assertTrue(m.getText().contains("We merged with another body") && m.getText().contains("SUBMITTED"), m.getText());

        Submitted silent = Api.submit("UN_ENTITY", null, "en");
        applicant(silent.secret()).body("{}").post("/api/v1/tracking/withdrawal").then().statusCode(200);
        Mail noReason = toSecretariatAbout(silent).get(0);
        assertTrue(noReason.getText().contains("No reason was given."), noReason.getText());
    }

    @Test
    void answeringWithoutAnOpenQuestionIsRefused() {
        Submitted s = Api.submit("UN_ENTITY", null, "en");
        applicant(s.secret()).body(Map.of("answer", "unasked")).post("/api/v1/tracking/information-response").then()
                .statusCode(409).contentType("application/problem+json");
        assertEquals(0, toSecretariatAbout(s).size());
        as("reviewer").get("/api/v1/applications/" + s.id()).then().body("informationRequests.size()", equalTo(0));
    }
}
