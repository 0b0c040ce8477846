package org.accredit.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.accredit.common.NotFoundException;
import org.accredit.common.RuleViolationException;
import org.accredit.common.paging.Keyset;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.common.paging.Paging;
import org.accredit.security.Actor;
import org.jboss.logging.Logger;

/**
 * The outbox as an operator sees it: emails by status (FAILED ones need someone), and resending a FAILED one.
 * A resend writes a NEW outbox row (PENDING, no attempt yet, due now, same kind, recipient, language and
 * content) and links the FAILED row to it ({@code resent_as}); the FAILED row stays as the record. An email
 * that carried the applicant's tracking secret kept no content once FAILED, so its resend issues a new
 * tracking secret ({@link TrackingSecretReissue}) and the new row is the email that carries it.
 */
@ApplicationScoped
public class FailedEmails {

    private static final Logger LOG = Logger.getLogger(FailedEmails.class);

    /** Newest first; the id breaks ties. */
    private static final Keyset<OutboxEmail> NEWEST_FIRST = Keyset.<OutboxEmail>of("outbox-emails")
            .by("createdAt", Instant.class, OutboxEmail::createdAt)
            .by("id", UUID.class, OutboxEmail::id)
            .descending();

    private final EntityManager em;
    private final Paging paging;
    private final TrackingSecretReissue secrets;
    private final Clock clock;

    public FailedEmails(EntityManager em, Paging paging, TrackingSecretReissue secrets, Clock clock) {
        this.em = em;
        this.paging = paging;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** One page of the emails in {@code status}, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OutboxEmail> page(OutboxEmail.Status status, PageRequest request) {
        return paging.page(OutboxEmail.class, NEWEST_FIRST, "status = :status", Map.of("status", status), request);
    }

    /** One email, or 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OutboxEmail get(UUID id) {
        OutboxEmail email = em.find(OutboxEmail.class, id);
        if (email == null) {
            throw new NotFoundException("Email");
        }
        return email;
    }

    /**
     * Sends a FAILED email again as a new outbox row and returns that row; 404 when there is no such email, 409
     * when it is not FAILED or was resent already. The FAILED row is locked: two resends at once make one new row.
     */
    @Transactional
    public OutboxEmail resend(UUID id, Actor actor) {
        OutboxEmail failed = em.find(OutboxEmail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (failed == null) {
            throw new NotFoundException("Email");
        }
        if (failed.status() != OutboxEmail.Status.FAILED) {
            throw RuleViolationException.conflict("Only a FAILED email can be resent; this one is " + failed.status() + ".");
        }
        if (failed.resentAs() != null) {
            throw RuleViolationException.conflict("This email was resent already, as " + failed.resentAs() + ".");
        }
        OutboxEmail resent;
        if (failed.hasContent()) {
            resent = OutboxEmail.resendOf(failed, clock.instant());
            em.persist(resent);
            em.flush();
        } else if (failed.kind().carriesSecret() && failed.applicationId() != null) {
            UUID reissue = secrets.reissue(failed.applicationId(), actor);
            resent = em.find(OutboxEmail.class, reissue);
        } else {
            throw RuleViolationException.conflict("This email kept nothing that could be sent again.");
        }
        failed.resentAs(resent.id());
        LOG.infof("Email %s (%s) resent by %s as %s", failed.id(), failed.kind(), actor.name(), resent.id());
        return resent;
    }
}
