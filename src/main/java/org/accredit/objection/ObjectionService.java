package org.accredit.objection;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accredit.application.Application;
import org.accredit.application.Applications;
import org.accredit.application.ApplicationStatus;
import org.accredit.common.NotFoundException;
import org.accredit.common.RuleViolationException;
import org.accredit.common.paging.Keyset;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.common.paging.Paging;
import org.accredit.security.Actor;
import org.accredit.application.EventType;
import org.accredit.application.Journal;
import org.accredit.memberstate.MemberStateUser;

/**
 * Member States' objections, "no objection" declarations and requests for the basis of objections,
 * and the secretariat's disclosures. A State only ever reads its own objections.
 */
@ApplicationScoped
@Transactional
public class ObjectionService {

    /** History lines never name the objecting State; who objected is in the objection table (policy-controlled view). */
    static final Actor MEMBER_STATE = new Actor("Member State", "member-state");

    private final EntityManager em;
    private final Applications applications;
    private final NonObjectionListService lists;
    private final Journal journal;
    private final ObjectionConfig config;
    private final Clock clock;
    private final Paging paging;

    /** Circulated lists, newest first: circulation time, then id (index non_objection_list_circulated_idx). */
    static final Keyset<NonObjectionList> NEWEST_CIRCULATED = Keyset.<NonObjectionList>of("circulated-lists")
            .by("circulatedAt", Instant.class, NonObjectionList::circulatedAt).by("id", UUID.class, NonObjectionList::id)
            .descending();
    /** Objections in the order they were lodged (index objection_list_lodged_idx). */
    static final Keyset<Objection> LODGED = Keyset.<Objection>of("objections")
            .by("lodgedAt", Instant.class, Objection::lodgedAt).by("id", UUID.class, Objection::id).ascending();
    /** Disclosure requests in the order they were made (index objection_disclosure_list_requested_idx). */
    static final Keyset<ObjectionDisclosure> REQUESTED = Keyset.<ObjectionDisclosure>of("disclosure-requests")
            .by("requestedAt", Instant.class, ObjectionDisclosure::requestedAt)
            .by("id", UUID.class, ObjectionDisclosure::id).ascending();

    public ObjectionService(EntityManager em, Applications applications, NonObjectionListService lists, Journal journal,
            ObjectionConfig config, Clock clock, Paging paging) {
        this.em = em;
        this.applications = applications;
        this.lists = lists;
        this.journal = journal;
        this.config = config;
        this.clock = clock;
        this.paging = paging;
    }

    // ---- Member States ---------------------------------------------------------------------

    /** Lists circulated to Member States (still open, closed or decided), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NonObjectionList> circulatedLists(PageRequest page) {
        return paging.page(NonObjectionList.class, NEWEST_CIRCULATED, "status <> :draft and circulatedAt is not null",
                Map.of("draft", ListStatus.DRAFT), page);
    }

    /** A circulated list as the Member State sees it, with the first page of its organizations. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberStateListDetails forMemberState(UUID listId, MemberStateUser user) {
        return forMemberState(listId, user, null);
    }

    /** A circulated list as the Member State sees it, with one page of its organizations (null: the first). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberStateListDetails forMemberState(UUID listId, MemberStateUser user, PageRequest page) {
        return asSeenBy(circulated(listId), user.stateCode(), page);
    }

    /**
     * One page of the organizations of a circulated list, in name order (organization-level facts
     * only, no objection counts); a draft list does not exist for Member States (404).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ListEntries organizations(UUID listId, PageRequest page) {
        circulated(listId);
        return lists.entryPage(listId, page, false);
    }

    /** The secretariat's preview of a list as Member States will see it (no State's objections), first page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberStateListDetails preview(UUID listId) {
        return preview(listId, null);
    }

    /** The preview with one page of the organizations (null: the first). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberStateListDetails preview(UUID listId, PageRequest page) {
        return asSeenBy(lists.get(listId), null, page);
    }

    /** The organization names of the given applications (a page's worth: the objections shown, say), by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> organizationNames(java.util.Collection<UUID> applicationIds) {
        Map<UUID, String> names = new java.util.HashMap<>();
        for (Application a : applications.inNameOrder(new java.util.HashSet<>(applicationIds))) {
            names.put(a.id(), a.orgName());
        }
        return names;
    }

    private NonObjectionList circulated(UUID listId) {
        NonObjectionList list = lists.get(listId);
        if (list.status() == ListStatus.DRAFT) {
            throw new NotFoundException("Non-objection list");
        }
        return list;
    }

    public Objection lodge(UUID listId, @NotNull @Valid MemberStateRequests.Lodge request, MemberStateUser user) {
        NonObjectionList list = lockShared(listId);
        Instant now = clock.instant();
        list.requireOpenForObjections(now, "object");
        Application app = onList(list, request.applicationId());
        if (app.status() != ApplicationStatus.IN_CIRCULATION) {
            throw RuleViolationException.conflict("The application is no longer in circulation.");
        }
        // One standing objection per State per application: the partial unique index
        // objection_standing_per_state keeps a second one out, also between two concurrent requests
        // (the second waits for the first to commit, then inserts nothing). An expected refusal is
        // not an SQL error, so nothing is logged as one.
        UUID id = UUID.randomUUID();
        int inserted = em.createNativeQuery("insert into objection (id, list_id, application_id, state_code, basis, "
                        + "lodged_by, lodged_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict do nothing")
                .setParameter(1, id).setParameter(2, list.id()).setParameter(3, app.id())
                .setParameter(4, user.stateCode()).setParameter(5, request.basis().strip())
                .setParameter(6, user.username()).setParameter(7, now)
                .executeUpdate();
        if (inserted == 0) {
            throw RuleViolationException.conflict("Your State already has a standing objection to this application.");
        }
        Objection objection = em.find(Objection.class, id);
        journal.note(app, EventType.OBJECTION_LODGED, MEMBER_STATE, null, "A Member State lodged an objection.", false);
        return objection;
    }

    public Objection withdraw(UUID listId, UUID objectionId, MemberStateUser user) {
        NonObjectionList list = lockShared(listId);
        Objection objection = em.find(Objection.class, objectionId, LockModeType.PESSIMISTIC_WRITE);
        if (objection == null || !objection.listId().equals(listId) || !objection.stateCode().equals(user.stateCode())) {
            throw new NotFoundException("Objection");
        }
        Instant now = clock.instant();
        list.requireOpenForObjections(now, "withdraw an objection");
        objection.withdraw(user.username(), now);
        journal.note(applications.get(objection.applicationId()), EventType.OBJECTION_WITHDRAWN, MEMBER_STATE, null,
                "A Member State withdrew its objection.", false);
        return objection;
    }

    /** The State has no (further) objection to the list; it counts as having answered (see early closure). */
    public MemberStateListDetails declareNoObjection(UUID listId, MemberStateUser user) {
        NonObjectionList list = lockShared(listId);
        list.requireOpenForObjections(clock.instant(), "declare no objection");
        // declaring twice (or twice at once) keeps the first declaration
        em.createNativeQuery("insert into no_objection_declaration (list_id, state_code, declared_by, declared_at) "
                        + "values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, listId).setParameter(2, user.stateCode()).setParameter(3, user.username())
                .setParameter(4, clock.instant())
                .executeUpdate();
        return asSeenBy(list, user.stateCode(), null);
    }

    /** A State asks for the general basis of the objections to an application (only when the policy allows). */
    public ObjectionDisclosure askForBasis(UUID listId, @NotNull @Valid MemberStateRequests.AskForBasis request,
            MemberStateUser user) {
        requireDisclosurePolicy();
        NonObjectionList list = lists.get(listId);
        if (list.status() == ListStatus.DRAFT) {
            throw new NotFoundException("Non-objection list");
        }
        Application app = onList(list, request.applicationId());
        // one open request per State and application (unique index objection_disclosure_open_per_state)
        UUID id = UUID.randomUUID();
        int inserted = em.createNativeQuery("insert into objection_disclosure (id, list_id, application_id, state_code, "
                        + "requested_by, requested_at) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing")
                .setParameter(1, id).setParameter(2, listId).setParameter(3, app.id()).setParameter(4, user.stateCode())
                .setParameter(5, user.username()).setParameter(6, clock.instant())
                .executeUpdate();
        if (inserted == 0) {
            throw RuleViolationException.conflict("Your State already asked for the basis of the objections to this application.");
        }
        return em.find(ObjectionDisclosure.class, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ObjectionDisclosure> disclosuresFor(UUID listId, String stateCode, PageRequest page) {
        return paging.page(ObjectionDisclosure.class, REQUESTED, "listId = :list and stateCode = :state",
                Map.of("list", listId, "state", stateCode), page);
    }

    // ---- the secretariat ---------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Objection> objections(UUID listId, PageRequest page) {
        lists.get(listId);
        return paging.page(Objection.class, LODGED, "listId = :list", Map.of("list", listId), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ObjectionDisclosure> disclosures(UUID listId, PageRequest page) {
        lists.get(listId);
        return paging.page(ObjectionDisclosure.class, REQUESTED, "listId = :list", Map.of("list", listId), page);
    }

    public ObjectionDisclosure disclose(UUID listId, UUID requestId, @NotNull @Valid ListRequests.Disclosure request,
            Actor approver) {
        requireDisclosurePolicy();
        ObjectionDisclosure d = em.find(ObjectionDisclosure.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (d == null || !d.listId().equals(listId)) {
            throw new NotFoundException("Disclosure request");
        }
        d.disclose(request.generalBasis().strip(), approver.name(), clock.instant());
        journal.note(applications.get(d.applicationId()), EventType.OBJECTION_BASIS_DISCLOSED, approver, null,
                "General basis of the objections disclosed to " + d.stateCode() + ": " + d.generalBasis(), false);
        return d;
    }

    // ---- helpers ---------------------------------------------------------------------------

    private MemberStateListDetails asSeenBy(NonObjectionList list, String stateCode, PageRequest page) {
        List<Objection> own = stateCode == null ? List.of()
                : Objection.list("listId = ?1 and stateCode = ?2", Sort.by("lodgedAt").and("id"), list.id(), stateCode);
        boolean declared = stateCode != null && declaredNoObjection(list.id(), stateCode);
        return new MemberStateListDetails(list, stateCode, lists.entryPage(list.id(), page, false), own, declared,
                list.openForObjections(clock.instant()));
    }

    /**
     * Objections take a share lock on the list: the sweep (FOR UPDATE SKIP LOCKED) leaves it for its
     * next run, and an objection waiting for a closing sweep sees the list CLOSED and is refused.
     */
    private NonObjectionList lockShared(UUID listId) {
        NonObjectionList list = em.find(NonObjectionList.class, listId, LockModeType.PESSIMISTIC_READ);
        if (list == null || list.status() == ListStatus.DRAFT) {
            throw new NotFoundException("Non-objection list");
        }
        return list;
    }

    private Application onList(NonObjectionList list, UUID applicationId) {
        if (ListEntry.count("listId = ?1 and applicationId = ?2", list.id(), applicationId) == 0) {
            throw new NotFoundException("Application on this list");
        }
        return applications.get(applicationId);
    }

    private boolean declaredNoObjection(UUID listId, String stateCode) {
        return NoObjectionDeclaration.count("listId = ?1 and stateCode = ?2", listId, stateCode) > 0;
    }

    private void requireDisclosurePolicy() {
        if (!config.basisDisclosure()) {
            throw RuleViolationException.forbidden("The secretariat does not disclose the basis of objections.");
        }
    }
}
