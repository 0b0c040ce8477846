package org.accredit.frontdoor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.accredit.support.Accredited;
import org.accredit.support.Api;
import org.accredit.support.Pdfs;
import org.accredit.support.SessionRows;
import org.accredit.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * An accredited organization registers a representative with the official letter on the page, in
 * English and Arabic (chromium, axe-core): a file that is not a PDF is refused next to the letter
 * field, a real PDF registers the person, who is then listed as requested and stored with the letter.
 */
@QuarkusTest
class OrganizationRepresentativesBrowserTest extends org.accredit.support.InBrowser {

    @Inject
    AgroalDataSource db;

    @Inject
    TestClock clock;

    @Test
    void anAccreditedOrganizationRegistersARepresentativeWithItsLetterInEnglishAndArabic() throws Exception {
        Accredited.Organization org = Accredited.para7("en");
        String session = SessionRows.insert(db, SessionRows.Spec.openNewYork(clock.instant(), 3, 3));
        Path letter = Files.createTempFile("letter", ".pdf");
        Files.write(letter, Pdfs.blank(1));
        Path notPdf = Files.createTempFile("letter", ".pdf");
        Files.writeString(notPdf, "Not a PDF at all, only text with a .pdf name.");
        for (String lang : new String[] {"en", "ar"}) {
            String email = Api.uniqueEmail();
            String name = lang.equals("ar") ? "ليلى حداد" : "Amina Diallo";
            browser.go(url("/organization/representatives?lang=" + lang));
            assertEquals(lang.equals("ar") ? "rtl" : "ltr", browser.find("html").getAttribute("dir"));
            assertEquals("password", browser.find("#f-secret").getAttribute("type"));
            browser.assertAccessible("organization-representatives-" + lang + "-1-choose");

            browser.type("#f-secret", org.secret());
            new Select(browser.find("#f-session")).selectByValue(session);
            browser.submit("button[type=submit]");
            assertFalse(browser.driver().getCurrentUrl().contains(org.secret()), "the secret is never in a URL");
            if (lang.equals("en")) {
                assertTrue(browser.find("#no-representatives").isDisplayed());
            }
            browser.assertAccessible("organization-representatives-" + lang + "-2-list");

            browser.type("#f-name", name);
            browser.type("#f-title", "Legal adviser");
            browser.type("#f-employer", "Ministry of Justice");
            browser.type("#f-email", email);
            browser.find("#f-mode-IN_PERSON").click();
            new Select(browser.find("#f-gender")).selectByValue("FEMALE");
            browser.type("#f-nationality", "SN");
            browser.find("#f-letter").sendKeys(notPdf.toAbsolutePath().toString());
            browser.submit("form[enctype] button[type=submit]");

            // the refusal is next to the letter field, the values kept, the file to be chosen again
            assertEquals("true", browser.find("#f-letter").getAttribute("aria-invalid"));
            assertEquals("f-letter-hint f-letter-error", browser.find("#f-letter").getAttribute("aria-describedby"));
            assertTrue(browser.find("#f-letter-error").getText().contains("PDF"));
            assertEquals(name, browser.find("#f-name").getAttribute("value"));
            assertTrue(browser.find("#f-mode-IN_PERSON").isSelected());
            if (lang.equals("en")) {
                assertTrue(browser.find("#f-letter-hint").getText().contains("choose the letter (PDF) again"));
            }
            browser.assertAccessible("organization-representatives-" + lang + "-3-letter-error");

            browser.find("#f-letter").sendKeys(letter.toAbsolutePath().toString());
            browser.submit("form[enctype] button[type=submit]");
            assertTrue(browser.find("#registered").getText().contains(name));
            assertTrue(browser.html().contains(name));
            assertEquals(lang.equals("ar") ? "مطلوب" : "Requested",
                    browser.find("td[data-status=REQUESTED]").getText());
            browser.assertAccessible("organization-representatives-" + lang + "-4-registered");

            assertStoredWithLetter(email, name);
        }
        Api.as("reviewer").get("/api/v1/sessions/" + session + "/registrations").then().statusCode(200)
                .body("items.size()", equalTo(2), "items[0].name", equalTo("Amina Diallo"), "items[0].status",
                        equalTo("REQUESTED"), "items[0].mode", equalTo("IN_PERSON"), "items[0].letterId", notNullValue());
    }

    private void assertStoredWithLetter(String email, String name) throws SQLException, IOException {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement("select r.name, r.status, "
                + "r.gender, r.nationality, l.content from representative r join registration_letter l on l.id = r.letter_id "
                + "where r.email = ?")) {
            q.setString(1, email);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next(), "the representative is stored");
                assertEquals(name, rs.getString(1));
                assertEquals("REQUESTED", rs.getString(2));
                assertEquals("FEMALE", rs.getString(3));
                assertEquals("SN", rs.getString(4));
                assertTrue(new String(rs.getBytes(5), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-"));
                assertFalse(rs.next());
            }
        }
    }

    @Test
    void theSamePersonTwiceIsAReadableRefusalAWithdrawalWorksAndAWrongSecretIsNotEchoed() {
        Accredited.Organization org = Accredited.para7("fr");
        String session = SessionRows.insert(db, SessionRows.Spec.openNewYork(clock.instant(), null, null));
        String email = Api.uniqueEmail();
        for (int i = 0; i < 2; i++) {
            var post = given().multiPart("secret", org.secret()).multiPart("session", session).multiPart("name", "Jean Dupont")
                    .multiPart("title", "Conseiller").multiPart("employer", "Ministère").multiPart("email", email)
                    .multiPart("mode", "ONLINE").multiPart("letter", "letter.pdf", Pdfs.blank(1), "application/pdf")
                    .post("/organization/representatives/registrations?lang=fr").then().contentType(startsWith("text/html"));
            if (i == 0) {
                post.statusCode(201).body(containsString("data-status=\"REQUESTED\""), containsString("En ligne"));
            } else {
                post.statusCode(409).body(containsString("déjà inscrite pour cette session"), containsString("id=\"problem\""));
            }
        }
        // withdrawn on the page, with the secret in a hidden field of the row's form
        browser.go(url("/organization/representatives?lang=en"));
        browser.type("#f-secret", org.secret());
        new Select(browser.find("#f-session")).selectByValue(session);
        browser.submit("button[type=submit]");
        browser.submit("button[id^=withdraw-]");
        assertTrue(browser.find("#registered").getText().contains("Jean Dupont is withdrawn"));
        assertEquals("Withdrawn", browser.find("td[data-status=WITHDRAWN]").getText());
        assertTrue(browser.findAll("button[id^=withdraw-]").isEmpty(), "a withdrawn representative cannot be withdrawn again");
        browser.assertAccessible("organization-representatives-en-5-withdrawn");
        Api.as("reviewer").get("/api/v1/sessions/" + session + "/registrations").then().statusCode(200)
                .body("items.size()", equalTo(1), "items[0].status", equalTo("WITHDRAWN"));

        given().formParam("secret", "<b>guess</b>").formParam("session", session).post("/organization/representatives")
                .then().statusCode(404).contentType(startsWith("text/html")).body(containsString("id=\"f-secret-error\""),
                        not(containsString("guess")));
    }

    @Test
    void missingAndHostileFieldsAreRefusedNextToTheirFieldsEscapedAndNothingIsStored() {
        Accredited.Organization org = Accredited.para7("en");
        String session = SessionRows.insert(db, SessionRows.Spec.openNewYork(clock.instant(), null, null));
        // no mode, a control character in the name, markup in the employer: the service's field errors
        given().multiPart("secret", org.secret()).multiPart("session", session).multiPart("name", "bad\u0007bell")
                .multiPart("title", "Adviser").multiPart("employer", "\"><script>alert(1)</script>")
                .multiPart("email", Api.uniqueEmail()).multiPart("letter", "letter.pdf", Pdfs.blank(1), "application/pdf")
                .post("/organization/representatives/registrations").then().statusCode(400).contentType(startsWith("text/html"))
                .body(containsString("id=\"f-name-error\""), containsString("id=\"f-mode-error\""),
                        not(containsString("<script>alert")), containsString("&quot;&gt;&lt;script&gt;"),
                        containsString("choose the letter (PDF) again"));
        // no letter at all: refused next to the letter field before the service is called
        given().multiPart("secret", org.secret()).multiPart("session", session).multiPart("name", "No Letter")
                .multiPart("title", "Adviser").multiPart("employer", "Ministry").multiPart("email", Api.uniqueEmail())
                .multiPart("mode", "ONLINE").post("/organization/representatives/registrations").then().statusCode(400)
                .body(containsString("id=\"f-letter-error\""), containsString("aria-invalid=\"true\""));
        // text where the letter belongs
        given().multiPart("secret", org.secret()).multiPart("session", session).multiPart("name", "Text Letter")
                .multiPart("title", "Adviser").multiPart("employer", "Ministry").multiPart("email", Api.uniqueEmail())
                .multiPart("mode", "ONLINE").multiPart("letter", "not a file")
                .post("/organization/representatives/registrations").then().statusCode(400)
                .body(containsString("id=\"f-letter-error\""));
        Api.as("reviewer").get("/api/v1/sessions/" + session + "/registrations").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void aReachedQuotaIsReadableAndAfterTheCutOffTheSessionIsOfferedForLateRequests() {
        Accredited.Organization org = Accredited.para7("es");
        String late = SessionRows.insert(db, SessionRows.Spec.pastCutOffVienna(clock.instant(), 1, null));
        String notYet = SessionRows.insert(db, SessionRows.Spec.notYetOpen(clock.instant()));
        String opened = SessionRows.insert(db, SessionRows.Spec.opened(clock.instant()));
        given().get("/organization/representatives").then().statusCode(200).body(containsString("value=\"" + late + "\""),
                not(containsString("value=\"" + notYet + "\"")), not(containsString("value=\"" + opened + "\"")));
        for (int i = 0; i < 2; i++) {
            var post = given().multiPart("secret", org.secret()).multiPart("session", late).multiPart("name", "Persona " + i)
                    .multiPart("title", "Asesora").multiPart("employer", "Ministerio").multiPart("email", Api.uniqueEmail())
                    .multiPart("mode", "IN_PERSON").multiPart("letter", "carta.pdf", Pdfs.blank(1), "application/pdf")
                    .post("/organization/representatives/registrations?lang=es").then().contentType(startsWith("text/html"));
            if (i == 0) {
                post.statusCode(201).body(containsString("data-status=\"LATE_REQUEST\""), containsString("Solicitud tardía"));
            } else {
                post.statusCode(409).body(containsString("ya ocupa todos sus puestos"), containsString("id=\"problem\""),
                        containsString("f-name\" name=\"name\" type=\"text\" value=\"Persona 1\""));
            }
        }
    }
}
