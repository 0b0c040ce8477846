package org.accredit.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accredit.organization.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message of every email bundle is translated into each of the other five UN languages,
 * with the same parameters and no stray keys. Add a new bundle interface to {@link #bundles()}.
 */
class EmailTranslationsTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");

    static Stream<Class<?>> bundles() {
        return Stream.of(EmailMessages.class, SecretariatMessages.class, org.accredit.statement.StatementMessages.class,
                org.accredit.registration.RegistrationMessages.class, org.accredit.application.StandingMessages.class,
                org.accredit.session.SessionMessages.class, org.accredit.frontdoor.PageMessages.class,
                org.accredit.objection.ObjectionMessages.class);
    }

    /** With every message bundle of the console (one per area), found in the compiled classes. */
    static Stream<Class<?>> allBundles() {
        Stream<Class<?>> console = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.accredit.console").stream()
                .filter(c -> c.isAnnotatedWith(MessageBundle.class)).<Class<?>>map(c -> c.reflect())
                .sorted(java.util.Comparator.comparing(Class::getName));
        return Stream.concat(bundles(), console);
    }

    static Stream<Arguments> bundlesAndLanguages() {
        return allBundles().flatMap(b -> Arrays.stream(Language.values()).filter(l -> l != Language.en)
                .map(l -> Arguments.of(b, l)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("bundlesAndLanguages")
    void everyMessageIsTranslatedWithTheSameParameters(Class<?> bundle, Language language) throws IOException {
        Map<String, String> english = defaults(bundle);
        String file = "messages/" + bundle.getAnnotation(MessageBundle.class).value() + "_" + language + ".properties";
        Properties translated = load(file);

        assertEquals(english.keySet(), new TreeSet<>(translated.stringPropertyNames()), file + ": keys");
        english.forEach((key, text) -> {
            String localized = translated.getProperty(key);
            assertFalse(localized.isBlank(), file + ": " + key + " is empty");
            assertEquals(parameters(text), parameters(localized), file + ": parameters of " + key);
        });
    }

    private static Map<String, String> defaults(Class<?> bundle) {
        Map<String, String> messages = new TreeMap<>();
        for (Method m : bundle.getDeclaredMethods()) {
            Message message = m.getAnnotation(Message.class);
            if (message != null) {
                messages.put(m.getName(), message.value());
            }
        }
        assertFalse(messages.isEmpty(), bundle + " has messages");
        return messages;
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = EmailTranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " exists");
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                Properties p = new Properties();
                p.load(reader);
                return p;
            }
        }
    }

    private static Set<String> parameters(String text) {
        Matcher m = PARAMETER.matcher(text);
        return m.results().map(r -> r.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }
}
