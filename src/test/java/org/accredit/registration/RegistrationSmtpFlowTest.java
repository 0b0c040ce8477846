package org.accredit.registration;

import static org.accredit.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accredit.notification.OutboxDispatcher;
import org.accredit.support.Accredited;
import org.accredit.support.Api;
import org.accredit.support.GreenMailResource.InjectGreenMail;
import org.accredit.support.Outbox;
import org.accredit.support.Pdfs;
import org.accredit.support.RealSmtpProfile;
import org.accredit.support.SessionRows;
import org.accredit.support.SmtpInbox;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, "done when": an approved organization registers two representatives for a New York
 * session with one seat in the room; the second is refused in person and accepted online; the
 * secretariat confirms both and the emails arrive over SMTP in the organization's language, Arabic
 * (right to left). A refusal reaches another organization's contact in English, with the reason.
 */
@QuarkusTest
@TestProfile(RealSmtpProfile.class)
class RegistrationSmtpFlowTest {

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    static Map<String, Object> person(String letterId, String name, String email, String mode) {
        Map<String, Object> p = new HashMap<>(Map.of("letterId", letterId, "name", name, "title", "Senior researcher",
                "employer", "Institute for Digital Rights", "email", email, "mode", mode));
        p.put("gender", "FEMALE");
        p.put("nationality", "EG");
        return p;
    }

    static String upload(String secret, String session) {
        return RestAssured.given().header("X-Tracking-Secret", secret).contentType("application/pdf").body(Pdfs.blank(1))
                .post("/api/v1/sessions/" + session + "/letters").then().statusCode(201)
                .header("Location", containsString("/api/v1/sessions/" + session + "/letters/"))
                .body("pages", equalTo(1)).extract().path("id");
    }

    @Test
    void secondInPersonRefusedAcceptedOnlineBothConfirmedAndEmailedInArabic() {
        Accredited.Organization org = Accredited.para7("ar");
        String session = SessionRows.insert(dataSource, SessionRows.Spec.openNewYork(clock.instant(), 1, null));
        String letter = upload(org.secret(), session);
        String base = "/api/v1/sessions/" + session + "/representatives";

        String first = Api.applicant(org.secret()).body(person(letter, "Layla Haddad", Api.uniqueEmail(), "IN_PERSON"))
                .post(base).then().statusCode(201).header("Location", containsString(base + "/"))
                .body("status", equalTo("REQUESTED")).body("timeZone", equalTo("America/New_York"))
                .extract().path("id");
        String secondEmail = Api.uniqueEmail();
        Api.applicant(org.secret()).body(person(letter, "Omar Khalil", secondEmail, "IN_PERSON")).post(base)
                .then().statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Quota reached")).body("detail", containsString("IN_PERSON"));
        String second = Api.applicant(org.secret()).body(person(letter, "Omar Khalil", secondEmail, "ONLINE")).post(base)
                .then().statusCode(201).body("mode", equalTo("ONLINE")).extract().path("id");

        as("reviewer").get("/api/v1/sessions/" + session + "/registrations").then().statusCode(200)
                .body("items.id", equalTo(List.of(first, second)))
                .body("items[0].organization.name", equalTo(org.name()))
                .body("items.mode", equalTo(List.of("IN_PERSON", "ONLINE")));

        as("reviewer").post("/api/v1/representatives/" + first + "/confirmation").then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("decidedBy", equalTo("reviewer"));
        as("approver").body(Map.of()).post("/api/v1/representatives/" + second + "/confirmation").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));

        Outbox.deliverAllDue(dispatcher, clock.instant());
        SmtpInbox inbox = new SmtpInbox(greenMail);
        List<MimeMessage> toContact = inbox.to(org.contactEmail()).stream()
                .filter(m -> SmtpInbox.subject(m).contains(SessionRows.code(session))).toList();
        assertEquals(2, toContact.size(), "one confirmation per representative to the contact");
        MimeMessage toRepresentative = inbox.single(secondEmail);
        for (MimeMessage m : List.of(toContact.get(0), toRepresentative)) {
            String subject = SmtpInbox.subject(m);
            assertTrue(subject.startsWith(org.reference() + ": "), subject);
            assertTrue(subject.contains("تأكيد") || subject.contains("تم تأكيد"), subject);
            String html = SmtpInbox.html(m);
            assertTrue(html.contains("lang=\"ar\"") && html.contains("dir=\"rtl\""), html);
            assertTrue(html.contains("عبر الإنترنت") || html.contains("حضوريًا"), "the mode in Arabic");
        }
        assertTrue(SmtpInbox.text(toRepresentative).contains("Omar Khalil"));
        assertTrue(SmtpInbox.text(toRepresentative).contains(org.name()));
        assertTrue(SmtpInbox.text(toRepresentative).contains("America/New_York"), "the dates in the session's zone");
    }

    @Test
    void aRefusalReachesTheContactInItsLanguageWithTheReason() {
        Accredited.Organization org = Accredited.para7("en");
        String session = SessionRows.insert(dataSource, SessionRows.Spec.openNewYork(clock.instant(), null, null));
        String letter = upload(org.secret(), session);
        String email = Api.uniqueEmail();
        String id = Api.applicant(org.secret()).body(person(letter, "Jo Smith", email, "IN_PERSON"))
                .post("/api/v1/sessions/" + session + "/representatives").then().statusCode(201).extract().path("id");
        as("approver").body(Map.of()).post("/api/v1/representatives/" + id + "/refusal").then().statusCode(400);
        as("approver").body(Map.of("reason", "The letter is not signed by the head of the organization."))
                .post("/api/v1/representatives/" + id + "/refusal").then().statusCode(200).body("status", equalTo("REFUSED"));
        Api.applicant(org.secret()).get("/api/v1/sessions/" + session + "/representatives/" + id).then().statusCode(200)
                .body("refusalReason", equalTo("The letter is not signed by the head of the organization."));

        Outbox.deliverAllDue(dispatcher, clock.instant());
        SmtpInbox inbox = new SmtpInbox(greenMail);
        List<MimeMessage> aboutSession = inbox.to(org.contactEmail()).stream()
                .filter(m -> SmtpInbox.subject(m).contains(SessionRows.code(session))).toList();
        assertEquals(1, aboutSession.size(), "one email about the session: the refusal");
        MimeMessage refusal = aboutSession.get(0);
        assertTrue(SmtpInbox.subject(refusal).contains("not confirmed"), SmtpInbox.subject(refusal));
        assertTrue(SmtpInbox.text(refusal).contains("The letter is not signed by the head of the organization."));
        assertFalse(SmtpInbox.html(refusal).contains("dir=\"rtl\""));
        assertTrue(inbox.to(email).isEmpty(), "a refused representative is not written to");
    }
}
