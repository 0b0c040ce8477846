package org.accredit.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.accredit.application.AccreditedOrganization;
import org.accredit.application.Applications;
import org.accredit.common.InvalidFieldsException;
import org.accredit.common.NotFoundException;
import org.accredit.common.Problem;
import org.accredit.common.RowWriter;
import org.accredit.common.RuleViolationException;
import org.accredit.common.UniqueViolationException;
import org.accredit.common.paging.Keyset;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.common.paging.Paging;
import org.accredit.document.PdfDocuments;
import org.accredit.security.Actor;
import org.accredit.session.Session;
import org.accredit.session.Sessions;

/**
 * Registrations of representatives for sessions. An organization acts with the tracking secret of
 * its approved application ({@link Applications#lockAccreditedBy}): the lock on that row makes one
 * organization's registrations for a session one at a time, so a seat quota is never exceeded when
 * requests race; the session is share-locked so that its window and quotas cannot change meanwhile.
 * The secretariat decides each registration under a row lock: of two deciding at once, one wins and
 * the other gets 409.
 */
@ApplicationScoped
@Transactional
public class RegistrationService {

    /** The partial unique index: one person (normalized email) once per session while holding a seat. */
    static final String ONCE_PER_SESSION = "representative_once_per_session";

    /** Lists of registrations: by registration time, then id. */
    static final Keyset<Representative> BY_REGISTRATION = Keyset.<Representative>of("registrations")
            .by("registeredAt", Instant.class, Representative::registeredAt).by("id", UUID.class, Representative::id)
            .ascending();
    static final Keyset<Representative> OWN_BY_REGISTRATION = Keyset.<Representative>of("own-representatives")
            .by("registeredAt", Instant.class, Representative::registeredAt).by("id", UUID.class, Representative::id)
            .ascending();

    /** The statuses that hold a seat of the quota. */
    private static final Set<RepresentativeStatus> HOLDING_SEAT = java.util.Arrays.stream(RepresentativeStatus.values())
            .filter(RepresentativeStatus::holdsSeat).collect(java.util.stream.Collectors.toCollection(
                    () -> java.util.EnumSet.noneOf(RepresentativeStatus.class)));

    private static final String INSERT = "insert into representative (id, session_id, application_id, letter_id, name, "
            + "title, employer, email, email_normalized, mode, gender, nationality, status, late, replaces_id, decided_by, "
            + "decided_at, decision_reason, registered_at, updated_at, version) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final EntityManager em;
    private final Applications applications;
    private final Sessions sessions;
    private final RowWriter rows;
    private final Paging paging;
    private final Clock clock;
    private final RegistrationConfig config;
    private final Validator validator;
    private final RegistrationEmails emails;

    public RegistrationService(EntityManager em, Applications applications, Sessions sessions, RowWriter rows, Paging paging,
            Clock clock, RegistrationConfig config, Validator validator, RegistrationEmails emails) {
        this.em = em;
        this.applications = applications;
        this.sessions = sessions;
        this.rows = rows;
        this.paging = paging;
        this.clock = clock;
        this.config = config;
        this.validator = validator;
        this.emails = emails;
    }

    // ---- the organization ----------------------------------------------------------------------

    /** Stores the organization's official letter for the session, once its bytes parse as a PDF. */
    public RegistrationLetter uploadLetter(String secret, UUID sessionId, byte[] content) {
        AccreditedOrganization org = applications.lockAccreditedBy(secret);
        Session session = sessions.getShareLocked(sessionId);
        Instant now = clock.instant();
        RegistrationWindow.of(session, org).requireChangeable(now);
        PdfDocuments.PdfFile pdf = PdfDocuments.check(content, config.letterMaxBytes(), config.letterMaxPages());
        RegistrationLetter letter = new RegistrationLetter(session.id(), org.applicationId(), pdf.bytes(), pdf.sha256(),
                pdf.pages(), now);
        letter.persist();
        return letter;
    }

    /** Registers a person for the session: a request inside the window, a late request after the cut-off. */
    public Representative register(String secret, UUID sessionId, RepresentativeRequest request) {
        AccreditedOrganization org = applications.lockAccreditedBy(secret);
        validate(request);
        Session session = sessions.getShareLocked(sessionId);
        Instant now = clock.instant();
        RegistrationWindow.Timing timing = RegistrationWindow.of(session, org)
                .requireRegistrable(now);
        requireOwnLetter(request.letterId(), session, org);
        requireSeat(session, org, request.mode());
        Representative r = timing == RegistrationWindow.Timing.LATE
                ? Representative.registerLate(session.id(), org.applicationId(), request, now)
                : Representative.register(session.id(), org.applicationId(), request, now);
        insert(r);
        return r;
    }

    /**
     * Registers a person with the official letter attached to the same request (a multipart form
     * post): the letter is stored as {@link #uploadLetter} stores it and the person registered on it,
     * in one transaction; letterId must then be left out.
     */
    public Representative registerWithLetter(String secret, UUID sessionId, RepresentativeRequest request, byte[] letter) {
        if (request != null && request.letterId() != null) {
            throw new InvalidFieldsException("The letter is attached: letterId names none.", List.of(
                    new Problem.FieldError("letterId", "leave out when the letter is attached")));
        }
        RegistrationLetter stored = uploadLetter(secret, sessionId, letter);
        em.flush(); // the representative's row is a plain insert (RowWriter) that refers to the letter's
        return register(secret, sessionId, request == null ? null : request.withLetter(stored.id()));
    }

    /** The organization's representatives for the session, in registration order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Representative> own(String secret, UUID sessionId, PageRequest page) {
        AccreditedOrganization org = applications.accreditedBy(secret);
        Session session = sessions.get(sessionId);
        return paging.page(Representative.class, OWN_BY_REGISTRATION, "sessionId = :session and applicationId = :org",
                Map.of("session", session.id(), "org", org.applicationId()), page);
    }

    /** One of the organization's representatives for the session; another's answers 404 like a missing one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Representative ownOne(String secret, UUID sessionId, UUID representativeId) {
        AccreditedOrganization org = applications.accreditedBy(secret);
        Representative r = em.find(Representative.class, representativeId);
        if (r == null || !r.belongsTo(sessionId, org.applicationId())) {
            throw new NotFoundException("Representative");
        }
        return r;
    }

    /** The organization withdraws one of its representatives, until the session opens. */
    public Representative withdraw(String secret, UUID sessionId, UUID representativeId) {
        AccreditedOrganization org = applications.lockAccreditedBy(secret);
        Session session = sessions.getShareLocked(sessionId);
        Representative r = lockOwn(representativeId, session, org);
        RegistrationWindow.of(session, org).requireChangeable(clock.instant());
        r.withdraw(clock.instant());
        return r;
    }

    /**
     * The organization replaces one of its representatives by another person, until the session
     * opens: the old one gives up its seat and the new one is registered (a late request after the
     * cut-off) in the same transaction, inside the quota of the new person's mode.
     */
    public Representative replace(String secret, UUID sessionId, UUID representativeId, RepresentativeRequest request) {
        AccreditedOrganization org = applications.lockAccreditedBy(secret);
        validate(request);
        Session session = sessions.getShareLocked(sessionId);
        Representative old = lockOwn(representativeId, session, org);
        Instant now = clock.instant();
        RegistrationWindow window = RegistrationWindow.of(session, org);
        window.requireChangeable(now);
        RegistrationWindow.Timing timing = window.at(now);
        requireOwnLetter(request.letterId(), session, org);
        Representative successor = timing == RegistrationWindow.Timing.IN_WINDOW
                ? Representative.register(session.id(), org.applicationId(), request, now)
                : Representative.registerLate(session.id(), org.applicationId(), request, now);
        old.replaceBy(successor, now);
        em.flush();
        requireSeat(session, org, request.mode());
        insert(successor);
        return successor;
    }

    // ---- the secretariat -----------------------------------------------------------------------

    /** A session's registrations for the secretariat, filtered, in registration order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Representative> list(UUID sessionId, RepresentativeStatus status, AttendanceMode mode, Boolean late,
            PageRequest page) {
        Session session = sessions.get(sessionId);
        StringBuilder where = new StringBuilder("sessionId = :session");
        Map<String, Object> params = new HashMap<>();
        params.put("session", session.id());
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (mode != null) {
            where.append(" and mode = :mode");
            params.put("mode", mode);
        }
        if (late != null) {
            where.append(" and late = :late");
            params.put("late", late);
        }
        return paging.page(Representative.class, BY_REGISTRATION, where.toString(), params, page);
    }

    /** The organizations of some registrations (a page of them), by application id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, AccreditedOrganization> organizations(List<Representative> representatives) {
        return applications.organizations(representatives.stream().map(Representative::applicationId).distinct().toList());
    }

    /** A letter of the session, for the secretariat. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RegistrationLetter letter(UUID sessionId, UUID letterId) {
        RegistrationLetter letter = em.find(RegistrationLetter.class, letterId);
        if (letter == null || !letter.sessionId().equals(sessionId)) {
            throw new NotFoundException("Letter");
        }
        return letter;
    }

    /**
     * The secretariat confirms a registration; the contact and the representative are emailed. Refused
     * (409) while the organization's accreditation is suspended or withdrawn.
     */
    public Representative confirm(UUID representativeId, DecisionRequest.Confirmation request, Actor staff) {
        if (request != null) {
            validate(request);
        }
        Representative r = lock(representativeId);
        AccreditedOrganization org = applications.organization(r.applicationId());
        if (!org.inGoodStanding()) {
            throw RuleViolationException.conflict("The organization's accreditation is " + org.status().name()
                    + ": none of its registrations can be confirmed (refuse it instead).");
        }
        r.confirm(staff.name(), request == null ? null : request.reason(), clock.instant());
        emails.confirmed(r, sessions.get(r.sessionId()), org);
        return r;
    }

    /** The secretariat refuses a registration with a reason; the contact is emailed. */
    public Representative refuse(UUID representativeId, DecisionRequest.Refusal request, Actor staff) {
        validate(request);
        Representative r = lock(representativeId);
        r.refuse(staff.name(), request.reason(), clock.instant());
        emails.refused(r, sessions.get(r.sessionId()), applications.organization(r.applicationId()));
        return r;
    }

    /** The session of a representative (views show its moments in the session's zone). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Session session(UUID sessionId) {
        return sessions.get(sessionId);
    }

    // ---- rules ---------------------------------------------------------------------------------

    private Representative lock(UUID id) {
        Representative r = em.find(Representative.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw new NotFoundException("Representative");
        }
        return r;
    }

    /** The organization's own representative for the session, locked; another's answers 404 like a missing one. */
    private Representative lockOwn(UUID id, Session session, AccreditedOrganization org) {
        Representative r = lock(id);
        if (!r.belongsTo(session.id(), org.applicationId())) {
            throw new NotFoundException("Representative");
        }
        return r;
    }

    private void requireOwnLetter(UUID letterId, Session session, AccreditedOrganization org) {
        RegistrationLetter letter = em.find(RegistrationLetter.class, letterId);
        if (letter == null || !letter.applicationId().equals(org.applicationId())) {
            throw new RuleViolationException(422, "Unknown letter",
                    "letterId names no letter your organization uploaded; upload the official letter first.");
        }
        if (!letter.sessionId().equals(session.id())) {
            throw new RuleViolationException(422, "Letter for another session",
                    "letterId names a letter uploaded for another session; upload the official letter for this session.");
        }
    }

    /** Refuses (409) a registration in {@code mode} when the organization's seats of that mode are taken. */
    private void requireSeat(Session session, AccreditedOrganization org, AttendanceMode mode) {
        Integer seats = mode == AttendanceMode.IN_PERSON ? session.inPersonSeats() : session.onlineSeats();
        if (seats == null) {
            return;
        }
        long taken = em.createQuery("select count(r) from Representative r where r.sessionId = :session "
                        + "and r.applicationId = :org and r.mode = :mode and r.status in :holding", Long.class)
                .setParameter("session", session.id()).setParameter("org", org.applicationId()).setParameter("mode", mode)
                .setParameter("holding", HOLDING_SEAT).getSingleResult();
        if (taken >= seats) {
            throw new RuleViolationException(409, "Quota reached", "Your organization holds all its " + seats + " "
                    + (mode == AttendanceMode.IN_PERSON ? "in-person" : "online") + " seat(s) (mode " + mode.name()
                    + ") for this session.");
        }
    }

    private void insert(Representative r) {
        try {
            rows.insert(new RowWriter.Insert(INSERT, row -> row.uuid(r.id()).uuid(r.sessionId()).uuid(r.applicationId())
                    .uuid(r.letterId()).text(r.name()).text(r.title()).text(r.employer()).text(r.email())
                    .text(r.emailNormalized()).name(r.mode()).name(r.gender()).text(r.nationality()).name(r.status())
                    .bool(r.late()).uuid(r.replacesId()).text(r.decidedBy()).instant(r.decidedAt()).text(r.decisionReason())
                    .instant(r.registeredAt()).instant(r.updatedAt()).integer(r.version())));
        } catch (UniqueViolationException e) {
            if (ONCE_PER_SESSION.equals(e.constraint())) {
                throw new RuleViolationException(409, "Already registered",
                        "This person (email address) is already registered for this session.");
            }
            throw e;
        }
    }

    private <T> void validate(T request) {
        if (request == null) {
            throw new InvalidFieldsException("The request needs a body.",
                    List.of(new Problem.FieldError("body", "must not be empty")));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
