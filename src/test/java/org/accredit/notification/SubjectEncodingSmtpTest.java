package org.accredit.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import org.accredit.support.Api;
import org.accredit.support.GreenMailResource.InjectGreenMail;
import org.accredit.support.Outbox;
import org.accredit.support.RealSmtpProfile;
import org.accredit.support.SmtpInbox;
import org.junit.jupiter.api.Test;

/**
 * Over real SMTP (GreenMail): a subject with characters outside the Basic Multilingual Plane
 * arrives intact through the transport the outbox dispatcher uses, and no email has an empty Cc header.
 */
@QuarkusTest
@TestProfile(RealSmtpProfile.class)
class SubjectEncodingSmtpTest {

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    SmtpTransport smtp;

    @Inject
    OutboxDispatcher dispatcher;

    @Test
    void anEmojiAndRareCjkInTheSubjectArriveIntact() throws Exception {
        String recipient = "emoji-" + java.util.UUID.randomUUID() + "@example.org";
        String subject = "AHC-2026-00042 : décision \uD83C\uDF89 \uD840\uDC0B 日本語 — " + "long subject ".repeat(6) + "\uD83D\uDE00";
        smtp.send(java.util.UUID.randomUUID(), recipient, new RenderedEmail(subject, "text \uD83D\uDE00", "<p>html \uD83D\uDE00</p>"))
                .toCompletableFuture().get(10, java.util.concurrent.TimeUnit.SECONDS);

        MimeMessage m = new SmtpInbox(greenMail).single(recipient);
        assertEquals(subject, m.getSubject());
        assertTrue(SmtpInbox.text(m).contains("text \uD83D\uDE00"));
        assertNull(m.getHeader("Cc"), "no Cc header at all");
    }

    @Test
    void anAcknowledgementSentByTheDispatcherHasNoEmptyCcHeader() throws Exception {
        Api.Submitted s = Api.submit("INTERGOVERNMENTAL_ORGANIZATION", null, "zh");
        Outbox.deliverAllDue(dispatcher, Instant.now());
        MimeMessage m = new SmtpInbox(greenMail).single(s.contactEmail());
        assertNull(m.getHeader("Cc"), "no Cc header at all");
        assertNull(m.getHeader("Bcc"));
        assertTrue(m.getSubject().contains(s.reference()), m.getSubject());
    }
}
