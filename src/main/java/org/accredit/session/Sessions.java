package org.accredit.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.accredit.common.NotFoundException;

/** The door to sessions and their agenda for other features: loading and locking. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Sessions {

    private final EntityManager em;

    public Sessions(EntityManager em) {
        this.em = em;
    }

    public Optional<Session> find(UUID id) {
        return Optional.ofNullable(em.find(Session.class, id));
    }

    /** The session, or 404. */
    public Session get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("Session"));
    }

    /**
     * The session share-locked until the transaction ends: its dates and quotas cannot change under
     * a registration being decided, while registrations of several organizations go on side by side.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Session getShareLocked(UUID id) {
        return Optional.ofNullable(em.find(Session.class, id, LockModeType.PESSIMISTIC_READ))
                .orElseThrow(() -> new NotFoundException("Session"));
    }

    /** The session locked for update (a change of its dates or quotas), or 404. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Session lock(UUID id) {
        return Optional.ofNullable(em.find(Session.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("Session"));
    }

    /** An agenda item of the session, or 404 (also when it belongs to another session). */
    public AgendaItem agendaItem(UUID sessionId, UUID itemId) {
        AgendaItem item = em.find(AgendaItem.class, itemId);
        if (item == null || !item.sessionId().equals(sessionId)) {
            throw new NotFoundException("Agenda item");
        }
        return item;
    }

    /** The session's agenda, by item number. */
    public List<AgendaItem> agenda(UUID sessionId) {
        return em.createQuery("select i from AgendaItem i where i.sessionId = :s order by i.number", AgendaItem.class)
                .setParameter("s", sessionId).getResultList();
    }
}
