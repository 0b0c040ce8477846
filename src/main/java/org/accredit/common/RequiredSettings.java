package org.accredit.common;

import io.smallrye.config.ConfigMapping;

/**
 * The settings production cannot start without, checked together while the configuration is
 * validated, before anything connects: each is an expression over the real key in
 * application.properties, so a start without one (or with its key misspelt) fails at once with
 * "Could not expand value quarkus.datasource.jdbc.url in property accredit.required.datasource-url",
 * every missing one listed. The dev, local and test profiles give them defaults (the embedded
 * PostgreSQL, localhost).
 */
@ConfigMapping(prefix = "accredit.required")
public interface RequiredSettings {

    /** quarkus.datasource.jdbc.url (QUARKUS_DATASOURCE_JDBC_URL). */
    String datasourceUrl();

    /** quarkus.oidc.auth-server-url (ACCREDIT_OIDC_URL). */
    String identityProvider();

    /** accredit.mail.public-url (ACCREDIT_PUBLIC_URL). */
    String publicUrl();

    /** quarkus.mailer.host (ACCREDIT_SMTP_HOST). */
    String smtpHost();

    /** accredit.console.csrf-secret (ACCREDIT_CONSOLE_SECRET): signs the console's CSRF tokens. */
    String consoleCsrfSecret();

    /**
     * quarkus.oidc.console.credentials.secret (ACCREDIT_OIDC_CLIENT_SECRET): the console's client secret at the
     * identity provider (code exchange) and the key of its encrypted session cookie.
     */
    String consoleClientSecret();
}
