package org.accredit.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accredit.application.ApplicantEmailView;
import org.accredit.organization.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every applicant email of issue 2 renders in each of the six UN languages, from the localized bundles. */
@QuarkusTest
class EmailRenderingTest {

    static final List<EmailKind> APPLICANT_KINDS = List.of(EmailKind.ACKNOWLEDGEMENT, EmailKind.INFORMATION_REQUEST,
            EmailKind.APPROVAL, EmailKind.REJECTION, EmailKind.WITHDRAWAL, EmailKind.PATH_CHANGE, EmailKind.SECRET_REISSUED);

    static final String REFERENCE = "AHC-2026-00042";
    static final String CONTACT = "Amina Haddad";
    static final String ORGANIZATION = "Cyber Policy Institute";
    /** accredit.mail.public-url in the test profile: the address of the pages. */
    static final String PAGES = "http://localhost:8080";
    static final String SECRET = "tS3cr3t-0123456789abcdefghijklmnopqrstuvwxyzABCD";
    static final String QUESTION = "Please send your statutes and the list of your board members.";
    static final String REASON = "The organization does not work on countering cybercrime.";
    static final String PATH_REASON = "The ECOSOC roster does not list the organization.";

    @Inject
    EmailRenderer renderer;

    static Stream<Arguments> kindsAndLanguages() {
        return APPLICANT_KINDS.stream().flatMap(k -> Arrays.stream(Language.values()).map(l -> Arguments.of(k, l)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("kindsAndLanguages")
    void rendersEachApplicantKindInEachLanguage(EmailKind kind, Language language) {
        RenderedEmail email = renderer.render(kind, language, data(kind, ORGANIZATION));

        assertFalse(email.subject().isBlank());
        assertFalse(email.subject().contains("\r") || email.subject().contains("\n"), email.subject());
        assertTrue(email.subject().contains(REFERENCE), email.subject());
        for (String body : List.of(email.text(), email.html())) {
            assertTrue(body.contains(REFERENCE), body);
            assertTrue(body.contains(CONTACT), "greeting by name");
            assertTrue(body.contains(ORGANIZATION), body);
        }
        assertTrue(email.html().contains("<html lang=\"" + language.name() + "\""), email.html());
        assertEquals(language == Language.ar, email.html().contains(" dir=\"rtl\""), "rtl only for Arabic");

        List<String> mustShow = switch (kind) {
            case ACKNOWLEDGEMENT -> List.of(SECRET, PAGES + "/status?lang=" + language.name(),
                    PAGES + "/lost-secret?lang=" + language.name());
            case INFORMATION_REQUEST -> List.of(QUESTION, PAGES + "/status?lang=" + language.name());
            case SECRET_REISSUED -> List.of(SECRET, PAGES + "/status?lang=" + language.name());
            case REJECTION -> List.of(REASON);
            case PATH_CHANGE -> List.of(PATH_REASON, "75/282");
            case APPROVAL -> List.of("2", "75/282");
            default -> List.of();
        };
        for (String s : mustShow) {
            assertTrue(email.text().contains(s), kind + " text must show " + s);
            assertTrue(email.html().contains(s), kind + " html must show " + s);
        }
        // the pages replace curl and the header; the secret is never part of a link
        for (String body : List.of(email.text(), email.html())) {
            assertFalse(body.contains("curl") || body.contains("X-Tracking-Secret") || body.contains("/api/v1/tracking"), body);
            assertFalse(body.contains("?secret") || body.contains("=" + SECRET) || body.contains("/" + SECRET), body);
        }
        if (kind == EmailKind.ACKNOWLEDGEMENT || kind == EmailKind.INFORMATION_REQUEST || kind == EmailKind.SECRET_REISSUED) {
            assertTrue(email.html().contains("<a href=\"" + PAGES + "/status?lang=" + language.name() + "\">"), email.html());
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("kindsAndLanguages")
    void theDataStoredInTheOutboxRendersTheSameEmail(EmailKind kind, Language language) {
        Map<String, Object> data = data(kind, "Institut \"Cyber\" & <Policy> O'Brien");
        Map<String, Object> stored = TemplateData.read(TemplateData.write(data));

        assertTrue(stored.get("app") instanceof Map, "records are stored as JSON objects");
        assertEquals(renderer.render(kind, language, data), renderer.render(kind, language, stored));
    }

    @ParameterizedTest
    @MethodSource("applicantKinds")
    void eachLanguageHasItsOwnWording(EmailKind kind) {
        Map<Language, RenderedEmail> byLanguage = Arrays.stream(Language.values())
                .collect(Collectors.toMap(l -> l, l -> renderer.render(kind, l, data(kind, ORGANIZATION))));
        assertEquals(6, byLanguage.values().stream().map(RenderedEmail::subject).distinct().count(),
                "six different subjects: " + byLanguage);
        assertEquals(6, byLanguage.values().stream().map(RenderedEmail::text).distinct().count());
        // A sentence of the English body never appears in another language (a missing translation would).
        String englishSentence = renderer.render(kind, Language.en, data(kind, ORGANIZATION)).text().lines()
                .filter(line -> line.startsWith("The secretariat") || line.startsWith("As requested")
                        || line.startsWith("We are pleased") || line.startsWith("While reviewing")
                        || line.startsWith("As requested"))
                .findFirst().orElseThrow();
        byLanguage.forEach((language, email) -> assertEquals(language == Language.en,
                email.text().contains(englishSentence), language + ": " + email.text()));
    }

    static Stream<EmailKind> applicantKinds() {
        return APPLICANT_KINDS.stream();
    }

    @Test
    void arabicIsRightToLeftWithArabicWording() {
        RenderedEmail email = renderer.render(EmailKind.APPROVAL, Language.ar, data(EmailKind.APPROVAL, ORGANIZATION));
        assertTrue(email.html().contains("<html lang=\"ar\" dir=\"rtl\">"), email.html());
        assertTrue(email.subject().contains("تمت الموافقة على الطلب"), email.subject());
        assertTrue(email.text().contains("أمانة اللجنة المخصصة"), email.text());
    }

    @Test
    void applicantInputIsEscapedInHtmlOnly() {
        String name = "Tom & <b>Jerry</b> \"Ltd\"";
        RenderedEmail email = renderer.render(EmailKind.ACKNOWLEDGEMENT, Language.en, data(EmailKind.ACKNOWLEDGEMENT, name));
        assertFalse(email.subject().contains("Jerry"), "no applicant text in a subject: " + email.subject());
        assertTrue(email.text().contains(name), email.text());
        assertFalse(email.html().contains("<b>Jerry</b>"), email.html());
        assertTrue(email.html().contains("Tom &amp; &lt;b&gt;Jerry&lt;/b&gt; &quot;Ltd&quot;"), email.html());
    }

    @Test
    void subjectNeverCarriesLineBreaksFromInput() {
        String name = "Evil Org\r\nBcc: victim@example.org";
        RenderedEmail email = renderer.render(EmailKind.ACKNOWLEDGEMENT, Language.fr, data(EmailKind.ACKNOWLEDGEMENT, name));
        assertFalse(email.subject().contains("\r") || email.subject().contains("\n"), email.subject());
        assertEquals(REFERENCE + " : demande reçue", email.subject());
    }

    @Test
    void movingToPara9ExplainsTheNonObjectionProcedureOnlyThen() {
        Map<String, Object> toPara9 = data(EmailKind.PATH_CHANGE, ORGANIZATION);
        Map<String, Object> toPara8 = new HashMap<>(toPara9);
        toPara8.put("fromPath", "PARA_9");
        toPara8.put("toPath", "PARA_8");
        String procedure = "non-objection procedure";
        assertTrue(renderer.render(EmailKind.PATH_CHANGE, Language.en, toPara9).text().contains(procedure));
        assertFalse(renderer.render(EmailKind.PATH_CHANGE, Language.en, toPara8).text().contains(procedure));
        String para8 = renderer.render(EmailKind.PATH_CHANGE, Language.en, toPara8).text();
        assertTrue(para8.contains("Previous path: paragraph 9") && para8.contains("New path: paragraph 8"), para8);
    }

    static Map<String, Object> data(EmailKind kind, String organization) {
        String path = kind == EmailKind.PATH_CHANGE ? "PARA_9" : "PARA_8";
        Map<String, Object> data = new HashMap<>();
        data.put("app", new ApplicantEmailView(REFERENCE, organization, CONTACT, path, "SUBMITTED", QUESTION, REASON, null));
        switch (kind) {
            case ACKNOWLEDGEMENT, SECRET_REISSUED -> data.put("trackingSecret", SECRET);
            case PATH_CHANGE -> {
                data.put("fromPath", "PARA_8");
                data.put("toPath", "PARA_9");
                data.put("reason", PATH_REASON);
            }
            default -> {
            }
        }
        return data;
    }
}
