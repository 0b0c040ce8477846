package org.accredit.speaker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.accredit.application.AccreditedOrganization;
import org.accredit.application.Applications;
import org.accredit.common.NotFoundException;
import org.accredit.common.RuleViolationException;
import org.accredit.organization.RegionalGroup;
import org.accredit.registration.Registrations;
import org.accredit.registration.Representative;
import org.accredit.session.AgendaItem;
import org.accredit.session.Session;
import org.accredit.session.Sessions;

/**
 * Requests to speak and the lists of speakers. Every change of an item's list (a request, a
 * withdrawal, a reordering, the publication) first locks the list's row, so they happen one after
 * the other per item: a request cannot slip in while the list is being published.
 *
 * <p>What is on the list: the standing requests ({@link SpeakerRequestStatus#REQUESTED}) whose
 * organization is still in good standing and whose speaker is still a confirmed representative of
 * it for the session. A request whose speaker is later withdrawn or replaced, or whose organization
 * is suspended, drops from the list (also a published one; the others keep their relative order) and
 * the organization sees it as off the list; it may withdraw it and ask again with another speaker
 * while the list is a draft.
 */
@ApplicationScoped
@Transactional
public class SpeakerService {

    private final EntityManager em;
    private final Clock clock;
    private final Sessions sessions;
    private final Applications applications;
    private final Registrations registrations;

    public SpeakerService(EntityManager em, Clock clock, Sessions sessions, Applications applications,
            Registrations registrations) {
        this.em = em;
        this.clock = clock;
        this.sessions = sessions;
        this.applications = applications;
        this.registrations = registrations;
    }

    // ---- the organization ---------------------------------------------------------------------

    /**
     * The organization whose approved application {@code secret} tracks asks to speak on the item:
     * 404 for an unknown session, item or secret, 403 when not in good standing, 409 once the session
     * has closed, the list is published or the organization already has a standing request on the
     * item, 422 when the speaker is not one of its confirmed representatives for the session.
     */
    public OwnRequest ask(String secret, UUID sessionId, UUID itemId, @NotNull @Valid SpeakerRequests.Ask ask) {
        Session session = sessions.get(sessionId);
        AgendaItem item = sessions.agendaItem(sessionId, itemId);
        AccreditedOrganization org = applications.accreditedBy(secret);
        Instant now = clock.instant();
        requireNotClosed(session, now, "ask to speak");
        SpeakersList list = lockList(session, item);
        list.requireOpenForRequests();
        Representative speaker = registrations.confirmed(sessionId, org.applicationId(), ask.representativeId())
                .orElseThrow(() -> RuleViolationException.unprocessable("The speaker must be a representative of your "
                        + "organization whom the secretariat has confirmed for this session."));
        // one standing request per organization and item: the partial unique index
        // speaker_request_once_per_item refuses a second one, also from a concurrent request
        UUID id = UUID.randomUUID();
        int inserted = em.createNativeQuery("insert into speaker_request (id, session_id, item_id, application_id, "
                        + "representative_id, topic, status, requested_at) values (?1, ?2, ?3, ?4, ?5, ?6, 'REQUESTED', ?7) "
                        + "on conflict do nothing")
                .setParameter(1, id).setParameter(2, sessionId).setParameter(3, itemId)
                .setParameter(4, org.applicationId()).setParameter(5, speaker.id())
                .setParameter(6, ask.topic() == null || ask.topic().isBlank() ? null : ask.topic().strip())
                .setParameter(7, now)
                .executeUpdate();
        if (inserted == 0) {
            throw RuleViolationException.conflict("Your organization has already asked to speak on this agenda item; "
                    + "withdraw that request first to name another speaker.");
        }
        return own(session, item, em.find(SpeakerRequest.class, id), list.status());
    }

    /** The organization withdraws its request: 409 once the list is published or the session has closed. */
    public OwnRequest withdraw(String secret, UUID sessionId, UUID itemId, UUID requestId) {
        Session session = sessions.get(sessionId);
        AgendaItem item = sessions.agendaItem(sessionId, itemId);
        AccreditedOrganization org = applications.accreditedBy(secret);
        SpeakersList list = lockList(session, item);
        SpeakerRequest request = ownRequest(org, itemId, requestId);
        Instant now = clock.instant();
        requireNotClosed(session, now, "withdraw a request to speak");
        list.requireOpenForWithdrawals();
        request.withdraw(now);
        return own(session, item, request, list.status());
    }

    /** One of the organization's own requests (404 if it is another's). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OwnRequest ownRequest(String secret, UUID sessionId, UUID itemId, UUID requestId) {
        Session session = sessions.get(sessionId);
        AgendaItem item = sessions.agendaItem(sessionId, itemId);
        AccreditedOrganization org = applications.accreditedBy(secret);
        SpeakerRequest request = ownRequest(org, itemId, requestId);
        return own(session, item, request, listStatus(itemId));
    }

    /**
     * The organization's requests for the session, withdrawn ones included, by time of request then
     * id. Not paged: an organization has at most one standing request per agenda item.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OwnRequest> ownRequests(String secret, UUID sessionId) {
        Session session = sessions.get(sessionId);
        AccreditedOrganization org = applications.accreditedBy(secret);
        List<SpeakerRequest> requests = em.createQuery("select r from SpeakerRequest r where r.applicationId = :a "
                        + "and r.sessionId = :s order by r.requestedAt, r.id", SpeakerRequest.class)
                .setParameter("a", org.applicationId()).setParameter("s", sessionId).getResultList();
        List<OwnRequest> own = new ArrayList<>(requests.size());
        for (SpeakerRequest r : requests) {
            own.add(own(session, sessions.agendaItem(sessionId, r.itemId()), r, listStatus(r.itemId())));
        }
        return own;
    }

    // ---- the secretariat ----------------------------------------------------------------------

    /** The item's list as staff see it: every line, in its current order, with its suggested place. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ItemSpeakers list(UUID sessionId, UUID itemId) {
        Session session = sessions.get(sessionId);
        AgendaItem item = sessions.agendaItem(sessionId, itemId);
        SpeakersList list = Optional.ofNullable(em.find(SpeakersList.class, itemId))
                .orElseGet(() -> new SpeakersList(sessionId, itemId));
        return new ItemSpeakers(session, item, list, lines(session, item));
    }

    /**
     * Staff set the order: {@code requestIds} must hold every request on the list exactly once (else
     * 422); 409 once the list is published. Requests made afterwards follow, in the suggested order.
     */
    public ItemSpeakers reorder(UUID sessionId, UUID itemId, @NotNull @Valid SpeakerRequests.Reorder order, String staff) {
        Session session = sessions.get(sessionId);
        AgendaItem item = sessions.agendaItem(sessionId, itemId);
        SpeakersList list = lockList(session, item);
        list.reorder(staff, clock.instant());
        List<SpeakerLine> lines = lines(session, item);
        Map<UUID, SpeakerRequest> onList = new HashMap<>();
        lines.forEach(l -> onList.put(l.request().id(), l.request()));
        Set<UUID> seen = new HashSet<>();
        for (UUID id : order.requestIds()) {
            if (!seen.add(id)) {
                throw RuleViolationException.unprocessable("Request " + id + " is listed twice; give every request on "
                        + "the list exactly once.");
            }
            if (!onList.containsKey(id)) {
                throw RuleViolationException.unprocessable("Request " + id + " is not on this list; give every request on "
                        + "the list exactly once.");
            }
        }
        if (seen.size() != onList.size()) {
            throw RuleViolationException.unprocessable("The order names " + seen.size() + " of the " + onList.size()
                    + " requests on the list; give every request on the list exactly once.");
        }
        clearPositions(itemId);
        int place = 1;
        for (UUID id : order.requestIds()) {
            onList.get(id).placeAt(place++);
        }
        return new ItemSpeakers(session, item, list, lines(session, item));
    }

    /**
     * Staff publish the list in its current order, which is frozen from now on (every line gets its
     * place). 409 when it is published already or holds no request.
     */
    public ItemSpeakers publish(UUID sessionId, UUID itemId, String staff) {
        Session session = sessions.get(sessionId);
        AgendaItem item = sessions.agendaItem(sessionId, itemId);
        SpeakersList list = lockList(session, item);
        List<SpeakerLine> lines = lines(session, item);
        if (list.status().open() && lines.isEmpty()) {
            throw RuleViolationException.conflict("No organization is on this list of speakers: there is nothing to publish.");
        }
        list.publish(staff, clock.instant());
        clearPositions(itemId);
        for (SpeakerLine line : lines) {
            line.request().placeAt(line.position());
        }
        return new ItemSpeakers(session, item, list, lines(session, item));
    }

    // ---- the public ---------------------------------------------------------------------------

    /** The published list (404 while it is not published). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ItemSpeakers published(UUID sessionId, UUID itemId) {
        Session session = sessions.get(sessionId);
        AgendaItem item = sessions.agendaItem(sessionId, itemId);
        SpeakersList list = em.find(SpeakersList.class, itemId);
        if (list == null || list.status() != SpeakersListStatus.PUBLISHED) {
            throw new NotFoundException("Published list of speakers");
        }
        return new ItemSpeakers(session, item, list, lines(session, item));
    }

    // ---- the list -----------------------------------------------------------------------------

    /**
     * The lines of the item's list in their current order: the places staff gave (reordering,
     * publication) first, by place, then the requests without a place by their suggested place.
     */
    private List<SpeakerLine> lines(Session session, AgendaItem item) {
        List<SpeakerRequest> standing = em.createQuery("select r from SpeakerRequest r where r.itemId = :i "
                        + "and r.status = :s order by r.requestedAt, r.id", SpeakerRequest.class)
                .setParameter("i", item.id()).setParameter("s", SpeakerRequestStatus.REQUESTED).getResultList();
        Map<UUID, SpeakerRequest> requests = new HashMap<>();
        Map<UUID, AccreditedOrganization> orgs = new HashMap<>();
        Map<UUID, Representative> speakers = new HashMap<>();
        List<SpeakingOrder.Candidate> candidates = new ArrayList<>();
        for (SpeakerRequest r : standing) {
            AccreditedOrganization org = applications.organization(r.applicationId());
            Optional<Representative> speaker = registrations.confirmed(session.id(), r.applicationId(), r.representativeId());
            if (!org.inGoodStanding() || speaker.isEmpty()) {
                continue;
            }
            requests.put(r.id(), r);
            orgs.put(r.id(), org);
            speakers.put(r.id(), speaker.get());
            candidates.add(new SpeakingOrder.Candidate(r.id(), r.requestedAt(), RegionalGroup.of(org.country()),
                    speaker.get().gender()));
        }
        List<SpeakingOrder.Candidate> suggested = SpeakingOrder.suggest(candidates);
        Map<UUID, Integer> suggestedPlace = new HashMap<>();
        for (int i = 0; i < suggested.size(); i++) {
            suggestedPlace.put(suggested.get(i).id(), i + 1);
        }
        List<SpeakingOrder.Candidate> current = new ArrayList<>(suggested);
        current.sort(Comparator.comparing((SpeakingOrder.Candidate c) -> requests.get(c.id()).position(),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(c -> suggestedPlace.get(c.id())));
        List<SpeakerLine> lines = new ArrayList<>(current.size());
        for (int i = 0; i < current.size(); i++) {
            SpeakingOrder.Candidate c = current.get(i);
            lines.add(new SpeakerLine(requests.get(c.id()), orgs.get(c.id()), c.group(), speakers.get(c.id()), i + 1,
                    suggestedPlace.get(c.id())));
        }
        return lines;
    }

    /** The item's list row, created as a draft if it has none, locked until the transaction ends. */
    private SpeakersList lockList(Session session, AgendaItem item) {
        em.createNativeQuery("insert into speakers_list (item_id, session_id, status) values (?1, ?2, 'DRAFT') "
                        + "on conflict do nothing")
                .setParameter(1, item.id()).setParameter(2, session.id()).executeUpdate();
        return em.find(SpeakersList.class, item.id(), LockModeType.PESSIMISTIC_WRITE);
    }

    private void clearPositions(UUID itemId) {
        em.createQuery("select r from SpeakerRequest r where r.itemId = :i and r.position is not null", SpeakerRequest.class)
                .setParameter("i", itemId).getResultList().forEach(SpeakerRequest::clearPosition);
    }

    private SpeakersListStatus listStatus(UUID itemId) {
        SpeakersList list = em.find(SpeakersList.class, itemId);
        return list == null ? SpeakersListStatus.DRAFT : list.status();
    }

    private SpeakerRequest ownRequest(AccreditedOrganization org, UUID itemId, UUID requestId) {
        SpeakerRequest r = em.find(SpeakerRequest.class, requestId);
        if (r == null || !r.itemId().equals(itemId) || !r.applicationId().equals(org.applicationId())) {
            throw new NotFoundException("Speaker request");
        }
        return r;
    }

    private OwnRequest own(Session session, AgendaItem item, SpeakerRequest r, SpeakersListStatus listStatus) {
        Representative speaker = r.status() == SpeakerRequestStatus.REQUESTED
                ? registrations.confirmed(session.id(), r.applicationId(), r.representativeId()).orElse(null) : null;
        return new OwnRequest(session, item, r, speaker, listStatus);
    }

    private static void requireNotClosed(Session session, Instant now, String attempted) {
        if (!now.isBefore(session.closesAt())) {
            throw RuleViolationException.conflict("The session has closed: you can no longer " + attempted + ".");
        }
    }
}
