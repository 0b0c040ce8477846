package org.accredit.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.accredit.application.ApplicantEmailView;
import org.accredit.organization.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The emails to the secretariat (an answer, a withdrawal) in the six languages; no applicant text in the subject. */
@QuarkusTest
class SecretariatEmailsTest {

    static final String REFERENCE = "AHC-2026-00042";
    static final String ORGANIZATION = "Evil <Org> & Co";
    static final String ANSWER = "Our answer <script>x</script>";

    @Inject
    EmailRenderer renderer;

    static Stream<Arguments> kindsAndLanguages() {
        return Stream.of(EmailKind.SECRETARIAT_INFORMATION_RECEIVED, EmailKind.SECRETARIAT_WITHDRAWAL)
                .flatMap(k -> Arrays.stream(Language.values()).map(l -> Arguments.of(k, l)));
    }

    private static Map<String, Object> data() {
        Map<String, Object> data = new HashMap<>();
        data.put("app", new ApplicantEmailView(REFERENCE, ORGANIZATION, "Contact", "PARA_9", "IN_REVIEW", null, null, null));
        data.put("applicationId", "5f0c6a1e-0000-4000-8000-000000000000");
        data.put("question", "Which mandate?");
        data.put("answer", ANSWER);
        data.put("fromStatus", "OBJECTED");
        data.put("reason", ANSWER);
        return data;
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("kindsAndLanguages")
    void rendersInEachLanguageWithOnlyTheReferenceInTheSubject(EmailKind kind, Language language) {
        RenderedEmail email = renderer.render(kind, language, data());
        assertTrue(email.subject().contains(REFERENCE), email.subject());
        assertFalse(email.subject().contains("Evil") || email.subject().contains(ANSWER) || email.subject().contains("<"),
                email.subject());
        assertTrue(email.text().contains(ORGANIZATION) && email.text().contains(ANSWER), email.text());
        assertFalse(email.html().contains("<script>") || email.html().contains("<Org>"), email.html());
        assertTrue(email.html().contains("<html lang=\"" + language.name() + "\""));
        assertEquals(language == Language.en, email.subject().contains("applicant"), email.subject());
        assertTrue(email.text().contains("/api/v1/applications/5f0c6a1e-0000-4000-8000-000000000000"));
    }
}
