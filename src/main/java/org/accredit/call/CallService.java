package org.accredit.call;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.accredit.common.NotFoundException;
import org.accredit.common.RuleViolationException;
import org.accredit.common.paging.Keyset;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.common.paging.Paging;

/** Calls for applications: para 9 applications are accepted only inside an open one. */
@ApplicationScoped
@Transactional
public class CallService {

    private final EntityManager em;
    private final Clock clock;
    private final Paging paging;

    /** The latest opening first: opening time, then id (index call_opens_idx). */
    static final Keyset<CallForApplications> NEWEST_FIRST = Keyset.<CallForApplications>of("calls")
            .by("opensAt", Instant.class, CallForApplications::opensAt).by("id", UUID.class, CallForApplications::id)
            .descending();

    public CallService(EntityManager em, Clock clock, Paging paging) {
        this.em = em;
        this.clock = clock;
        this.paging = paging;
    }

    public CallForApplications create(@NotNull @Valid CallRequest request, String admin) {
        serializeScheduling();
        refuseOverlap(null, request.opensAt().toInstant(), request.closesAt().toInstant());
        CallForApplications call = new CallForApplications(request.title().strip(), request.opensAt().toInstant(),
                request.closesAt().toInstant(), admin, clock.instant());
        call.persist();
        return call;
    }

    public CallForApplications update(UUID id, @NotNull @Valid CallRequest request) {
        serializeScheduling();
        CallForApplications call = get(id);
        refuseOverlap(id, request.opensAt().toInstant(), request.closesAt().toInstant());
        call.reschedule(request.title().strip(), request.opensAt().toInstant(), request.closesAt().toInstant());
        return call;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CallForApplications get(UUID id) {
        return CallForApplications.<CallForApplications>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("Call for applications"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CallForApplications> list(PageRequest page) {
        return paging.page(CallForApplications.class, NEWEST_FIRST, null, null, page);
    }

    /** The call open at {@code instant}, if any (calls never overlap). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CallForApplications> openAt(Instant instant) {
        return CallForApplications.find("opensAt <= ?1 and closesAt > ?1", instant).firstResultOptional();
    }

    /**
     * Calls never overlap, which no unique index can say: two admins scheduling at the same moment
     * would both find no overlap and both write. The first to get here holds this lock until its
     * transaction ends and the second then sees its call. The mode conflicts with itself and with
     * writes, not with reads, so submissions reading the open call are not held up.
     */
    private void serializeScheduling() {
        em.createNativeQuery("lock table call_for_applications in share row exclusive mode").executeUpdate();
    }

    private void refuseOverlap(UUID self, Instant opensAt, Instant closesAt) {
        long overlapping = CallForApplications.count("opensAt < ?2 and closesAt > ?1 and (?3 is null or id <> ?3)",
                opensAt, closesAt, self);
        if (overlapping > 0) {
            throw RuleViolationException.conflict("The call would overlap another call for applications.");
        }
    }
}
