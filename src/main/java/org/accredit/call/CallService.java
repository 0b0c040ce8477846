package org.accredit.call;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.accredit.call.rest.CallRequest;
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

    private final Clock clock;
    private final Paging paging;

    /** The latest opening first: opening time, then id (index call_opens_idx). */
    static final Keyset<CallForApplications> NEWEST_FIRST = Keyset.<CallForApplications>of("calls")
            .by("opensAt", Instant.class, CallForApplications::opensAt).by("id", UUID.class, CallForApplications::id)
            .descending();

    public CallService(Clock clock, Paging paging) {
        this.clock = clock;
        this.paging = paging;
    }

    public CallForApplications create(@NotNull @Valid CallRequest request, String admin) {
        refuseOverlap(null, request.opensAt().toInstant(), request.closesAt().toInstant());
        CallForApplications call = new CallForApplications(request.title().strip(), request.opensAt().toInstant(),
                request.closesAt().toInstant(), admin, clock.instant());
        call.persist();
        return call;
    }

    public CallForApplications update(UUID id, @NotNull @Valid CallRequest request) {
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

    private void refuseOverlap(UUID self, Instant opensAt, Instant closesAt) {
        long overlapping = CallForApplications.count("opensAt < ?2 and closesAt > ?1 and (?3 is null or id <> ?3)",
                opensAt, closesAt, self);
        if (overlapping > 0) {
            throw RuleViolationException.conflict("The call would overlap another call for applications.");
        }
    }
}
