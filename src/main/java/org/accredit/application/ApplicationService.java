package org.accredit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.accredit.call.CallForApplications;
import org.accredit.call.CallService;
import org.accredit.document.PdfDocuments;
import org.accredit.common.AccreditConfig;
import org.accredit.common.Constraints;
import org.accredit.common.RuleViolationException;
import org.accredit.common.InvalidFieldsException;
import org.accredit.common.Problem;
import org.accredit.common.UniqueViolationException;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.ecosoc.EcosocEntry;
import org.accredit.ecosoc.EcosocStatus;
import org.accredit.security.Actor;
import org.accredit.notification.EmailKind;
import org.accredit.organization.OrganizationNames;

/** Submission, the secretariat's review and the applicant's own actions. Owns the transactions. */
@ApplicationScoped
@Transactional
public class ApplicationService {

    private final Applications applications;
    private final CallService calls;
    private final Journal journal;
    private final AccreditConfig config;
    private final Clock clock;
    private final Event<ApplicationWithdrawn> withdrawals;
    private final RosterMatchService roster;
    private final AttachmentConfig attachmentLimits;
    private final jakarta.persistence.EntityManager em;

    public ApplicationService(Applications applications, CallService calls, Journal journal,
            AccreditConfig config, Clock clock, Event<ApplicationWithdrawn> withdrawals, RosterMatchService roster,
            AttachmentConfig attachmentLimits, jakarta.persistence.EntityManager em) {
        this.roster = roster;
        this.attachmentLimits = attachmentLimits;
        this.em = em;
        this.applications = applications;
        this.calls = calls;
        this.journal = journal;
        this.config = config;
        this.clock = clock;
        this.withdrawals = withdrawals;
    }

    // ---- the applicant ---------------------------------------------------------------------

    /**
     * A new application; {@code attachments} (a form post's PDFs, none from a JSON body) only for a
     * para 9 applicant, each checked by parsing and written in the same transaction.
     */
    public Submission submit(@NotNull @Valid SubmissionRequest request, @NotNull Map<AttachmentKind, byte[]> attachments) {
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
        if (!attachments.isEmpty() && path != ParticipationPath.PARA_9) {
            throw new InvalidFieldsException("Only para 9 applicants attach documents.", attachments.keySet().stream()
                    .sorted().map(k -> new Problem.FieldError(k.part(), "only para 9 applicants (other NGOs, civil "
                            + "society, academia, private sector) attach statutes or a registration certificate"))
                    .toList());
        }
        Map<AttachmentKind, PdfDocuments.PdfFile> pdfs = new java.util.EnumMap<>(AttachmentKind.class);
        attachments.forEach((kind, bytes) -> pdfs.put(kind,
                PdfDocuments.check(bytes, attachmentLimits.maxBytes(), attachmentLimits.maxPages())));
        String normalized = OrganizationNames.normalize(org.name());
        if (normalized.isEmpty()) {
            throw RuleViolationException.unprocessable("The organization name must contain letters or digits.");
        }

        String secret = TrackingSecrets.generate();
        Application app = Application.submit(UUID.randomUUID(), applications.nextReference(now),
                new OrganizationDetails(org.name().strip(), blankToNull(org.acronym()), org.type(), org.country(),
                        blankToNull(org.website()), blankToNull(org.email()), blankToNull(org.expertise())),
                new ContactPerson(request.contact().name().strip(), blankToNull(request.contact().title()),
                        request.contact().email().strip(), blankToNull(request.contact().phone())),
                request.language(), request.ecosocCategory(), callId, TrackingSecrets.hash(secret), now);
        RosterMatchService.Lookup found = app.path() == ParticipationPath.PARA_8 ? roster.lookUp(app, now) : null;
        // Duplicates: the partial unique index application_open_per_org_and_call refuses a second open
        // application for the organization in the call, also between concurrent submissions. The new
        // application is a plain insert (RowWriter), sent with its history and acknowledgement in one
        // round trip: nothing in this transaction changes it again.
        try {
            journal.submitted(app, Applications.submittedRow(app), found == null ? null : found.event(),
                    found == null ? null : found.note(), Map.of("trackingSecret", secret),
                    pdfs.entrySet().stream().map(e -> new Attachment(app.id(), e.getKey(), e.getValue().bytes(),
                            e.getValue().sha256(), e.getValue().pages(), now).row()).toList());
        } catch (UniqueViolationException e) {
            if (Constraints.violated(e, Applications.DUPLICATE_INDEX)) {
                throw Applications.duplicate();
            }
            throw e;
        }
        return new Submission(app, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Application tracked(String secret) {
        return applications.tracked(secret);
    }

    /** The contact email of the application that {@code secret} tracks, if any (for rate limits; read only). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> contactEmailOf(String secret) {
        return applications.contactEmailOf(secret);
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
        journal.statusChanged(app, change, Actor.APPLICANT, ChangeDetails.reason(answer));
        journal.toSecretariat(app, EmailKind.SECRETARIAT_INFORMATION_RECEIVED,
                Map.of("question", open.question(), "answer", answer));
        return app;
    }

    /** The applicant withdraws: the applicant and the secretariat are emailed. */
    public Application withdraw(String secret, @Valid ApplicantRequests.WithdrawalRequest request) {
        Application app = lockTracked(secret);
        String reason = request == null ? null : blankToNull(request.reason());
        StatusChange change = app.withdraw(reason, clock.instant());
        journal.statusChanged(app, change, Actor.APPLICANT, ChangeDetails.reason(reason));
        Map<String, Object> data = new HashMap<>();
        data.put("fromStatus", change.from().name());
        if (reason != null) {
            data.put("reason", reason);
        }
        journal.toSecretariat(app, EmailKind.SECRETARIAT_WITHDRAWAL, data);
        withdrawals.fire(new ApplicationWithdrawn(app, change.from()));
        return app;
    }

    /**
     * The lost-secret page. When {@code reference} and {@code email} name an application and its contact
     * email, a new tracking secret replaces the old one (which stops working at once) and is emailed to
     * the contact email only; otherwise nothing changes. The caller learns nothing either way: the same
     * work is done up to the comparison (a secret generated and hashed, the reference looked up and
     * locked), and nothing is returned.
     */
    public void reissueTrackingSecret(@NotNull @Valid ApplicantRequests.SecretReissueRequest request) {
        String secret = TrackingSecrets.generate();
        byte[] hash = TrackingSecrets.hash(secret);
        Optional<Application> found = applications.lockByReference(request.reference())
                .filter(app -> app.hasContactEmail(request.email()));
        if (found.isPresent()) {
            Application app = found.get();
            app.replaceTrackingSecret(hash);
            journal.trackingSecretReissued(app, secret, Actor.APPLICANT);
        }
    }

    /** The thread of information requests of an application, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InformationRequest> informationRequests(UUID applicationId) {
        return InformationRequest.thread(applicationId);
    }

    // ---- the secretariat -------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public Application get(UUID id) {
        return applications.get(id);
    }

    /** The documents the applicant attached (at most one of each kind), without their bytes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attachment> attachments(UUID applicationId) {
        applications.get(applicationId);
        return em.createQuery("from Attachment where applicationId = :app", Attachment.class)
                .setParameter("app", applicationId).getResultStream()
                .sorted(java.util.Comparator.comparing(Attachment::kind)).toList();
    }

    /** One attached document with its bytes; another application's answers 404 like a missing one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Attachment attachment(UUID applicationId, UUID attachmentId) {
        Attachment a = em.find(Attachment.class, attachmentId);
        if (a == null || !a.applicationId().equals(applicationId)) {
            throw new org.accredit.common.NotFoundException("Attachment");
        }
        a.content(); // the lazy bytes, read while the session is open
        return a;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryLine> history(UUID applicationId) {
        return applications.history(applicationId);
    }

    /** The queue, in a stable order (submission time, then id), one page after the cursor. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Application> queue(QueueFilter filter, PageRequest page) {
        return applications.queue(filter, page);
    }

    /**
     * How many applications match the queue's filters (whatever their status), by status; without filters
     * each status is counted up to accredit.queue-count-cap.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StatusCount> queueCounts(QueueFilter filter) {
        return applications.countByStatus(filter, config.queueCountCap());
    }

    /** Gives an open application to a reviewer; a staff-only history line names them. */
    public Application assign(UUID id, @NotNull @Valid StaffRequests.Assignment request, Actor by) {
        Application app = lock(id);
        app.assignTo(request.assignee(), by.name(), clock.instant());
        journal.assigned(app, by);
        return app;
    }

    public Application startReview(UUID id, Actor reviewer) {
        Application app = lock(id);
        journal.statusChanged(app, app.startReview(clock.instant()), reviewer, ChangeDetails.NONE);
        return app;
    }

    public Application requestInformation(UUID id, @NotNull @Valid StaffRequests.InformationRequest request, Actor reviewer) {
        Application app = lock(id);
        String question = request.question().strip();
        Instant now = clock.instant();
        StatusChange change = app.requestInformation(question, now);
        InformationRequest.ask(app, question, reviewer.name(), now).persist();
        journal.statusChanged(app, change, reviewer, ChangeDetails.reason(question).withNote(blankToNull(request.note()))
                .withEmailData(Map.of("app", ApplicantEmailView.of(app).withInformationRequest(question))));
        return app;
    }

    public Application recommend(UUID id, @Valid StaffRequests.ReviewNote request, Actor reviewer) {
        Application app = lock(id);
        StatusChange change = app.recommend(reviewer.name(), clock.instant());
        journal.statusChanged(app, change, reviewer, ChangeDetails.note(note(request)));
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
        journal.statusChanged(app, change, actor, ChangeDetails.reason(reason).withNote(blankToNull(request.note())));
        return app;
    }

    public Application approve(UUID id, @Valid StaffRequests.ReviewNote request, Actor approver) {
        Application app = lock(id);
        EcosocStatus rosterStatus = app.ecosocEntryId() == null ? null
                : EcosocEntry.<EcosocEntry>findByIdOptional(app.ecosocEntryId()).map(EcosocEntry::status).orElse(null);
        StatusChange change = app.approve(approver.name(), config.fourEyes(), rosterStatus, clock.instant());
        journal.statusChanged(app, change, approver, ChangeDetails.note(note(request)));
        return app;
    }

    // ---- the standing of an accreditation ---------------------------------------------------

    /** An approver suspends an accreditation (e.g. its ECOSOC status lapsed); the organization is emailed. */
    public Application suspendAccreditation(UUID id, @NotNull @Valid StaffRequests.StandingChange request, Actor approver) {
        Application app = lock(id);
        String reason = request.reason().strip();
        return standingChanged(app, app.suspendAccreditation(approver.name(), reason, clock.instant()), approver, reason, request);
    }

    /** An approver lifts a suspension; the organization is emailed. */
    public Application reinstateAccreditation(UUID id, @NotNull @Valid StaffRequests.StandingChange request, Actor approver) {
        Application app = lock(id);
        String reason = request.reason().strip();
        return standingChanged(app, app.reinstateAccreditation(approver.name(), reason, clock.instant()), approver, reason, request);
    }

    /** An approver withdraws an accreditation (final); the organization is emailed. */
    public Application withdrawAccreditation(UUID id, @NotNull @Valid StaffRequests.StandingChange request, Actor approver) {
        Application app = lock(id);
        String reason = request.reason().strip();
        return standingChanged(app, app.withdrawAccreditation(approver.name(), reason, clock.instant()), approver, reason, request);
    }

    private Application standingChanged(Application app, StatusChange change, Actor approver, String reason,
            StaffRequests.StandingChange request) {
        journal.statusChanged(app, change, approver, ChangeDetails.reason(reason).withNote(blankToNull(request.note()))
                .withEmailData(Map.of("reason", reason)));
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
            applications.refuseDuplicateOf(app, targetCall);
        }
        PathChange change = app.changePath(request.path(), targetCall, now);
        String reason = request.reason().strip();
        journal.pathChanged(app, change, reviewer, ChangeDetails.reason(reason).withNote(blankToNull(request.note()))
                .withEmailData(Map.of("fromPath", change.from().name(), "toPath", change.to().name(), "reason", reason)));
        if (change.to() == ParticipationPath.PARA_8) {
            RosterMatchService.Lookup found = roster.lookUp(app, now);
            journal.note(app, found.event(), Actor.SYSTEM, null, found.note(), false);
        }
        return app;
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** Workflow steps lock the row, so two staff members acting at once are serialized. */
    private Application lock(UUID id) {
        return applications.lock(id);
    }

    private Application lockTracked(String secret) {
        return applications.lockTracked(secret);
    }

    private static String note(StaffRequests.ReviewNote request) {
        return request == null ? null : blankToNull(request.note());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
