package org.accredit.objection;

import static org.accredit.objection.Para9Fixtures.approver;
import static org.accredit.objection.Para9Fixtures.circulate;
import static org.accredit.objection.Para9Fixtures.draftList;
import static org.accredit.support.Api.ensureOpenCall;
import static org.accredit.objection.Para9Fixtures.recommended;
import static org.accredit.objection.Para9Fixtures.state;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.accredit.notification.OutboxDispatcher;
import org.accredit.support.GreenMailResource.InjectGreenMail;
import org.accredit.support.RealSmtpProfile;
import org.accredit.support.Outbox;
import org.accredit.support.SmtpInbox;
import org.accredit.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The para 9 flow over real SMTP with three Member States, one of which objects: circulation
 * emails, the objection, the deadline sweep, the Committee's decision, and the approved and
 * not-approved emails received in two languages.
 */
@QuarkusTest
@TestProfile(RealSmtpProfile.class)
class NonObjectionSmtpFlowTest {

    private static final String BASIS = "Basis kept confidential by the secretariat";

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    ObjectionWindowSweep sweep;

    @Inject
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void threeStatesOneObjectionDecisionEmailedInFrenchAndSpanish() {
        String callId = ensureOpenCall();
        Para9Fixtures.Applicant fr = recommended("Observatoire des libertés numériques", "fr");
        Para9Fixtures.Applicant es = recommended("Red Latinoamericana de Ciberseguridad", "es");
        String title = "SMTP list " + fr.id().substring(0, 8);
        String listId = draftList(callId, title, fr, es);
        circulate(listId, OffsetDateTime.now(ZoneOffset.UTC).plusHours(1));
        Outbox.deliverAllDue(dispatcher, clock.instant());

        SmtpInbox inbox = new SmtpInbox(greenMail);
        for (String focalPoint : List.of("focal.fr@example.org", "focal.de@example.org", "focal.br@example.org")) {
            List<MimeMessage> lists = inbox.to(focalPoint).stream()
                    .filter(m -> SmtpInbox.subject(m).contains(title)).toList();
            assertEquals(1, lists.size(), "one circulation email to " + focalPoint);
            assertTrue(SmtpInbox.text(lists.get(0)).contains(es.name()));
            assertFalse(SmtpInbox.text(lists.get(0)).contains(es.contactEmail()));
        }

        state("ms-de").contentType("application/json").body(Map.of("applicationId", es.id(), "basis", BASIS))
                .post("/api/v1/member-state/lists/" + listId + "/objections").then().statusCode(201);
        clock.advance(Duration.ofHours(2));
        assertTrue(sweep.sweepDue() >= 1);
        assertEquals(0, sweep.sweepDue(), "a second sweep finds nothing to do");
        String today = clock.instant().atZone(ZoneId.of("America/New_York")).toLocalDate().toString();
        approver().contentType("application/json")
                .body(Map.of("documentReference", "A/AC.291/6, annex I, decision I", "decidedOn", today))
                .post("/api/v1/non-objection-lists/" + listId + "/decision").then().statusCode(200)
                .body("status", equalTo("DECIDED"));
        Outbox.deliverAllDue(dispatcher, clock.instant());

        List<MimeMessage> toFr = inbox.to(fr.contactEmail());
        List<MimeMessage> toEs = inbox.to(es.contactEmail());
        MimeMessage approval = toFr.get(toFr.size() - 1);
        MimeMessage refusal = toEs.get(toEs.size() - 1);
        assertTrue(SmtpInbox.subject(approval).contains("approuvée"), SmtpInbox.subject(approval));
        assertTrue(SmtpInbox.text(approval).contains("représentants"));
        assertTrue(SmtpInbox.subject(refusal).startsWith("Resultado de su solicitud"), SmtpInbox.subject(refusal));
        assertTrue(SmtpInbox.html(refusal).contains("lang=\"es\""));
        for (String part : List.of(SmtpInbox.subject(refusal), SmtpInbox.text(refusal), SmtpInbox.html(refusal))) {
            assertFalse(part.contains(BASIS) || part.contains("Germany") || part.contains("ms-de"));
        }
        assertEquals(1, toFr.stream().filter(m -> SmtpInbox.subject(m).contains("approuvée")).count());
        assertEquals(1, toEs.stream().filter(m -> SmtpInbox.subject(m).startsWith("Resultado")).count());
    }
}
