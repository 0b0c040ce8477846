package org.accredit.notification;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.accredit.application.ApplicantEmailView;
import org.accredit.organization.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Anyone may apply, so anyone could make the service send UN-branded mail to any address: the
 * subject, which the recipient reads first, must never carry text the applicant wrote. Every kind
 * of email, in every language, is rendered from the data the outbox stores (records as JSON
 * objects, as the dispatcher reads them back) with a hostile organization name, contact name,
 * website and reasons; the subject holds none of it, while the bodies still name the organization
 * (escaped in HTML).
 */
@QuarkusTest
class NoApplicantTextInSubjectsTest {

    static final String REFERENCE = "AHC-2026-00077";
    /** Each word is distinctive, so a subject holding any part of the name is caught. */
    static final String HOSTILE = "URGENT Verify your UN account now at evil.example <b>Payment</b> & \"Refund\"";
    static final List<String> HOSTILE_WORDS = List.of("URGENT", "Verify", "account", "evil.example", "Payment", "Refund");

    @Inject
    EmailRenderer renderer;

    static Stream<Arguments> everyKindInEveryLanguage() {
        return Arrays.stream(EmailKind.values()).flatMap(k -> Arrays.stream(Language.values()).map(l -> Arguments.of(k, l)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyKindInEveryLanguage")
    void theSubjectCarriesNoApplicantText(EmailKind kind, Language language) {
        RenderedEmail email = renderer.render(kind, language, TemplateData.read(TemplateData.write(hostileData(kind))));

        String subject = email.subject().toLowerCase(Locale.ROOT);
        for (String word : HOSTILE_WORDS) {
            assertFalse(subject.contains(word.toLowerCase(Locale.ROOT)), kind + "/" + language + " subject: " + email.subject());
        }
        assertFalse(email.subject().contains("<") || email.subject().contains("&"), email.subject());
        if (kind == EmailKind.OBJECTION_WINDOW_CLOSED) {
            // the summary names no organization (counts and a link to the list, however long the list)
            assertFalse(email.text().contains(HOSTILE), email.text());
            assertTrue(email.text().contains("/console/lists/5f0c6a1e-0000-4000-8000-0000000000aa"), email.text());
        } else {
            // the body may quote the name: as written in the text part, escaped in the HTML part
            assertTrue(email.text().contains(HOSTILE), kind + "/" + language + " text names the organization");
            assertFalse(email.html().contains("<b>Payment</b>"), email.html());
            assertTrue(email.html().contains("&lt;b&gt;Payment&lt;/b&gt; &amp; &quot;Refund&quot;"), email.html());
        }
        if (kind == EmailKind.SESSION_RESCHEDULED) {
            assertTrue(email.subject().contains("AHC-7"), "the admin-made session code identifies it: " + email.subject());
        } else if (kind != EmailKind.LIST_CIRCULATED && kind != EmailKind.OBJECTION_WINDOW_CLOSED) {
            assertTrue(email.subject().contains(REFERENCE), "the server-made reference identifies it: " + email.subject());
        }
    }

    /** What each kind of email is given, with applicant-written text wherever the applicant writes. */
    static Map<String, Object> hostileData(EmailKind kind) {
        Map<String, Object> data = new HashMap<>();
        data.put("app", new ApplicantEmailView(REFERENCE, HOSTILE, HOSTILE + " (contact)", "PARA_9", "SUBMITTED",
                "Please send your statutes.", HOSTILE + " (reason)", null));
        switch (kind) {
            case ACKNOWLEDGEMENT, SECRET_REISSUED -> data.put("trackingSecret", "tS3cr3t-0123456789abcdefghijklmnopqrstuvwxyzABCD");
            case PATH_CHANGE -> {
                data.put("fromPath", "PARA_8");
                data.put("toPath", "PARA_9");
                data.put("reason", "The ECOSOC roster does not list the organization.");
            }
            case LIST_CIRCULATED -> {
                data.put("listTitle", "List 1");
                data.put("deadlineLocal", "2026-12-14 18:00 America/New_York (UTC-05:00)");
                data.put("deadlineUtc", "2026-12-14T23:00:00Z");
                data.put("items", List.of(Map.of("name", HOSTILE, "type", "NGO", "country", "FR",
                        "website", "https://evil.example/verify")));
            }
            case OBJECTION_WINDOW_CLOSED -> {
                data.put("listTitle", "List 1");
                data.put("deadlineLocal", "2026-12-14 18:00 America/New_York (UTC-05:00)");
                data.put("closedAtLocal", "2026-12-14 18:01 America/New_York (UTC-05:00)");
                data.put("early", false);
                data.put("listId", "5f0c6a1e-0000-4000-8000-0000000000aa");
                data.put("objected", 0);
                data.put("noObjection", 1);
                data.put("total", 1);
            }
            case SECRETARIAT_INFORMATION_RECEIVED -> {
                data.put("applicationId", "5f0c6a1e-0000-4000-8000-000000000000");
                data.put("question", "Please send your statutes.");
                data.put("answer", HOSTILE + " (answer)");
            }
            case SECRETARIAT_WITHDRAWAL -> {
                data.put("applicationId", "5f0c6a1e-0000-4000-8000-000000000000");
                data.put("fromStatus", "IN_REVIEW");
                data.put("reason", HOSTILE + " (reason)");
            }
            case STATEMENT_PUBLISHED, STATEMENT_DECLINED -> data.put("statement", Map.of("id",
                    "5f0c6a1e-0000-4000-8000-000000000001", "title", HOSTILE + " (title)", "session", "AHC-4",
                    "reason", HOSTILE + " (reason)"));
            case ACCREDITATION_SUSPENDED, ACCREDITATION_REINSTATED, ACCREDITATION_WITHDRAWN ->
                    data.put("reason", HOSTILE + " (reason)");
            case SESSION_RESCHEDULED -> {
                data.put("session", Map.of("code", "AHC-7", "title", "Seventh session", "oldOpens", "1 March 2030 10:00",
                        "oldCloses", "12 March 2030 18:00", "opens", "8 March 2030 10:00", "closes", "19 March 2030 18:00"));
                data.put("name", HOSTILE + " (representative)");
                data.put("organization", HOSTILE);
                data.put("reference", REFERENCE);
                data.put("representative", true);
            }
            case COMMITTEE_APPROVAL, NOT_APPROVED -> {
                data.put("documentReference", "A/AC.291/6, annex I");
                data.put("decisionDate", "2022-02-24");
            }
            case REGISTRATION_CONFIRMED, REPRESENTATIVE_CONFIRMED, REGISTRATION_REFUSED -> {
                data.put("session", Map.of("code", "AHC-7", "title", "Seventh session",
                        "opensLocal", "2026-12-14 10:00 America/New_York (UTC-05:00)",
                        "closesLocal", "2026-12-18 18:00 America/New_York (UTC-05:00)"));
                data.put("representative", Map.of("name", HOSTILE + " (person)", "title", HOSTILE + " (title)",
                        "employer", HOSTILE + " (employer)", "mode", "IN_PERSON"));
                data.put("reason", HOSTILE + " (reason)");
            }
            default -> {
            }
        }
        return data;
    }
}
