package org.accredit.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every language of the field error messages has every key of the English bundle, none left blank. */
class ValidationMessagesTest {

    private static Properties load(String name) throws IOException {
        try (InputStream in = ValidationMessagesTest.class.getResourceAsStream("/" + name)) {
            assertNotNull(in, name);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void every_language_has_every_message() throws IOException {
        Properties base = load("ValidationMessages.properties");
        assertEquals(base, load("ValidationMessages_en.properties"), "the English file is the base file");
        for (String lang : new String[] {"ar", "zh", "fr", "ru", "es"}) {
            Properties p = load("ValidationMessages_" + lang + ".properties");
            assertEquals(base.keySet(), p.keySet(), lang);
            for (String key : base.stringPropertyNames()) {
                assertFalse(p.getProperty(key).isBlank(), lang + " " + key);
                // the same placeholders as English
                assertEquals(placeholders(base.getProperty(key)), placeholders(p.getProperty(key)), lang + " " + key);
            }
        }
    }

    private static java.util.List<String> placeholders(String message) {
        java.util.List<String> found = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{[a-z]+\\}").matcher(message);
        while (m.find()) {
            found.add(m.group());
        }
        found.sort(null);
        return found;
    }
}
