package org.accredit.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** Real SMTP against {@link ScriptedSmtpServer}, which refuses, defers or drops by recipient. */
public class ScriptedSmtpProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // a pooled connection the server dropped hangs until the mailer's timeout; the retry is due at once
        return Map.of("quarkus.mailer.timeout", "3s", "accredit.mail.initial-backoff", "PT0.001S",
                "accredit.mail.max-backoff", "PT0.001S");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ScriptedSmtpServer.class));
    }
}
