package org.accredit.console;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The console's settings ({@code accredit.console.*}); defaults here, production values in application.properties. */
@ConfigMapping(prefix = "accredit.console")
public interface ConsoleConfig {

    /**
     * The key that signs CSRF tokens (HMAC-SHA256): the same on every replica, so a form shown by one
     * is accepted by another; at least 32 characters. Required in production.
     */
    String csrfSecret();

    /** How long a form's CSRF token stays valid. */
    @WithDefault("PT8H")
    Duration csrfTimeout();

    /** Whether the CSRF cookie is marked Secure (HTTPS only); off only for local http runs and tests. */
    @WithDefault("true")
    boolean secureCookies();

    /** Largest console form body (bytes), the roster import's CSV file included. */
    @WithDefault("4194304")
    long maxFormBody();

    /** Rows on one page of a console list. */
    @WithDefault("25")
    int pageSize();
}
