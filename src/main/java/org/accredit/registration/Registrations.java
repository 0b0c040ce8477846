package org.accredit.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/** The door to representatives for other features (speakers, figures): reads only. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Registrations {

    private final EntityManager em;

    public Registrations(EntityManager em) {
        this.em = em;
    }

    /** The representative, if it is a confirmed representative of this organization for this session. */
    public Optional<Representative> confirmed(UUID sessionId, UUID applicationId, UUID representativeId) {
        Representative r = em.find(Representative.class, representativeId);
        if (r == null || !r.sessionId().equals(sessionId) || !r.applicationId().equals(applicationId)
                || r.status() != RepresentativeStatus.CONFIRMED) {
            return Optional.empty();
        }
        return Optional.of(r);
    }
}
