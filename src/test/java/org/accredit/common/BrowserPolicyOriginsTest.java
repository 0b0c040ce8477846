package org.accredit.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The configured origins (plain JUnit): written as browsers send them, and a wrong one stops the start. */
class BrowserPolicyOriginsTest {

    @Test
    void originsAreKeptAsBrowsersSendThem() {
        assertEquals(Set.of("https://www.unodc.org", "http://localhost:8081"), BrowserPolicy.origins("k",
                Optional.of(List.of(" HTTPS://www.UNODC.org/ ", "http://localhost:8081", ""))));
        assertTrue(BrowserPolicy.origins("k", Optional.empty()).isEmpty());
    }

    @Test
    void aWildcardAPathOrAnotherSchemeIsRefused() {
        for (String bad : List.of("*", "https://*.unodc.org", "https://www.unodc.org/forms", "ftp://unodc.org",
                "www.unodc.org", "https://www.unodc.org:99999999", "null")) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> BrowserPolicy.origins("accredit.cors.origins", Optional.of(List.of(bad))), bad);
            assertTrue(e.getMessage().startsWith("accredit.cors.origins"), e.getMessage());
        }
    }
}
