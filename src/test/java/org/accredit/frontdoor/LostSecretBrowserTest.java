package org.accredit.frontdoor;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accredit.notification.OutboxDispatcher;
import org.accredit.support.Api;
import org.accredit.support.GreenMailResource.InjectGreenMail;
import org.accredit.support.Outbox;
import org.accredit.support.RealSmtpProfile;
import org.accredit.support.SmtpInbox;
import org.junit.jupiter.api.Test;

/**
 * The lost-secret page end to end in headless chromium over real SMTP (GreenMail), in English and in
 * Arabic (right to left): from the status page's link, the reference and the contact email bring a
 * new tracking secret by email; it opens the status page and the old one no longer does. An unknown
 * pair gets the same confirmation and sends nothing; blank or invalid fields are refused next to
 * their fields. axe-core on every step; screenshots under {@code target/screenshots/}.
 */
@QuarkusTest
@TestProfile(RealSmtpProfile.class)
class LostSecretBrowserTest extends org.accredit.support.InBrowser {

    static final Pattern SECRET_LINE = Pattern.compile("(?m)^ {4}([A-Za-z0-9_-]{43})$");

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    OutboxDispatcher dispatcher;

    @Test
    void inEnglishTheNewSecretArrivesByEmailAndTheOldOneStopsWorking() {
        reissue("en", "ltr", "Lost tracking secret");
    }

    @Test
    void inArabicRightToLeftTheNewSecretArrivesByEmailAndTheOldOneStopsWorking() {
        reissue("ar", "rtl", "فقدان رمز التتبع");
    }

    private void reissue(String lang, String dir, String title) {
        Api.Submitted s = Api.submit("UN_ENTITY", null, lang);
        Outbox.deliverAllDue(dispatcher, Instant.now());
        assertEquals(1, inbox().to(s.contactEmail()).size(), "the acknowledgement");

        // from the status page's link
        browser.go(url("/status?lang=" + lang));
        browser.submit("#lost-secret-link");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/lost-secret?lang=" + lang), browser.driver().getCurrentUrl());
        assertEquals(lang, browser.find("html").getAttribute("lang"));
        assertEquals(dir, browser.find("html").getAttribute("dir"));
        assertEquals(title, browser.find("h1").getText());
        assertEquals("f-reference-hint", browser.find("#f-reference").getAttribute("aria-describedby"));
        assertTrue(browser.find("label[for=f-email]").isDisplayed());
        browser.assertAccessible("lost-secret-" + lang + "-1-form");

        // blank and invalid fields are refused next to their fields, counting nothing
        browser.type("#f-email", "not-an-email");
        browser.submit("button[type=submit]");
        assertEquals("true", browser.find("#f-reference").getAttribute("aria-invalid"));
        assertEquals("f-reference-hint f-reference-error", browser.find("#f-reference").getAttribute("aria-describedby"));
        assertEquals("true", browser.find("#f-email").getAttribute("aria-invalid"));
        assertEquals("f-email-error", browser.find("#f-email").getAttribute("aria-describedby"));
        assertFalse(browser.find("#f-email-error").getText().isBlank());
        assertEquals("not-an-email", browser.find("#f-email").getAttribute("value"), "the entered value is kept");
        assertTrue(browser.findAll("#lost-secret-sent").isEmpty());
        assertEquals(dir, browser.find("html").getAttribute("dir"));
        browser.assertAccessible("lost-secret-" + lang + "-2-field-errors");

        // the reference in lower case, the email in upper case: the service ignores both
        browser.type("#f-reference", s.reference().toLowerCase(Locale.ROOT));
        browser.type("#f-email", s.contactEmail().toUpperCase(Locale.ROOT));
        browser.submit("button[type=submit]");
        String confirmation = browser.find("#lost-secret-sent").getText();
        assertTrue(confirmation.contains(Pages.messages(org.accredit.organization.Language.valueOf(lang)).lostSecretSent()),
                confirmation);
        assertTrue(browser.findAll("[aria-invalid]").isEmpty());
        assertFalse(browser.html().contains(s.contactEmail().toUpperCase(Locale.ROOT)), "the address is not echoed");
        browser.assertAccessible("lost-secret-" + lang + "-3-sent");

        // the old secret no longer opens the status page
        browser.go(url("/status?lang=" + lang));
        browser.type("#f-secret", s.secret());
        browser.submit("button[type=submit]");
        assertTrue(browser.findAll("#reference").isEmpty());
        assertEquals("true", browser.find("#f-secret").getAttribute("aria-invalid"));
        given().formParam("secret", s.secret()).post("/status").then().statusCode(404);
        browser.assertAccessible("lost-secret-" + lang + "-4-old-secret-refused");

        // the new one arrives at the contact address, and only there
        Outbox.deliverAllDue(dispatcher, Instant.now());
        List<MimeMessage> received = inbox().to(s.contactEmail());
        assertEquals(2, received.size(), "the acknowledgement and the new secret");
        assertEquals(List.of(s.contactEmail()), SmtpInbox.recipients(received.get(1)));
        String text = SmtpInbox.text(received.get(1));
        Matcher m = SECRET_LINE.matcher(text);
        assertTrue(m.find(), text);
        String fresh = m.group(1);
        assertNotEquals(s.secret(), fresh);

        browser.go(url("/status?lang=" + lang));
        browser.type("#f-secret", fresh);
        browser.submit("button[type=submit]");
        assertFalse(browser.driver().getCurrentUrl().contains(fresh), "the secret never enters a URL");
        assertEquals(s.reference(), browser.find("#reference").getText());
        assertEquals("SUBMITTED", browser.find("#status").getAttribute("data-status"));
        assertEquals(dir, browser.find("html").getAttribute("dir"));
        browser.assertAccessible("lost-secret-" + lang + "-5-new-secret-works");
        Api.applicant(fresh).get("/api/v1/tracking").then().statusCode(200);
        Api.applicant(s.secret()).get("/api/v1/tracking").then().statusCode(404);
    }

    @Test
    void anUnknownPairGetsTheSameConfirmationAndSendsNothing() {
        Api.Submitted s = Api.submit("UN_ENTITY", null, "en");
        Outbox.deliverAllDue(dispatcher, Instant.now());
        String stranger = Api.uniqueEmail();

        String known = confirmation(s.reference(), s.contactEmail());
        // a reference no application has, and a real reference with another address
        assertEquals(known, confirmation("AHC-2099-99997", s.contactEmail()));
        assertEquals(known, confirmation(s.reference(), stranger));
        browser.assertAccessible("lost-secret-en-6-unknown-pair");

        Outbox.deliverAllDue(dispatcher, Instant.now());
        assertTrue(inbox().to(stranger).isEmpty(), "nothing to the address given");
        assertEquals(2, inbox().to(s.contactEmail()).size(), "its acknowledgement and the one new secret it asked for");
    }

    /** The page's answer to a pair, as text: the same page whatever the pair. */
    private String confirmation(String reference, String email) {
        browser.go(url("/lost-secret?lang=en"));
        browser.type("#f-reference", reference);
        browser.type("#f-email", email);
        browser.submit("button[type=submit]");
        return browser.find("main").getText();
    }

    private SmtpInbox inbox() {
        return new SmtpInbox(greenMail);
    }
}
