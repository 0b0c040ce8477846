package org.accredit.frontdoor;

import static org.accredit.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.accredit.support.Api;
import org.accredit.support.Pdfs;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages end to end in headless chromium (see {@link Browser}): the application form in English
 * and Arabic (an error shown next to its field, then a correct submission ending on the reference; in
 * both languages a para 9 applicant attaching its statutes, a PDF, found stored through the staff API),
 * the status page answering an information request then withdrawing, and axe-core on every page.
 * Screenshots under {@code target/screenshots/}.
 */
@QuarkusTest
class ApplicationPagesBrowserTest extends org.accredit.support.InBrowser {

    @Test
    void applyingInEnglish() {
        apply("en", "ltr", "Apply for accreditation");
    }

    @Test
    void applyingInArabicRightToLeft() {
        apply("ar", "rtl", "طلب الاعتماد");
    }

    private void apply(String lang, String dir, String title) {
        browser.go(url("/forms/apply?lang=" + lang));
        assertEquals(lang, browser.find("html").getAttribute("lang"));
        assertEquals(dir, browser.find("html").getAttribute("dir"));
        assertEquals(title, browser.find("h1").getText());
        browser.assertAccessible("apply-" + lang + "-1-form");

        // a para 9 applicant (an open call), its statutes attached once corrected
        Api.ensureOpenCall();
        String name = Api.unique("Browser Org " + lang);
        fill(name, "ACADEMIC_INSTITUTION", "not-an-email");
        browser.submit("button[type=submit]");

        WebElement email = browser.find("#f-contact-email");
        assertEquals("true", email.getAttribute("aria-invalid"));
        String describedBy = email.getAttribute("aria-describedby");
        assertEquals("f-contact-email-error", describedBy);
        WebElement message = browser.find("#" + describedBy);
        assertTrue(message.isDisplayed());
        assertFalse(message.getText().isBlank());
        assertEquals("not-an-email", email.getAttribute("value"), "the entered value is kept");
        assertTrue(browser.find(".error-summary a").getAttribute("href").endsWith("#f-contact-email"),
                "the summary links to the field");
        assertNull(browser.find("#f-organization-name").getAttribute("aria-invalid"), "only the bad field is marked");
        assertEquals(dir, browser.find("html").getAttribute("dir"));
        browser.assertAccessible("apply-" + lang + "-2-error-next-to-its-field");

        browser.type("#f-contact-email", Api.uniqueEmail());
        byte[] statutes = Pdfs.blank(2);
        // a file is chosen again after an error: the hint says so
        browser.find("#f-statutes").sendKeys(pdfFile(statutes).toString());
        browser.submit("button[type=submit]");

        String reference = browser.find("#reference").getText();
        assertTrue(reference.matches("[A-Z0-9-]+"), reference);
        // stored: the staff API lists the attachment
        String id = as("reviewer").queryParam("q", name).get("/api/v1/applications").then().statusCode(200)
                .body("items[0].reference", org.hamcrest.Matchers.equalTo(reference)).extract().path("items[0].id");
        as("reviewer").get("/api/v1/applications/" + id + "/attachments").then().statusCode(200)
                .body("items.kind", org.hamcrest.Matchers.contains("STATUTES"))
                .body("items[0].sizeBytes", org.hamcrest.Matchers.equalTo(statutes.length));
        assertFalse(browser.find("#secret").getText().isBlank());
        assertEquals(dir, browser.find("html").getAttribute("dir"));
        browser.assertAccessible("apply-" + lang + "-3-reference");
    }

    private static Path pdfFile(byte[] pdf) {
        try {
            Path file = Files.createTempFile("statutes-", ".pdf");
            file.toFile().deleteOnExit();
            return Files.write(file, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(String name, String type, String email) {
        browser.type("#f-organization-name", name);
        new Select(browser.find("#f-organization-type")).selectByValue(type);
        browser.type("#f-organization-country", "KE");
        browser.type("#f-organization-website", "https://example.org");
        browser.type("#f-organization-expertise", "Cybercrime research");
        browser.type("#f-contact-name", "Dana Contact");
        browser.type("#f-contact-email", email);
    }

    /** The accessibility check can fail: a page with an unlabelled field and a low-contrast text is refused. */
    @Test
    void theAxeCheckRefusesAnInaccessiblePage() {
        browser.go("data:text/html;charset=utf-8,<html><head><title>t</title></head><body><main>"
                + "<input type=text><p style='color:%23ccc;background:%23fff'>faint</p></main></body></html>");
        AssertionError refused = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> browser.assertAccessible("axe-self-check"));
        assertTrue(refused.getMessage().contains("label"), refused.getMessage());
        assertTrue(refused.getMessage().contains("color-contrast"), refused.getMessage());
    }

    @Test
    void theStatusPageAnswersAnInformationRequestThenWithdraws() {
        for (String lang : new String[] {"en", "ar"}) {
            Api.Submitted s = Api.submit("INTERGOVERNMENTAL_ORGANIZATION", null, "en");
            as("reviewer").post("/api/v1/applications/" + s.id() + "/review").then().statusCode(200);
            as("reviewer").body(Map.of("question", "Please send your mandate."))
                    .post("/api/v1/applications/" + s.id() + "/information-request").then().statusCode(200);

            browser.go(url("/status?lang=" + lang));
            browser.assertAccessible("status-" + lang + "-1-secret");
            browser.type("#f-secret", s.secret());
            browser.submit("button[type=submit]");
            assertFalse(browser.driver().getCurrentUrl().contains(s.secret()), "the secret never enters a URL");
            assertEquals(s.reference(), browser.find("#reference").getText());
            assertEquals("INFORMATION_REQUESTED", browser.find("#status").getAttribute("data-status"));
            assertEquals("Please send your mandate.", browser.find("#question").getText());
            browser.assertAccessible("status-" + lang + "-2-question");

            // an empty answer is refused next to its field
            browser.submit("#question ~ form button[type=submit]");
            assertEquals("f-answer-error", browser.find("#f-answer").getAttribute("aria-describedby"));
            browser.assertAccessible("status-" + lang + "-3-empty-answer");

            browser.type("#f-answer", "Our mandate is at https://example.org/mandate");
            browser.submit("#question ~ form button[type=submit]");
            assertEquals("IN_REVIEW", browser.find("#status").getAttribute("data-status"));
            assertTrue(browser.findAll("#question").isEmpty());
            assertTrue(browser.find("[role=status]").isDisplayed());
            browser.assertAccessible("status-" + lang + "-4-answered");

            browser.type("#f-reason", "We will apply later.");
            browser.submit("button.danger");
            assertEquals("WITHDRAWN", browser.find("#status").getAttribute("data-status"));
            assertTrue(browser.findAll("button.danger").isEmpty(), "no second withdrawal offered");
            assertTrue(browser.html().contains("We will apply later."));
            browser.assertAccessible("status-" + lang + "-5-withdrawn");

            Api.applicant(s.secret()).get("/api/v1/tracking").then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("WITHDRAWN"));
        }
    }
}
