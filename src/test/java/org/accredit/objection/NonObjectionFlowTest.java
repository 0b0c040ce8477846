package org.accredit.objection;

import static io.restassured.RestAssured.given;
import static org.accredit.objection.Para9Fixtures.approver;
import static org.accredit.objection.Para9Fixtures.circulate;
import static org.accredit.objection.Para9Fixtures.draftList;
import static org.accredit.support.Api.ensureOpenCall;
import static org.accredit.objection.Para9Fixtures.recommended;
import static org.accredit.objection.Para9Fixtures.reviewer;
import static org.accredit.objection.Para9Fixtures.state;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
import java.util.Map;
import org.accredit.notification.OutboxDispatcher;
import org.accredit.objection.Para9Fixtures.Applicant;
import org.accredit.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole para 9 procedure through the API: three Member States (FR in French, DE in English, BR in Spanish). */
@QuarkusTest
class NonObjectionFlowTest {

    private static final String BASIS = "Confidential basis: links to a sanctioned entity";
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

    private static OffsetDateTime inOneHour() {
        return OffsetDateTime.now(ZoneOffset.UTC).plusHours(1);
    }

    private static Mail only(List<Mail> mails) {
        assertEquals(1, mails.size(), "exactly one email");
        return mails.get(0);
    }

    private static List<Mail> withSubjectContaining(List<Mail> mails, String text) {
        return mails.stream().filter(m -> m.getSubject().contains(text)).toList();
    }

    @Test
    void fullFlowWithThreeMemberStatesOneOfWhichObjects() {
        Applicant fr = recommended("Observatoire du Cyberespace", "fr");
        Applicant es = recommended("Red Ciudadana Digital", "es");
        String title = "Flow list " + fr.id().substring(0, 8);
        String listId = draftList(callId, title, fr, es);

        // the preview shows what Member States will see: organization facts, never contact data
        String preview = approver().get("/api/v1/non-objection-lists/" + listId + "/preview").then().statusCode(200)
                .body("organizations.name", hasItem(fr.name())).extract().asString();
        for (Applicant a : List.of(fr, es)) {
            assertFalse(preview.contains(a.contactEmail()) || preview.contains(a.contactName()), preview);
        }

        circulate(listId, inOneHour());
        approver().get("/api/v1/non-objection-lists/" + listId).then().statusCode(200)
                .body("status", equalTo("CIRCULATED")).body("entries.status", hasItem("IN_CIRCULATION"));
        dispatcher.dispatchDue();

        // each focal point gets the list in its language
        Mail toFrance = only(withSubjectContaining(mailbox.getMailsSentTo("focal.fr@example.org"), title));
        assertTrue(toFrance.getSubject().startsWith("Liste de non-objection"), toFrance.getSubject());
        assertTrue(toFrance.getText().contains(fr.name()) && toFrance.getText().contains(es.name()));
        Mail toGermany = only(withSubjectContaining(mailbox.getMailsSentTo("focal.de@example.org"), title));
        assertTrue(toGermany.getSubject().startsWith("Non-objection list for your review"), toGermany.getSubject());
        Mail toBrazil = only(withSubjectContaining(mailbox.getMailsSentTo("focal.br@example.org"), title));
        assertTrue(toBrazil.getSubject().startsWith("Lista de no objeción"), toBrazil.getSubject());
        for (Mail m : List.of(toFrance, toGermany, toBrazil)) {
            for (Applicant a : List.of(fr, es)) {
                assertFalse(m.getText().contains(a.contactEmail()) || m.getHtml().contains(a.contactEmail())
                        || m.getText().contains(a.contactName()) || m.getText().contains(a.secret()));
            }
        }

        // Germany objects to the Spanish-speaking applicant; a second standing objection is refused
        String objectionId = state("ms-de").contentType("application/json")
                .body(Map.of("applicationId", es.id(), "basis", BASIS))
                .post("/api/v1/member-state/lists/" + listId + "/objections").then().statusCode(201)
                .body("state", equalTo("STANDING")).extract().path("id");
        state("ms-de").contentType("application/json").body(Map.of("applicationId", es.id(), "basis", "again"))
                .post("/api/v1/member-state/lists/" + listId + "/objections").then().statusCode(409);

        // France never sees Germany's objection, and cannot withdraw it
        String seenByFrance = state("ms-fr").get("/api/v1/member-state/lists/" + listId).then().statusCode(200)
                .body("openForObjections", equalTo(true)).body("ownObjections.size()", equalTo(0))
                .extract().asString();
        assertFalse(seenByFrance.contains(BASIS) || seenByFrance.contains(objectionId));
        state("ms-fr").post("/api/v1/member-state/lists/" + listId + "/objections/" + objectionId + "/withdrawal")
                .then().statusCode(404);
        state("ms-de").get("/api/v1/member-state/lists/" + listId).then().statusCode(200)
                .body("ownObjections[0].basis", equalTo(BASIS));
        // France objects and withdraws (its own objection, before the deadline)
        String frenchObjection = state("ms-fr").contentType("application/json")
                .body(Map.of("applicationId", fr.id(), "basis", "Pending verification"))
                .post("/api/v1/member-state/lists/" + listId + "/objections").then().statusCode(201).extract().path("id");
        state("ms-fr").post("/api/v1/member-state/lists/" + listId + "/objections/" + frenchObjection + "/withdrawal")
                .then().statusCode(200).body("state", equalTo("WITHDRAWN"));

        // the objecting State's identity: approver sees it, reviewer does not
        approver().get("/api/v1/non-objection-lists/" + listId + "/objections").then().statusCode(200)
                .body("items.stateCode", hasItem("DE"));
        reviewer().get("/api/v1/non-objection-lists/" + listId + "/objections").then().statusCode(200)
                .body("items.find { it.id == '" + objectionId + "' }.stateCode", nullValue());

        // the deadline passes: the sweep closes the window
        clock.advance(Duration.ofHours(2));
        assertTrue(sweep.sweepDue() >= 1);
        approver().get("/api/v1/applications/" + fr.id()).then().body("status", equalTo("NO_OBJECTION"));
        approver().get("/api/v1/applications/" + es.id()).then().body("status", equalTo("OBJECTED"));
        // after the deadline, objecting and withdrawing are refused
        state("ms-br").contentType("application/json").body(Map.of("applicationId", fr.id(), "basis", "Too late"))
                .post("/api/v1/member-state/lists/" + listId + "/objections").then().statusCode(409);
        state("ms-de").post("/api/v1/member-state/lists/" + listId + "/objections/" + objectionId + "/withdrawal")
                .then().statusCode(409);
        state("ms-fr").get("/api/v1/member-state/lists/" + listId).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("openForObjections", equalTo(false));

        dispatcher.dispatchDue();
        Mail summary = only(withSubjectContaining(mailbox.getMailsSentTo("secretariat@accredit.invalid"), title));
        // counts and a link to the list, not a line per application
        assertTrue(summary.getText().contains("Applications whose window closed: 2. Without objection: 1. With a standing "
                + "objection: 1.") && summary.getText().contains("/console/lists/" + listId), summary.getText());
        assertFalse(summary.getSubject().contains(BASIS) || summary.getText().contains(BASIS));

        // Brazil asks for the general basis (the test profile allows disclosure); the secretariat discloses it
        String requestId = state("ms-br").contentType("application/json").body(Map.of("applicationId", es.id()))
                .post("/api/v1/member-state/lists/" + listId + "/disclosure-requests").then().statusCode(201)
                .extract().path("id");
        approver().contentType("application/json").body(Map.of("generalBasis", "Concerns about the organization's independence"))
                .post("/api/v1/non-objection-lists/" + listId + "/disclosure-requests/" + requestId + "/disclosure")
                .then().statusCode(200).body("state", equalTo("DISCLOSED"));
        state("ms-br").get("/api/v1/member-state/lists/" + listId + "/disclosure-requests").then().statusCode(200)
                .body("items[0].generalBasis", equalTo("Concerns about the organization's independence"));

        // the Committee decides
        String today = clock.instant().atZone(ZoneId.of("America/New_York")).toLocalDate().toString();
        approver().contentType("application/json").body(Map.of("documentReference", DECISION, "decidedOn", today))
                .post("/api/v1/non-objection-lists/" + listId + "/decision").then().statusCode(200)
                .body("status", equalTo("DECIDED"));
        approver().get("/api/v1/applications/" + fr.id()).then().body("status", equalTo("APPROVED"))
                .body("decisionReference", equalTo(DECISION));
        approver().get("/api/v1/applications/" + es.id()).then().body("status", equalTo("NOT_APPROVED"));

        dispatcher.dispatchDue();
        Mail approval = only(withSubjectContaining(mailbox.getMailsSentTo(fr.contactEmail()), "approuvée"));
        assertTrue(approval.getText().contains(DECISION) && approval.getText().contains("représentants"), approval.getText());
        Mail refusal = only(withSubjectContaining(mailbox.getMailsSentTo(es.contactEmail()), "Resultado de su solicitud"));
        assertTrue(refusal.getText().contains("no aprobó"), refusal.getText());
        assertTrue(refusal.getHtml().contains("lang=\"es\""));
        for (String text : List.of(refusal.getSubject(), refusal.getText(), refusal.getHtml())) {
            assertFalse(text.contains(BASIS) || text.contains("ms-de"));
        }

        // the history records circulation, the objection's existence (not the State), the sweep and the decision
        JsonPath history = approver().get("/api/v1/applications/" + es.id()).then().extract().jsonPath();
        List<String> types = history.getList("history.type");
        assertTrue(types.containsAll(List.of("ADDED_TO_LIST", "OBJECTION_LODGED", "OBJECTION_BASIS_DISCLOSED")), types.toString());
        assertEquals(List.of("RECOMMENDED", "IN_CIRCULATION", "OBJECTED", "NOT_APPROVED"),
                history.getList("history.findAll { it.type == 'STATUS_CHANGED' }.toStatus").subList(1, 5));
        assertEquals("system", history.getString("history.find { it.toStatus == 'OBJECTED' }.actor"));
        assertFalse(history.getList("history.actor").contains("ms-de"));

        // the public list: the approved organization, nothing confidential, in JSON and CSV
        String json = given().queryParam("callId", callId).queryParam("limit", 100)
                .get("/api/v1/public/accredited-organizations").then().statusCode(200)
                .body("items.find { it.name == '" + fr.name() + "' }.decisionReference", equalTo(DECISION))
                .body("items.find { it.name == '" + fr.name() + "' }.path", equalTo("PARA_9"))
                .body("items.find { it.name == '" + fr.name() + "' }.decisionDate", equalTo(today))
                .extract().asString();
        String csv = given().accept("text/csv").queryParam("callId", callId)
                .get("/api/v1/public/accredited-organizations").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        assertTrue(csv.startsWith("name,type,country,path,callId,decisionReference,decisionDate"));
        assertTrue(csv.contains(fr.name()) && csv.contains("\"" + DECISION + "\""), csv);
        for (String published : List.of(json, csv)) {
            assertFalse(published.contains(es.name()), "a not-approved organization is not published");
            for (Applicant a : List.of(fr, es)) {
                assertFalse(published.contains(a.contactEmail()) || published.contains(a.contactName())
                        || published.contains(a.secret()) || published.contains("+1 212 555 0100"));
            }
            assertFalse(published.contains(BASIS) || published.contains("Pending verification")
                    || published.contains("independence") || published.contains("Cybercrime research"));
        }
        // the applicant's secret never reaches objection data
        String objections = approver().get("/api/v1/non-objection-lists/" + listId + "/objections").asString()
                + approver().get("/api/v1/non-objection-lists/" + listId + "/disclosure-requests").asString()
                + state("ms-de").get("/api/v1/member-state/lists/" + listId).asString();
        for (Applicant a : List.of(fr, es)) {
            assertFalse(objections.contains(a.secret()) || objections.contains(a.contactEmail()));
        }
    }
}
