package org.accredit.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The one test profile for real SMTP delivery (GreenMail). Retries are due one millisecond after a
 * failure, so a test can make the SMTP server fail and then see the retry without waiting.
 */
public class RealSmtpProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // a pooled connection that outlived a GreenMail restart hangs until the mailer's timeout: keep it short
        return Map.of("accredit.mail.initial-backoff", "PT0.001S", "accredit.mail.max-backoff", "PT0.001S",
                "quarkus.mailer.timeout", "3s");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(GreenMailResource.class));
    }
}
