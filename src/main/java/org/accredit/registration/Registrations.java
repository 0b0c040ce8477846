package org.accredit.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
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

    // ---- participation figures and exports (set-based reads) -------------------------------

    /** The organizations (approved applications) with at least one representative of the session in one of {@code statuses}. */
    public List<UUID> organizationsWith(UUID sessionId, Collection<RepresentativeStatus> statuses) {
        return em.createQuery("select distinct r.applicationId from Representative r where r.sessionId = :s"
                        + " and r.status in :statuses", UUID.class)
                .setParameter("s", sessionId).setParameter("statuses", statuses).getResultList();
    }

    /** The session's representatives in {@code status}, counted by mode and gender (one GROUP BY). */
    public List<ModeGenderCount> countByModeAndGender(UUID sessionId, RepresentativeStatus status) {
        return em.createQuery("select new org.accredit.registration.ModeGenderCount(r.mode, r.gender, count(r))"
                        + " from Representative r where r.sessionId = :s and r.status = :status group by r.mode, r.gender",
                        ModeGenderCount.class)
                .setParameter("s", sessionId).setParameter("status", status).getResultList();
    }

    /** How many of the session's representatives are in one of {@code statuses}. */
    public long count(UUID sessionId, Collection<RepresentativeStatus> statuses) {
        return em.createQuery("select count(r) from Representative r where r.sessionId = :s and r.status in :statuses",
                        Long.class)
                .setParameter("s", sessionId).setParameter("statuses", statuses).getSingleResult();
    }

    /**
     * At most {@code limit} registrations of the session, whatever their status, in registration order
     * (time, then id), after {@code after} (null: from the first): one batch of the staff export, a
     * range of representative_session_order_idx (the key compared as one row value), projections that
     * the persistence context does not keep.
     */
    public List<RegistrationRow> registrationsAfter(UUID sessionId, RegistrationRow after, int limit) {
        var query = em.createQuery("select new org.accredit.registration.RegistrationRow(r.id, r.applicationId, r.name,"
                        + " r.title, r.employer, r.email, r.mode, r.gender, r.nationality, r.status, r.late, r.registeredAt)"
                        + " from Representative r where r.sessionId = :s"
                        + (after == null ? "" : " and (r.registeredAt, r.id) > (:afterAt, :afterId)")
                        + " order by r.registeredAt, r.id", RegistrationRow.class)
                .setParameter("s", sessionId);
        if (after != null) {
            query.setParameter("afterAt", after.registeredAt()).setParameter("afterId", after.id());
        }
        return query.setMaxResults(limit).getResultList();
    }
}
