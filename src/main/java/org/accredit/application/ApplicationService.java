package org.accredit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.accredit.call.CallForApplications;
import org.accredit.call.CallService;
import org.accredit.common.AccreditConfig;
import org.accredit.common.Constraints;
import org.accredit.common.NotFoundException;
import org.accredit.common.RowWriter;
import org.accredit.common.RuleViolationException;
import org.accredit.common.InvalidFieldsException;
import org.accredit.common.Problem;
import org.accredit.common.UniqueViolationException;
import org.accredit.common.paging.Keyset;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.common.paging.Paging;
import org.accredit.ecosoc.EcosocEntry;
import org.accredit.ecosoc.EcosocMatcher;
import org.accredit.ecosoc.EcosocStatus;
import org.accredit.security.Actor;
import org.accredit.notification.EmailKind;
import org.accredit.organization.OrganizationNames;
import org.hibernate.Session;

/** Submission, the secretariat's review and the applicant's own actions. Owns the transactions. */
@ApplicationScoped
@Transactional
public class ApplicationService {

    static final String DUPLICATE_INDEX = "application_open_per_org_and_call";
    /** Roster candidates shown for one application. */
    static final int MAX_CANDIDATES = 10;
    /** HQL condition: the application is still open (enum literals, see {@link #countOpen}). */
    private static final String STILL_OPEN = Arrays.stream(ApplicationStatus.values())
            .filter(s -> !s.isOpen())
            .map(s -> ApplicationStatus.class.getName() + "." + s.name())
            .collect(Collectors.joining(", ", "status not in (", ")"));

    private final EntityManager em;
    private final CallService calls;
    private final Journal journal;
    private final AccreditConfig config;
    private final Clock clock;
    private final Event<ApplicationWithdrawn> withdrawals;
    private final EcosocMatcher matcher;
    private final Paging paging;

    /** The queue's order: submission time, then id (index application_queue_idx). */
    static final Keyset<Application> QUEUE_ORDER = Keyset.<Application>of("applications")
            .by("submittedAt", Instant.class, Application::submittedAt).by("id", UUID.class, Application::id).ascending();

    public ApplicationService(EntityManager em, CallService calls, Journal journal,
            AccreditConfig config, Clock clock, Event<ApplicationWithdrawn> withdrawals, EcosocMatcher matcher,
            Paging paging) {
        this.matcher = matcher;
        this.em = em;
        this.calls = calls;
        this.journal = journal;
        this.config = config;
        this.clock = clock;
        this.withdrawals = withdrawals;
        this.paging = paging;
    }

    // ---- the applicant ---------------------------------------------------------------------

    public Submission submit(@NotNull @Valid SubmissionRequest request) {
        Instant now = clock.instant();
        SubmissionRequest.Organization org = request.organization();
        if (request.ecosocCategory() != null && !org.type().mayClaimEcosocStatus()) {
            throw new InvalidFieldsException("An intergovernmental organization or UN entity takes part under para 7.",
                    List.of(new Problem.FieldError("ecosocCategory", "must be absent for type " + org.type()
                            + ": ECOSOC consultative status is held by non-governmental organizations")));
        }
        boolean claimsEcosoc = request.ecosocCategory() != null;
        ParticipationPath path = ParticipationPath.of(org.type(), claimsEcosoc);
        UUID callId = null;
        if (path.needsOpenCall()) {
            CallForApplications call = calls.openAt(now).orElseThrow(() -> RuleViolationException.unprocessable(
                    "No call for applications is open. Para 9 applications (other NGOs, civil society, academia, "
                            + "private sector) are accepted only while a call is open; see GET /api/v1/calls."));
            callId = call.id();
        }
        String normalized = OrganizationNames.normalize(org.name());
        if (normalized.isEmpty()) {
            throw RuleViolationException.unprocessable("The organization name must contain letters or digits.");
        }

        String secret = TrackingSecrets.generate();
        Application app = Application.submit(UUID.randomUUID(), nextReference(now),
                new OrganizationDetails(org.name().strip(), blankToNull(org.acronym()), org.type(), org.country(),
                        blankToNull(org.website()), blankToNull(org.email()), blankToNull(org.expertise())),
                new ContactPerson(request.contact().name().strip(), blankToNull(request.contact().title()),
                        request.contact().email().strip(), blankToNull(request.contact().phone())),
                request.language(), request.ecosocCategory(), callId, TrackingSecrets.hash(secret), now);
        RosterLookup roster = app.path() == ParticipationPath.PARA_8 ? matchOnRoster(app, now) : null;
        // Duplicates: the partial unique index application_open_per_org_and_call refuses a second open
        // application for the organization in the call, also between concurrent submissions. The new
        // application is a plain insert (RowWriter), sent with its history and acknowledgement in one
        // round trip: nothing in this transaction changes it again.
        try {
            journal.submitted(app, submittedRow(app), roster == null ? null : roster.event(),
                    roster == null ? null : roster.note(), Map.of("trackingSecret", secret));
        } catch (UniqueViolationException e) {
            if (Constraints.violated(e, DUPLICATE_INDEX)) {
                throw duplicate();
            }
            throw e;
        }
        return new Submission(app, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Application tracked(String secret) {
        if (!TrackingSecrets.looksValid(secret)) {
            throw new NotFoundException("Application");
        }
        return Application.<Application>find("trackingSecretHash", (Object) TrackingSecrets.hash(secret))
                .firstResultOptional().orElseThrow(() -> new NotFoundException("Application"));
    }

    /** The contact email of the application that {@code secret} tracks, if any (for rate limits; read only). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> contactEmailOf(String secret) {
        if (!TrackingSecrets.looksValid(secret)) {
            return Optional.empty();
        }
        return em.createQuery("select a.contactEmail from Application a where a.trackingSecretHash = :hash", String.class)
                .setParameter("hash", TrackingSecrets.hash(secret))
                .getResultStream().findFirst();
    }

    /**
     * The applicant answers the open question: the answer joins the thread and the history, and the
     * secretariat is emailed.
     */
    public Application answerInformationRequest(String secret, @NotNull @Valid ApplicantRequests.InformationResponse response) {
        Application app = lockTracked(secret);
        String answer = response.answer().strip();
        Instant now = clock.instant();
        StatusChange change = app.answerInformationRequest(answer, now);
        InformationRequest open = InformationRequest.open(app.id())
                .orElseThrow(() -> RuleViolationException.conflict("There is no open information request to answer."));
        open.answer(answer, now);
        journal.statusChanged(app, change, Actor.APPLICANT, answer, null, null, null);
        journal.toSecretariat(app, EmailKind.SECRETARIAT_INFORMATION_RECEIVED,
                Map.of("question", open.question(), "answer", answer));
        return app;
    }

    /** The applicant withdraws: the applicant and the secretariat are emailed. */
    public Application withdraw(String secret, @Valid ApplicantRequests.WithdrawalRequest request) {
        Application app = lockTracked(secret);
        String reason = request == null ? null : blankToNull(request.reason());
        StatusChange change = app.withdraw(reason, clock.instant());
        journal.statusChanged(app, change, Actor.APPLICANT, reason, null, EmailKind.WITHDRAWAL, null);
        Map<String, Object> data = new HashMap<>();
        data.put("fromStatus", change.from().name());
        if (reason != null) {
            data.put("reason", reason);
        }
        journal.toSecretariat(app, EmailKind.SECRETARIAT_WITHDRAWAL, data);
        withdrawals.fire(new ApplicationWithdrawn(app, change.from()));
        return app;
    }

    /** The thread of information requests of an application, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InformationRequest> informationRequests(UUID applicationId) {
        return InformationRequest.thread(applicationId);
    }

    // ---- the secretariat -------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public Application get(UUID id) {
        return Application.<Application>findByIdOptional(id).orElseThrow(() -> new NotFoundException("Application"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryLine> history(UUID applicationId) {
        return HistoryLine.list("applicationId = ?1 order by id", applicationId);
    }

    /** The roster entries the application may be, best first (for any path: staff may move it to para 8). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EcosocMatcher.Candidate> ecosocCandidates(UUID id) {
        return ecosocCandidates(get(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EcosocMatcher.Candidate> ecosocCandidates(Application app) {
        return matcher.candidates(app.orgName(), app.orgAcronym(), app.country(), MAX_CANDIDATES);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EcosocEntry> ecosocMatch(Application app) {
        return app.ecosocEntryId() == null ? Optional.empty() : EcosocEntry.findByIdOptional(app.ecosocEntryId());
    }

    /** The queue, in a stable order (submission time, then id), one page after the cursor. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Application> queue(QueueFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            where.add("status = :status");
            params.put("status", filter.status());
        }
        if (filter.path() != null) {
            where.add("path = :path");
            params.put("path", filter.path());
        }
        if (filter.callId() != null) {
            where.add("callId = :callId");
            params.put("callId", filter.callId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("orgNameNormalized like :text");
            params.put("text", "%" + OrganizationNames.normalize(filter.text()) + "%");
        }
        return paging.page(Application.class, QUEUE_ORDER, String.join(" and ", where), params, page);
    }

    public Application startReview(UUID id, Actor reviewer) {
        Application app = lock(id);
        journal.statusChanged(app, app.startReview(clock.instant()), reviewer, null, null, null, null);
        return app;
    }

    public Application requestInformation(UUID id, @NotNull @Valid StaffRequests.InformationRequest request, Actor reviewer) {
        Application app = lock(id);
        String question = request.question().strip();
        Instant now = clock.instant();
        StatusChange change = app.requestInformation(question, now);
        InformationRequest.ask(app, question, reviewer.name(), now).persist();
        journal.statusChanged(app, change, reviewer, question, blankToNull(request.note()), EmailKind.INFORMATION_REQUEST,
                Map.of("app", ApplicantEmailView.of(app).withInformationRequest(question)));
        return app;
    }

    public Application recommend(UUID id, @Valid StaffRequests.ReviewNote request, Actor reviewer) {
        Application app = lock(id);
        StatusChange change = app.recommend(reviewer.name(), clock.instant());
        journal.statusChanged(app, change, reviewer, null, note(request), null, null);
        return app;
    }

    /** Reviewers reject at screening; approvers reject a recommended para 7/8 application. */
    public Application reject(UUID id, @NotNull @Valid StaffRequests.Rejection request, Actor actor, boolean mayRejectScreening,
            boolean mayRejectRecommendation) {
        Application app = lock(id);
        Instant now = clock.instant();
        String reason = request.reason().strip();
        StatusChange change;
        if (app.status() == ApplicationStatus.RECOMMENDED) {
            if (!mayRejectRecommendation) {
                throw RuleViolationException.forbidden("Only an approver can reject a recommended application.");
            }
            change = app.rejectRecommendation(actor.name(), reason, config.fourEyes(), now);
        } else {
            if (!mayRejectScreening) {
                throw RuleViolationException.forbidden("Only a reviewer can reject an application at screening.");
            }
            change = app.rejectAtScreening(actor.name(), reason, now);
        }
        journal.statusChanged(app, change, actor, reason, blankToNull(request.note()), EmailKind.REJECTION, null);
        return app;
    }

    public Application approve(UUID id, @Valid StaffRequests.ReviewNote request, Actor approver) {
        Application app = lock(id);
        EcosocStatus rosterStatus = app.ecosocEntryId() == null ? null
                : EcosocEntry.<EcosocEntry>findByIdOptional(app.ecosocEntryId()).map(EcosocEntry::status).orElse(null);
        StatusChange change = app.approve(approver.name(), config.fourEyes(), rosterStatus, clock.instant());
        journal.statusChanged(app, change, approver, null, note(request), EmailKind.APPROVAL, null);
        return app;
    }

    public Application changePath(UUID id, @NotNull @Valid StaffRequests.PathChangeRequest request, Actor reviewer) {
        Application app = lock(id);
        Instant now = clock.instant();
        UUID targetCall = null;
        if (request.path().needsOpenCall()) {
            targetCall = app.callId() != null ? app.callId()
                    : calls.openAt(now).or(() -> calls.openAt(app.submittedAt())).map(CallForApplications::id).orElse(null);
        }
        if (request.path().needsOpenCall() && targetCall != null) {
            refuseDuplicateOf(app, targetCall);
        }
        PathChange change = app.changePath(request.path(), targetCall, now);
        String reason = request.reason().strip();
        journal.pathChanged(app, change, reviewer, reason, blankToNull(request.note()),
                Map.of("fromPath", change.from().name(), "toPath", change.to().name(), "reason", reason));
        if (change.to() == ParticipationPath.PARA_8) {
            RosterLookup roster = matchOnRoster(app, now);
            journal.note(app, roster.event(), Actor.SYSTEM, null, roster.note(), false);
        }
        return app;
    }

    public Application confirmEcosocMatch(UUID id, @NotNull @Valid StaffRequests.EcosocMatchConfirmation request, Actor staff) {
        Application app = lock(id);
        EcosocEntry entry = EcosocEntry.<EcosocEntry>findByIdOptional(request.entryId())
                .orElseThrow(() -> new NotFoundException("Roster entry"));
        app.confirmEcosocMatch(entry.id(), staff.name(), clock.instant());
        journal.note(app, EventType.ECOSOC_MATCH_CONFIRMED, staff, null,
                joinNote("Confirmed as roster entry " + entry.name() + " (" + entry.country() + ", " + entry.category()
                        + ", " + entry.status() + ")", request.note()), false);
        return app;
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** What the roster look-up of a para 8 application found, for its history (staff only). */
    private record RosterLookup(EventType event, String note) {
    }

    /**
     * Para 8: confirms the roster entry the application certainly is (see {@link EcosocMatcher}), or
     * names the best candidates for a reviewer.
     */
    private RosterLookup matchOnRoster(Application app, Instant now) {
        Optional<EcosocEntry> certain = matcher.unambiguousMatch(app.orgName(), app.orgAcronym(), app.country());
        if (certain.isPresent()) {
            EcosocEntry e = certain.get();
            app.confirmEcosocMatch(e.id(), Actor.SYSTEM.name(), now);
            return new RosterLookup(EventType.ECOSOC_MATCH_CONFIRMED, "Roster entry confirmed automatically (the only "
                    + "entry with the same normalized name in the same country): " + describe(e));
        }
        List<EcosocMatcher.Candidate> candidates = matcher.candidates(app.orgName(), app.orgAcronym(), app.country(), 3);
        if (candidates.isEmpty()) {
            return new RosterLookup(EventType.ECOSOC_MATCH_PROPOSED, "No roster entry resembles the name; a reviewer "
                    + "searches the roster or moves the application to para 9.");
        }
        return new RosterLookup(EventType.ECOSOC_MATCH_PROPOSED, "No unambiguous roster match; candidates for a "
                + "reviewer to confirm: " + candidates.stream().map(c -> describe(c.entry()) + " score " + c.score())
                        .collect(Collectors.joining("; ")));
    }

    private static String describe(EcosocEntry e) {
        return e.name() + " (" + e.country() + ", " + e.category() + ", " + e.status() + ")";
    }

    /** Workflow steps lock the row, so two staff members acting at once are serialized. */
    private Application lock(UUID id) {
        Application app = em.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (app == null) {
            throw new NotFoundException("Application");
        }
        return app;
    }

    private Application lockTracked(String secret) {
        if (!TrackingSecrets.looksValid(secret)) {
            throw new NotFoundException("Application");
        }
        return Application.<Application>find("trackingSecretHash", (Object) TrackingSecrets.hash(secret))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseThrow(() -> new NotFoundException("Application"));
    }

    private void refuseDuplicateOf(Application app, UUID callId) {
        if (countOpen(app.orgNameNormalized(), app.country(), callId, app.id()) > 0) {
            throw duplicate();
        }
    }

    /**
     * Open applications for one organization in one call, other than {@code excludedId}. The closed
     * statuses are literals in the query text: Hibernate does not cache the translation of a query
     * with a multi-valued parameter.
     */
    private long countOpen(String normalized, String country, UUID callId, UUID excludedId) {
        return em.createQuery("select count(*) from Application where orgNameNormalized = :name and country = :country"
                        + " and callId = :callId and id <> :excludedId and " + STILL_OPEN, Long.class)
                .setParameter("name", normalized)
                .setParameter("country", country)
                .setParameter("callId", callId)
                .setParameter("excludedId", excludedId)
                .getSingleResult();
    }

    private static RuleViolationException duplicate() {
        return new RuleViolationException(409, "Duplicate application",
                "An application for this organization is already under consideration in this call.");
    }

    /** The columns a submission sets; the others (review and decision) start empty. */
    private static final String INSERT_SUBMITTED = "insert into application (id, reference, path, status, call_id, "
            + "org_name, org_name_normalized, org_acronym, org_type, country, website, email, expertise, "
            + "ecosoc_category_claimed, contact_name, contact_title, contact_email, contact_phone, language, "
            + "tracking_secret_hash, ecosoc_entry_id, ecosoc_confirmed_by, ecosoc_confirmed_at, submitted_at, updated_at, "
            + "version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static RowWriter.Insert submittedRow(Application a) {
        return new RowWriter.Insert(INSERT_SUBMITTED, row -> row.uuid(a.id()).text(a.reference()).name(a.path()).name(a.status())
                .uuid(a.callId()).text(a.orgName()).text(a.orgNameNormalized()).text(a.orgAcronym()).name(a.orgType())
                .text(a.country()).text(a.website()).text(a.email()).text(a.expertise()).name(a.ecosocCategoryClaimed())
                .text(a.contactName()).text(a.contactTitle()).text(a.contactEmail()).text(a.contactPhone())
                .name(a.language()).bytes(a.trackingSecretHash()).uuid(a.ecosocEntryId()).text(a.ecosocConfirmedBy())
                .instant(a.ecosocConfirmedAt()).instant(a.submittedAt())
                .instant(a.updatedAt()).integer(a.version()));
    }

    /**
     * The next human-readable reference, e.g. AHC-2026-00042 (at least five digits). The sequence
     * is read with plain JDBC on the transaction's connection and the text built by hand: a
     * Hibernate native query and String.format were 15% of the allocations of a submission (JFR).
     */
    private String nextReference(Instant now) {
        long n = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement next = connection.prepareStatement("select nextval('application_reference_seq')");
                    ResultSet rs = next.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        String digits = Long.toString(n);
        return config.referencePrefix() + "-" + ZonedDateTime.ofInstant(now, config.zone()).getYear() + "-"
                + "00000".substring(Math.min(5, digits.length())) + digits;
    }

    private static String note(StaffRequests.ReviewNote request) {
        return request == null ? null : blankToNull(request.note());
    }

    private static String joinNote(String fact, String note) {
        String n = blankToNull(note);
        return n == null ? fact : fact + ". " + n;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
