package org.accredit.common;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Registers {@link RequiredSettings} (Quarkus validates only the mappings something injects), so
 * their absence fails the start while the configuration is validated, before anything connects.
 */
@ApplicationScoped
class RequiredSettingsCheck {

    private static final Logger LOG = Logger.getLogger(RequiredSettingsCheck.class);

    void started(@Observes StartupEvent start, RequiredSettings settings) {
        LOG.debugf("Public URL %s, identity provider %s, console secrets set: %s", settings.publicUrl(), settings.identityProvider(),
                !settings.consoleCsrfSecret().isEmpty() && !settings.consoleClientSecret().isEmpty());
    }
}
