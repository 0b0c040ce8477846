package org.accredit.application;

import static org.accredit.support.Api.as;
import static org.accredit.support.Api.post;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.accredit.notification.OutboxDispatcher;
import org.accredit.support.Api;
import org.accredit.support.GreenMailResource.InjectGreenMail;
import org.accredit.support.RealSmtpProfile;
import org.accredit.support.Outbox;
import org.accredit.support.SmtpInbox;
import org.junit.jupiter.api.Test;

/**
 * Para 8 from end to end over real SMTP: a claimed ECOSOC status matched against an imported
 * roster, review, recommendation, approval by a second staff member, the acknowledgement and the
 * approval received in the applicant's language, and the complete history.
 */
@QuarkusTest
@TestProfile(RealSmtpProfile.class)
class Para8EndToEndSmtpTest {

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    OutboxDispatcher dispatcher;

    @Test
    void claimedStatusMatchedReviewedApprovedAndEmailedInSpanish() {
        String suffix = Api.unique("");
        String rosterName = "Fundación Ciudadanía Digital & Derechos" + suffix;
        as("admin").contentType("text/csv; charset=UTF-8")
                .body("name,category,year,country\n\"" + rosterName + "\",special,2015,ES\n")
                .post("/api/v1/ecosoc/imports?mode=partial").then().statusCode(201);

        String email = Api.uniqueEmail();
        JsonPath receipt = Api.anonymous()
                .body(Api.body("FUNDACION CIUDADANIA DIGITAL AND DERECHOS" + suffix.toUpperCase(), "NGO", "ES", "SPECIAL",
                        email, "es"))
                .post("/api/v1/applications").then().statusCode(201).body("path", equalTo("PARA_8"))
                .extract().jsonPath();
        String id = receipt.getString("id");

        String entryId = as("reviewer").get("/api/v1/applications/" + id).then().statusCode(200)
                .body("ecosoc.claimedCategory", equalTo("SPECIAL"))
                .body("ecosoc.matchedEntry.name", equalTo(rosterName))
                .body("ecosoc.matchedEntry.status", equalTo("ACTIVE"))
                .extract().path("ecosoc.matchedEntry.id");
        post("reviewer", "/api/v1/applications/" + id + "/review", null, 200);
        as("reviewer").body(Map.of("entryId", entryId, "note", "Same NGO, roster spells it with an ampersand"))
                .post("/api/v1/applications/" + id + "/ecosoc-match").then().statusCode(200)
                .body("ecosoc.confirmedBy", equalTo("reviewer"));
        post("reviewer", "/api/v1/applications/" + id + "/recommendation", null, 200);
        as("reviewer").post("/api/v1/applications/" + id + "/approval").then().statusCode(403);
        JsonPath approved = as("approver2").post("/api/v1/applications/" + id + "/approval").then().statusCode(200)
                .body("status", equalTo("APPROVED")).extract().jsonPath();

        // the same normalized name in the same country: confirmed automatically, and again by the reviewer
        assertEquals(List.of("SUBMITTED", "ECOSOC_MATCH_CONFIRMED", "STATUS_CHANGED", "ECOSOC_MATCH_CONFIRMED",
                "STATUS_CHANGED", "STATUS_CHANGED"), approved.getList("history.type"));
        assertEquals(List.of("applicant", "system", "reviewer", "reviewer", "reviewer", "approver2"),
                approved.getList("history.actor"));
        assertEquals("APPROVED", approved.getString("history[5].toStatus"));

        Outbox.deliverAllDue(dispatcher, java.time.Instant.now());
        SmtpInbox inbox = new SmtpInbox(greenMail);
        List<MimeMessage> received = inbox.to(email);
        assertEquals(2, received.size(), "acknowledgement and approval, each once");
        MimeMessage ack = received.get(0);
        assertTrue(SmtpInbox.subject(ack).contains("solicitud recibida"), SmtpInbox.subject(ack));
        assertTrue(SmtpInbox.text(ack).contains(receipt.getString("trackingSecret")));
        assertTrue(SmtpInbox.html(ack).contains("lang=\"es\""));
        MimeMessage approval = received.get(1);
        assertEquals(receipt.getString("reference") + ": solicitud aprobada", SmtpInbox.subject(approval));
        assertFalse(SmtpInbox.text(approval).contains(receipt.getString("trackingSecret")));
    }
}
