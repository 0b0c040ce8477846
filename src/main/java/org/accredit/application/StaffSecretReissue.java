package org.accredit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.accredit.notification.TrackingSecretReissue;
import org.accredit.security.Actor;

/**
 * An admin resends a FAILED email that carried the applicant's tracking secret: as on the lost-secret page, a new
 * secret replaces the old one (which stops working at once), a history line records it (with the admin as actor;
 * it holds no secret) and the email that carries the new secret goes to the contact email only.
 */
@ApplicationScoped
public class StaffSecretReissue implements TrackingSecretReissue {

    private final Applications applications;
    private final Journal journal;

    public StaffSecretReissue(Applications applications, Journal journal) {
        this.applications = applications;
        this.journal = journal;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID reissue(UUID applicationId, Actor actor) {
        Application app = applications.lock(applicationId);
        String secret = TrackingSecrets.generate();
        app.replaceTrackingSecret(TrackingSecrets.hash(secret));
        return journal.trackingSecretReissued(app, secret, actor);
    }
}
