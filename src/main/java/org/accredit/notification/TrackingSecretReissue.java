package org.accredit.notification;

import java.util.UUID;
import org.accredit.security.Actor;

/**
 * Resending an email that carried an applicant's tracking secret: the outbox kept none of its data once it
 * FAILED (migration V6), so the secret cannot be sent again; a new one is issued instead. Declared here, where
 * {@link FailedEmails} needs it, and implemented by the application feature, which owns tracking secrets
 * (notification is a service features use; it may not depend on them).
 */
public interface TrackingSecretReissue {

    /**
     * Replaces the tracking secret of application {@code applicationId} (the old one stops working at once),
     * records it in the application's history as done by {@code actor}, and writes the email that carries the
     * new secret to the application's contact email, in the caller's transaction. Returns that email's outbox id.
     */
    UUID reissue(UUID applicationId, Actor actor);
}
