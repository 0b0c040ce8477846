package org.accredit.registration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the official letters (application.properties documents them). */
@ConfigMapping(prefix = "accredit.registration")
public interface RegistrationConfig {

    /**
     * Largest letter in bytes (2 MB); keep it below quarkus.http.limits.max-body-size (4M), above
     * which the HTTP server refuses the body before the service sees it.
     */
    @WithDefault("2097152")
    long letterMaxBytes();

    /** Most pages a letter may have. */
    @WithDefault("20")
    int letterMaxPages();
}
