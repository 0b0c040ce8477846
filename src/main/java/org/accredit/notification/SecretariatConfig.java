package org.accredit.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.accredit.organization.Language;

/**
 * The secretariat's own mailbox: where the service tells the secretariat what applicants did (an
 * answer to an information request, a withdrawal). The objection window's summary goes to
 * {@code accredit.objection.secretariat-email}, which defaults to this address.
 */
@ConfigMapping(prefix = "accredit.secretariat")
public interface SecretariatConfig {

    /** The secretariat's address (environment: ACCREDIT_SECRETARIAT_EMAIL). */
    @WithDefault("secretariat@accredit.invalid")
    String email();

    /** The language of the emails to the secretariat. */
    @WithDefault("en")
    Language language();
}
