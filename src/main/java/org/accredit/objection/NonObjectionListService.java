package org.accredit.objection;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.accredit.application.Application;
import org.accredit.application.Applications;
import org.accredit.application.ChangeDetails;
import org.accredit.application.ApplicationStatus;
import org.accredit.application.ApplicationWithdrawn;
import org.accredit.application.ParticipationPath;
import org.accredit.application.StatusChange;
import org.accredit.call.CallService;
import org.accredit.common.AccreditConfig;
import org.accredit.common.paging.Cursors;
import org.accredit.common.paging.Keyset;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.common.paging.Paging;
import org.accredit.common.IllegalTransitionException;
import org.accredit.common.NotFoundException;
import org.accredit.common.RuleViolationException;
import org.accredit.security.Actor;
import org.accredit.application.EventType;
import org.accredit.application.Journal;
import org.accredit.memberstate.FocalPoint;
import org.accredit.memberstate.MemberStateService;
import org.accredit.notification.EmailKind;
import org.accredit.notification.Notifications;

/** The secretariat's side of the non-objection procedure: draw up, circulate, close early, decide. */
@ApplicationScoped
@Transactional
public class NonObjectionListService {

    private final EntityManager em;
    private final Applications applications;
    private final CallService calls;
    private final MemberStateService memberStates;
    private final HolidayService holidays;
    private final ObjectionWindow window;
    private final Journal journal;
    private final Notifications notifications;
    private final ObjectionConfig config;
    private final AccreditConfig accredit;
    private final Clock clock;
    private final Paging paging;

    /** Newest first: creation time, then id (index non_objection_list_created_idx). */
    static final Keyset<NonObjectionList> NEWEST_FIRST = Keyset.<NonObjectionList>of("non-objection-lists")
            .by("createdAt", Instant.class, NonObjectionList::createdAt).by("id", UUID.class, NonObjectionList::id)
            .descending();

    public NonObjectionListService(EntityManager em, Applications applications, CallService calls,
            MemberStateService memberStates, HolidayService holidays,
            ObjectionWindow window, Journal journal, Notifications notifications, ObjectionConfig config,
            AccreditConfig accredit, Clock clock, Paging paging) {
        this.em = em;
        this.applications = applications;
        this.calls = calls;
        this.memberStates = memberStates;
        this.holidays = holidays;
        this.window = window;
        this.journal = journal;
        this.notifications = notifications;
        this.config = config;
        this.accredit = accredit;
        this.clock = clock;
        this.paging = paging;
    }

    public NonObjectionList create(@NotNull @Valid ListRequests.CreateList request, Actor approver) {
        calls.get(request.callId());
        NonObjectionList list = new NonObjectionList(request.callId(), request.title().strip(), approver.name(),
                clock.instant());
        list.persist();
        return list;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NonObjectionList> page(UUID callId, ListStatus status, PageRequest page) {
        return paging.page(NonObjectionList.class, NEWEST_FIRST, where(callId, status), params(callId, status).map(), page);
    }

    /** The list with the first page of its entries (the default page size). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ListDetails details(UUID listId) {
        return details(listId, null);
    }

    /** The list with one page of its entries ({@code page} null: the first, of the default page size). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ListDetails details(UUID listId, PageRequest page) {
        NonObjectionList list = get(listId);
        Set<String> states = memberStates.statesWithFocalPoint();
        Set<String> answered = answered(listId);
        answered.retainAll(states);
        return new ListDetails(list, entryPage(listId, page, true), answered.size(), states.size(),
                ApprovedDespiteObjection.ofList(listId));
    }

    /** One page of the list's applications in name order, with the standing objections to each; 404 for no such list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ListEntries entries(UUID listId, PageRequest page) {
        get(listId);
        return entryPage(listId, page, true);
    }

    /**
     * The applications of a list that are OBJECTED (what a decision may approve despite the
     * objection), in name order: bounded by the objected ones, not by the list.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Application> objectedApplications(UUID listId) {
        List<UUID> ids = em.createQuery("select a.id from ListEntry e join Application a on a.id = e.applicationId "
                        + "where e.listId = :list and a.status = :objected", UUID.class)
                .setParameter("list", listId).setParameter("objected", ApplicationStatus.OBJECTED).getResultList();
        return applications.inNameOrder(ids);
    }

    /** The name of a list's entry cursors: a cursor of one list's entries is refused by another list. */
    static String entriesCursorName(UUID listId) {
        return "list-entries:" + listId;
    }

    /**
     * One keyset page of a list's entries in the list's order (org_name_normalized, id): the page's application ids
     * are one range of non_objection_list_entry_order_idx (the entry carries the application's normalized name, V31),
     * then only those applications are loaded. Cost and memory follow the page, not this list or any other.
     */
    ListEntries entryPage(UUID listId, PageRequest page, boolean withObjections) {
        int limit = paging.limit(page);
        Object[] after = page == null || page.cursor == null ? null
                : Cursors.decode(entriesCursorName(listId), page.cursor, List.of(String.class, UUID.class));
        var query = em.createQuery("select e.applicationId from ListEntry e where e.listId = :list"
                + (after == null ? "" : " and (e.orgNameNormalized, e.applicationId) > (:name, :id)")
                + " order by e.orgNameNormalized, e.applicationId", UUID.class)
                .setParameter("list", listId).setMaxResults(limit + 1);
        if (after != null) {
            query.setParameter("name", after[0]).setParameter("id", after[1]);
        }
        List<UUID> ids = new ArrayList<>(query.getResultList());
        boolean more = ids.size() > limit;
        if (more) {
            ids.subList(limit, ids.size()).clear();
        }
        List<Application> apps = applications.inNameOrder(ids);
        String next = null;
        if (more && !apps.isEmpty()) {
            Application last = apps.get(apps.size() - 1);
            next = Cursors.encode(entriesCursorName(listId), List.of(last.orgNameNormalized(), last.id()));
        }
        // kept by the database on every insert and delete of entries (V31); a native query flushes this
        // transaction's pending entries first, so a command's answer counts what it just added or removed
        long total = ((Number) em.createNativeQuery("select entry_count from non_objection_list where id = ?1")
                .setParameter(1, listId).getSingleResult()).longValue();
        return new ListEntries(apps, next, total, withObjections ? window.standingObjections(listId, ids) : Map.of());
    }

    public ListDetails addApplication(UUID listId, @NotNull @Valid ListRequests.AddApplication request, Actor approver) {
        NonObjectionList list = lock(listId);
        list.requireDraft("add an application to the list");
        Application app = applications.findLocked(request.applicationId()).orElse(null);
        if (app == null) {
            throw new NotFoundException("Application");
        }
        if (app.path() != ParticipationPath.PARA_9) {
            throw RuleViolationException.conflict("Only a para 9 application goes on a non-objection list.");
        }
        if (app.status() != ApplicationStatus.RECOMMENDED) {
            throw new IllegalTransitionException(app.status(), "add the application to a non-objection list");
        }
        if (!list.callId().equals(app.callId())) {
            throw RuleViolationException.conflict("The application belongs to another call for applications.");
        }
        if (ListEntry.count("applicationId", app.id()) > 0) {
            throw RuleViolationException.conflict("The application is already on a non-objection list.");
        }
        new ListEntry(list.id(), app.id(), approver.name(), clock.instant()).persist();
        list.cancelPendingShortDeadline();
        journal.note(app, EventType.ADDED_TO_LIST, approver, null, "Added to the non-objection list \"" + list.title() + "\".",
                false);
        return details(listId);
    }

    public ListDetails removeApplication(UUID listId, UUID applicationId, Actor approver) {
        NonObjectionList list = lock(listId);
        list.requireDraft("remove an application from the list");
        Application app = applications.findLocked(applicationId).orElse(null);
        if (app == null || ListEntry.delete("listId = ?1 and applicationId = ?2", listId, applicationId) == 0) {
            throw new NotFoundException("Application on this list");
        }
        list.cancelPendingShortDeadline();
        journal.note(app, EventType.REMOVED_FROM_LIST, approver, null,
                "Removed from the non-objection list \"" + list.title() + "\".", false);
        return details(listId);
    }

    /**
     * Circulates the list to every Member State focal point. The deadline is the one given, or the
     * configured number of working days after today at the configured time in New York. A deadline
     * shorter than that is only proposed: it needs a reason, and the list stays a draft until a
     * second approver confirms it ({@link #confirmCirculation}). Refused while no Member State has a
     * focal point (nobody could object).
     */
    public ListDetails circulate(UUID listId, @Valid ListRequests.Circulation request, Actor approver) {
        NonObjectionList list = lock(listId);
        list.requireDraft("circulate the list");
        requireFocalPoints("circulate the list");
        Instant now = clock.instant();
        List<Application> apps = recommendedApplications(listId);
        Instant configured = Deadlines.afterWorkingDays(now, config.windowWorkingDays(), config.closingTime(), accredit.zone(),
                holidays.all());
        Instant deadline = request != null && request.deadline() != null ? request.deadline().toInstant() : configured;
        if (deadline.isBefore(configured)) {
            String reason = request.reason() == null ? null : request.reason().strip();
            list.proposeShortDeadline(apps.size(), deadline, reason, approver.name(), now);
            for (Application app : apps) {
                journal.note(app, EventType.SHORT_DEADLINE_PROPOSED, approver, null, "Circulation of the non-objection list \""
                        + list.title() + "\" with the short deadline " + window.local(deadline) + " proposed (the configured "
                        + "window would end " + window.local(configured) + "); waiting for a second approver. Reason: "
                        + reason, false);
            }
            return details(listId);
        }
        list.cancelPendingShortDeadline();
        list.circulate(apps.size(), deadline, approver.name(), now);
        circulated(list, apps, deadline, approver, now, null);
        return details(listId);
    }

    /** A second approver confirms the short deadline proposed by another and circulates the list with it. */
    public ListDetails confirmCirculation(UUID listId, Actor approver) {
        NonObjectionList list = lock(listId);
        list.requireDraft("confirm a short deadline");
        requireFocalPoints("circulate the list");
        Instant now = clock.instant();
        List<Application> apps = recommendedApplications(listId);
        String proposedBy = list.deadlineProposedBy();
        String reason = list.shortDeadlineReason();
        Instant deadline = list.confirmShortDeadline(apps.size(), approver.name(), now);
        circulated(list, apps, deadline, approver, now, "short deadline proposed by " + proposedBy + " and confirmed by "
                + approver.name() + ". Reason: " + reason);
        return details(listId);
    }

    private List<Application> recommendedApplications(UUID listId) {
        List<Application> apps = window.lockApplications(listId);
        for (Application app : apps) {
            if (app.status() != ApplicationStatus.RECOMMENDED) {
                throw RuleViolationException.conflict("Application " + app.reference() + " is no longer RECOMMENDED (it is "
                        + app.status() + "); remove it from the list first.");
            }
        }
        return apps;
    }

    /** The list was circulated: each application moves to IN_CIRCULATION and each focal point is emailed. */
    private void circulated(NonObjectionList list, List<Application> apps, Instant deadline, Actor approver, Instant now,
            String safeguardNote) {
        String deadlineLocal = window.local(deadline);
        List<EmailItems.Circulated> items = new ArrayList<>();
        for (Application app : sortedByName(apps)) {
            StatusChange change = app.circulate(now);
            journal.statusChanged(app, change, approver, ChangeDetails.note(
                    "Circulated on the non-objection list \"" + list.title() + "\"; deadline " + deadlineLocal
                            + (safeguardNote == null ? "." : "; " + safeguardNote)));
            items.add(EmailItems.Circulated.of(app));
        }
        for (FocalPoint fp : memberStates.focalPoints()) {
            Map<String, Object> data = new HashMap<>();
            data.put("listTitle", list.title());
            data.put("deadlineLocal", deadlineLocal);
            data.put("deadlineUtc", deadline.toString());
            data.put("items", items);
            notifications.enqueue(null, fp.email(), fp.language(), EmailKind.LIST_CIRCULATED, data);
        }
    }

    /**
     * Closes the window before the deadline, only when every Member State that has a focal point user
     * has answered. A State has answered when it has a standing objection to an application on the
     * list or has declared that it has no objection to the list. Refused while no Member State has a
     * focal point (nobody answered).
     */
    public ListDetails closeEarly(UUID listId, Actor approver) {
        NonObjectionList list = lock(listId);
        if (list.status() != ListStatus.CIRCULATED) {
            throw new IllegalTransitionException(list.status(), "close the objection window");
        }
        requireFocalPoints("close the objection window early");
        Set<String> waiting = new HashSet<>(memberStates.statesWithFocalPoint());
        waiting.removeAll(answered(listId));
        if (!waiting.isEmpty()) {
            throw RuleViolationException.conflict(waiting.size() + " Member State(s) with a focal point have not answered "
                    + "yet; the window closes at its deadline.");
        }
        window.close(list, approver, true);
        return details(listId);
    }

    /**
     * Records the Committee's decision on a closed list and emails each applicant the outcome. A
     * decision that approves an objected application ({@code approvedDespiteObjection}) is only
     * proposed: it is recorded once a second approver confirms it ({@link #confirmDecision}).
     */
    public ListDetails decide(UUID listId, @NotNull @Valid ListRequests.Decision request, Actor approver) {
        NonObjectionList list = lock(listId);
        if (list.status() != ListStatus.CLOSED) {
            throw new IllegalTransitionException(list.status(), "record the Committee's decision");
        }
        requireNotInFuture(request.decidedOn());
        List<Application> apps = window.lockApplications(listId);
        Map<UUID, String> despite = new HashMap<>();
        for (ListRequests.ApprovedDespiteObjection d : request.approvedDespiteObjection() == null
                ? List.<ListRequests.ApprovedDespiteObjection>of() : request.approvedDespiteObjection()) {
            boolean objectedOnList = apps.stream().anyMatch(a -> a.id().equals(d.applicationId())
                    && a.status() == ApplicationStatus.OBJECTED);
            if (!objectedOnList || despite.put(d.applicationId(), d.reason().strip()) != null) {
                throw RuleViolationException.unprocessable("approvedDespiteObjection: " + d.applicationId()
                        + " is not an objected application of this list (or is named twice).");
            }
        }
        String reference = request.documentReference().strip();
        if (despite.isEmpty()) {
            record(list, apps, reference, request.decidedOn(), Map.of(), null, approver);
            return details(listId);
        }
        Instant now = clock.instant();
        list.proposeDecision(reference, request.decidedOn(), approver.name(), now);
        ApprovedDespiteObjection.delete("listId", listId);
        em.flush();
        for (Application app : apps) {
            String reason = despite.get(app.id());
            if (reason != null) {
                new ApprovedDespiteObjection(listId, app.id(), reason).persist();
                journal.note(app, EventType.DECISION_PROPOSED, approver, null, "Committee decision " + reference + " of "
                        + request.decidedOn() + " proposed, approving this application despite an objection; waiting for "
                        + "a second approver. Reason: " + reason, false);
            }
        }
        return details(listId);
    }

    /** A second approver confirms the decision another proposed; it is then recorded and applicants emailed. */
    public ListDetails confirmDecision(UUID listId, Actor approver) {
        NonObjectionList list = lock(listId);
        list.requireDecisionConfirmableBy(approver.name());
        requireNotInFuture(list.proposedDecidedOn());
        List<Application> apps = window.lockApplications(listId);
        Map<UUID, String> despite = new HashMap<>();
        for (ApprovedDespiteObjection d : ApprovedDespiteObjection.ofList(listId)) {
            despite.put(d.applicationId(), d.reason());
        }
        record(list, apps, list.proposedDecisionReference(), list.proposedDecidedOn(), despite, list.decisionProposedBy(),
                approver);
        return details(listId);
    }

    private void record(NonObjectionList list, List<Application> apps, String reference, LocalDate decidedOn,
            Map<UUID, String> despite, String proposedBy, Actor approver) {
        list.recordDecision(reference, decidedOn, approver.name());
        Instant decidedAt = decidedOn.atStartOfDay(accredit.zone()).toInstant();
        Instant now = clock.instant();
        for (Application app : apps) {
            if (app.status() != ApplicationStatus.NO_OBJECTION && app.status() != ApplicationStatus.OBJECTED) {
                continue;
            }
            String reason = despite.get(app.id());
            StatusChange change = app.recordCommitteeDecision(approver.name(), reference, decidedAt, reason != null, reason,
                    proposedBy, now);
            journal.statusChanged(app, change, approver, ChangeDetails.reason("Decision of the Committee: " + reference)
                    .withNote(reason == null ? null : "Approved despite an objection: " + reason + " (proposed by "
                            + proposedBy + ", confirmed by " + approver.name() + ")")
                    .withEmailData(Map.of("documentReference", reference, "decisionDate", decidedOn.toString())));
        }
    }

    private void requireNotInFuture(LocalDate decidedOn) {
        LocalDate today = clock.instant().atZone(accredit.zone()).toLocalDate();
        if (decidedOn.isAfter(today)) {
            throw RuleViolationException.unprocessable("The decision date cannot be in the future.");
        }
    }

    /** Safeguard: without a Member State focal point, nobody receives the list or can object. */
    private void requireFocalPoints(String attempted) {
        if (memberStates.statesWithFocalPoint().isEmpty()) {
            throw RuleViolationException.conflict("No Member State has a focal point: nobody could object. Cannot "
                    + attempted + " until an admin registers Member State focal points.");
        }
    }

    /** A withdrawn application leaves any list not yet decided, in the withdrawal's transaction. */
    void onWithdrawn(@Observes ApplicationWithdrawn event) {
        Application app = event.application();
        for (ListEntry entry : ListEntry.<ListEntry>list("applicationId", app.id())) {
            NonObjectionList list = em.find(NonObjectionList.class, entry.listId());
            if (list.status() == ListStatus.DECIDED) {
                continue;
            }
            entry.delete();
            journal.note(app, EventType.REMOVED_FROM_LIST, Actor.APPLICANT, null, "Withdrawn by the applicant while on the "
                    + list.status() + " non-objection list \"" + list.title() + "\"; taken off the list.", false);
        }
    }

    /** Most candidates {@link #candidates} returns (a list page offers them as checkboxes). */
    public static final int CANDIDATES_MAX = 200;

    /**
     * The applications {@link #addApplication} would accept on this draft list: para 9, RECOMMENDED,
     * of the list's call and on no list yet, in name order (at most {@link #CANDIDATES_MAX}). Empty
     * once the list is no longer a draft.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Application> candidates(UUID listId) {
        NonObjectionList list = get(listId);
        if (list.status() != ListStatus.DRAFT) {
            return List.of();
        }
        // RECOMMENDED applications on a list are on draft lists (circulation moves them on): read that many more
        long onDraftLists = em.createQuery("select count(e) from ListEntry e, NonObjectionList l where l.id = e.listId "
                + "and l.status = :draft", Long.class).setParameter("draft", ListStatus.DRAFT).getSingleResult();
        List<Application> recommended = applications.ofCallInStatus(list.callId(), ParticipationPath.PARA_9,
                ApplicationStatus.RECOMMENDED, (int) Math.min(Integer.MAX_VALUE, CANDIDATES_MAX + onDraftLists));
        if (recommended.isEmpty()) {
            return recommended;
        }
        Set<UUID> onLists = new HashSet<>(em.createQuery("select e.applicationId from ListEntry e "
                + "where e.applicationId in :ids", UUID.class)
                .setParameter("ids", recommended.stream().map(Application::id).toList()).getResultList());
        return recommended.stream().filter(a -> !onLists.contains(a.id())).limit(CANDIDATES_MAX).toList();
    }

    /** How many applications each of the given lists holds (lists without any are left out). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Long> applicationCounts(java.util.Collection<UUID> listIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (listIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery("select e.listId, count(e) from ListEntry e where e.listId in :lists "
                + "group by e.listId", Object[].class).setParameter("lists", listIds).getResultList()) {
            counts.put((UUID) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** How one Member State with a focal point answered a list. */
    public enum Answer { OBJECTION, NO_OBJECTION, NONE }

    /**
     * Each Member State with a focal point and its answer to the list, by State code: a standing
     * objection, a "no objection" declaration, or nothing yet. Which State answered what is
     * confidential: callers show it only to the roles {@code accredit.objection.state-identity-visible-to} names.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.SortedMap<String, Answer> answersByState(UUID listId) {
        get(listId);
        Set<String> objecting = new HashSet<>(em.createQuery("select distinct o.stateCode from Objection o "
                + "where o.listId = :list and o.withdrawnAt is null", String.class).setParameter("list", listId).getResultList());
        Set<String> declared = new HashSet<>(em.createQuery("select d.stateCode from NoObjectionDeclaration d "
                + "where d.listId = :list", String.class).setParameter("list", listId).getResultList());
        java.util.SortedMap<String, Answer> answers = new java.util.TreeMap<>();
        for (String state : memberStates.statesWithFocalPoint()) {
            answers.put(state, objecting.contains(state) ? Answer.OBJECTION
                    : declared.contains(state) ? Answer.NO_OBJECTION : Answer.NONE);
        }
        return answers;
    }

    // ---- helpers ---------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public NonObjectionList get(UUID listId) {
        return NonObjectionList.<NonObjectionList>findByIdOptional(listId)
                .orElseThrow(() -> new NotFoundException("Non-objection list"));
    }

    /** States that answered: a standing objection on the list, or a "no objection" declaration. */
    Set<String> answered(UUID listId) {
        Set<String> answered = new HashSet<>(em.createQuery("select distinct o.stateCode from Objection o "
                + "where o.listId = :list and o.withdrawnAt is null", String.class).setParameter("list", listId).getResultList());
        answered.addAll(em.createQuery("select d.stateCode from NoObjectionDeclaration d where d.listId = :list", String.class)
                .setParameter("list", listId).getResultList());
        return answered;
    }

    private NonObjectionList lock(UUID listId) {
        NonObjectionList list = em.find(NonObjectionList.class, listId, LockModeType.PESSIMISTIC_WRITE);
        if (list == null) {
            throw new NotFoundException("Non-objection list");
        }
        return list;
    }

    private static List<Application> sortedByName(List<Application> apps) {
        List<Application> sorted = new ArrayList<>(apps);
        sorted.sort(Comparator.comparing(Application::orgNameNormalized).thenComparing(Application::id));
        return sorted;
    }

    private static String where(UUID callId, ListStatus status) {
        List<String> where = new ArrayList<>();
        if (callId != null) {
            where.add("callId = :callId");
        }
        if (status != null) {
            where.add("status = :status");
        }
        return where.isEmpty() ? "1 = 1" : String.join(" and ", where);
    }

    private static Parameters params(UUID callId, ListStatus status) {
        Parameters p = new Parameters();
        if (callId != null) {
            p.and("callId", callId);
        }
        if (status != null) {
            p.and("status", status);
        }
        return p;
    }
}
