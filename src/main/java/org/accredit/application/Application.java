package org.accredit.application;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.accredit.common.IllegalTransitionException;
import org.accredit.common.RuleViolationException;
import org.accredit.ecosoc.EcosocCategory;
import org.accredit.ecosoc.EcosocStatus;
import org.accredit.organization.Language;
import org.accredit.organization.OrganizationNames;
import org.accredit.organization.OrganizationType;

/**
 * An organization's application to take part, and the one place where its workflow is enforced.
 * Every intent method checks the transition against {@link ApplicationStatus} and the rules of the
 * path, and returns the {@link StatusChange} it made so the caller can record it once.
 */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {

    private static final Set<ApplicationStatus> SCREENING =
            EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW, ApplicationStatus.INFORMATION_REQUESTED);

    @Id
    private UUID id;
    private String reference;
    @Enumerated(EnumType.STRING)
    private ParticipationPath path;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;
    @Column(name = "call_id")
    private UUID callId;

    @Column(name = "org_name")
    private String orgName;
    @Column(name = "org_name_normalized")
    private String orgNameNormalized;
    @Column(name = "org_acronym")
    private String orgAcronym;
    @Enumerated(EnumType.STRING)
    @Column(name = "org_type")
    private OrganizationType orgType;
    private String country;
    private String website;
    private String email;
    private String expertise;
    @Enumerated(EnumType.STRING)
    @Column(name = "ecosoc_category_claimed")
    private EcosocCategory ecosocCategoryClaimed;

    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_title")
    private String contactTitle;
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Enumerated(EnumType.STRING)
    private Language language;
    @Column(name = "tracking_secret_hash")
    private byte[] trackingSecretHash;

    @Column(name = "ecosoc_entry_id")
    private UUID ecosocEntryId;
    @Column(name = "ecosoc_confirmed_by")
    private String ecosocConfirmedBy;
    @Column(name = "ecosoc_confirmed_at")
    private Instant ecosocConfirmedAt;

    @Column(name = "recommended_by")
    private String recommendedBy;
    @Column(name = "recommended_at")
    private Instant recommendedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_reference")
    private String decisionReference;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "assigned_to")
    private String assignedTo;
    @Column(name = "assigned_at")
    private Instant assignedAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Application() {
    }

    /** A new application, as the applicant stated it, in status {@code SUBMITTED}. */
    public static Application submit(UUID id, String reference, OrganizationDetails org, ContactPerson contact,
            Language language, EcosocCategory ecosocClaim, UUID callId, byte[] trackingSecretHash, Instant now) {
        Application a = new Application();
        a.id = Objects.requireNonNull(id);
        a.reference = Objects.requireNonNull(reference);
        a.orgName = org.name();
        a.orgNameNormalized = OrganizationNames.normalize(org.name());
        a.orgAcronym = org.acronym();
        a.orgType = org.type();
        a.country = org.country();
        a.website = org.website();
        a.email = org.email();
        a.expertise = org.expertise();
        a.ecosocCategoryClaimed = org.type().mayClaimEcosocStatus() ? ecosocClaim : null;
        a.path = ParticipationPath.of(org.type(), a.ecosocCategoryClaimed != null);
        a.contactName = contact.name();
        a.contactTitle = contact.title();
        a.contactEmail = contact.email();
        a.contactPhone = contact.phone();
        a.language = Objects.requireNonNull(language);
        a.callId = callId;
        a.trackingSecretHash = trackingSecretHash;
        a.status = ApplicationStatus.SUBMITTED;
        a.submittedAt = now;
        a.updatedAt = now;
        return a;
    }

    // ---- the tracking secret ---------------------------------------------------------------

    /**
     * Whether {@code email} is this application's contact email, as the lost-secret page compares them:
     * surrounding spaces, case and Unicode composition ignored.
     */
    public boolean hasContactEmail(String email) {
        return email != null && normalizedEmail(email).equals(normalizedEmail(contactEmail));
    }

    /** An email address as addresses are compared here (stripped, NFC, lower case). */
    public static String normalizedEmail(String email) {
        return java.text.Normalizer.normalize(email.strip(), java.text.Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The lost-secret page: {@code newSecretHash} replaces the tracking secret, whatever the status (a
     * decided application is still read, and an accredited organization signs in, with it). The old
     * secret stops working when the transaction commits. {@code updatedAt} stays: it tells when the
     * status or path last changed.
     */
    public void replaceTrackingSecret(byte[] newSecretHash) {
        if (newSecretHash == null || newSecretHash.length != 32) {
            throw new IllegalArgumentException("a SHA-256 hash of the new secret");
        }
        this.trackingSecretHash = newSecretHash;
    }

    // ---- screening -------------------------------------------------------------------------

    public StatusChange startReview(Instant now) {
        requireState(ApplicationStatus.SUBMITTED, "take into review");
        return moveTo(ApplicationStatus.IN_REVIEW, "take into review", now);
    }

    /**
     * A reviewer asks the applicant a question. The question itself joins the application's thread
     * ({@link InformationRequest}): a second request never overwrites the first answer.
     */
    public StatusChange requestInformation(String question, Instant now) {
        requireState(ApplicationStatus.IN_REVIEW, "request information");
        Objects.requireNonNull(question);
        return moveTo(ApplicationStatus.INFORMATION_REQUESTED, "request information", now);
    }

    /** The applicant answers the open question (the answer joins the thread, see {@link InformationRequest#answer}). */
    public StatusChange answerInformationRequest(String answer, Instant now) {
        requireState(ApplicationStatus.INFORMATION_REQUESTED, "answer an information request");
        Objects.requireNonNull(answer);
        return moveTo(ApplicationStatus.IN_REVIEW, "answer an information request", now);
    }

    public StatusChange recommend(String reviewer, Instant now) {
        requireState(ApplicationStatus.IN_REVIEW, "recommend");
        StatusChange change = moveTo(ApplicationStatus.RECOMMENDED, "recommend", now);
        this.recommendedBy = reviewer;
        this.recommendedAt = now;
        return change;
    }

    /** A reviewer refuses the application before it is recommended. */
    public StatusChange rejectAtScreening(String reviewer, String reason, Instant now) {
        if (!SCREENING.contains(status)) {
            throw new IllegalTransitionException(status, "reject at screening");
        }
        return decide(ApplicationStatus.REJECTED, reviewer, reason, null, "reject", now);
    }

    /** An approver refuses a recommended para 7/8 application. */
    public StatusChange rejectRecommendation(String approver, String reason, boolean fourEyes, Instant now) {
        requireState(ApplicationStatus.RECOMMENDED, "reject a recommendation");
        requireSecretariatDecisionPath("reject a recommendation");
        requireFourEyes(approver, fourEyes);
        return decide(ApplicationStatus.REJECTED, approver, reason, null, "reject", now);
    }

    /**
     * An approver accredits a recommended para 7/8 application. Para 8 needs a confirmed match on the
     * ECOSOC roster whose status is still active now.
     */
    public StatusChange approve(String approver, boolean fourEyes, EcosocStatus currentRosterStatus, Instant now) {
        requireState(ApplicationStatus.RECOMMENDED, "approve");
        requireSecretariatDecisionPath("approve");
        requireFourEyes(approver, fourEyes);
        if (path == ParticipationPath.PARA_8) {
            if (ecosocEntryId == null || ecosocConfirmedAt == null) {
                throw RuleViolationException.conflict(
                        "A para 8 application needs a confirmed match on the ECOSOC roster before approval.");
            }
            if (currentRosterStatus != EcosocStatus.ACTIVE) {
                throw RuleViolationException.conflict("The matched ECOSOC consultative status is "
                        + (currentRosterStatus == null ? "unknown" : currentRosterStatus.name()) + ", not ACTIVE.");
            }
        }
        return decide(ApplicationStatus.APPROVED, approver, null, null, "approve", now);
    }

    // ---- the standing of an accreditation (the secretariat) --------------------------------

    /**
     * The secretariat suspends an accreditation (e.g. the organization's ECOSOC status lapsed): it
     * cannot take part until reinstated. The reason is required (it is the organization's to read).
     */
    public StatusChange suspendAccreditation(String staff, String reason, Instant now) {
        requireState(ApplicationStatus.APPROVED, "suspend the accreditation");
        Objects.requireNonNull(staff);
        requireReason(reason, "Suspending an accreditation");
        return moveTo(ApplicationStatus.SUSPENDED, "suspend the accreditation", now);
    }

    /** The secretariat lifts a suspension: the organization is accredited again. */
    public StatusChange reinstateAccreditation(String staff, String reason, Instant now) {
        requireState(ApplicationStatus.SUSPENDED, "reinstate the accreditation");
        Objects.requireNonNull(staff);
        requireReason(reason, "Reinstating an accreditation");
        return moveTo(ApplicationStatus.APPROVED, "reinstate the accreditation", now);
    }

    /** The secretariat withdraws an accreditation, approved or suspended (final). */
    public StatusChange withdrawAccreditation(String staff, String reason, Instant now) {
        if (!status.isAccreditation()) {
            throw new IllegalTransitionException(status, "withdraw the accreditation");
        }
        Objects.requireNonNull(staff);
        requireReason(reason, "Withdrawing an accreditation");
        return moveTo(ApplicationStatus.ACCREDITATION_WITHDRAWN, "withdraw the accreditation", now);
    }

    private static void requireReason(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolationException.unprocessable(what + " needs a reason.");
        }
    }

    public StatusChange withdraw(String reason, Instant now) {
        StatusChange change = moveTo(ApplicationStatus.WITHDRAWN, "withdraw", now);
        this.decisionReason = reason;
        return change;
    }

    /**
     * Moves the application to another path when the facts say so (e.g. an ECOSOC claim the roster
     * does not confirm goes to para 9). Only before a recommendation; the status stays.
     */
    public PathChange changePath(ParticipationPath target, UUID targetCallId, Instant now) {
        if (!SCREENING.contains(status)) {
            throw new IllegalTransitionException(status, "change the path");
        }
        if (target == path) {
            throw RuleViolationException.conflict("The application is already on path " + path + ".");
        }
        if (target == ParticipationPath.PARA_8 && !orgType.mayClaimEcosocStatus()) {
            throw RuleViolationException.conflict(
                    "An intergovernmental organization or UN entity takes part under para 7, not para 8.");
        }
        if (target == ParticipationPath.PARA_7 && ParticipationPath.of(orgType, false) != ParticipationPath.PARA_7) {
            throw RuleViolationException.conflict("Only an intergovernmental organization or UN entity can take the para 7 path.");
        }
        if (target.needsOpenCall() && targetCallId == null) {
            throw RuleViolationException.conflict("A para 9 application must belong to a call for applications, and there is none.");
        }
        ParticipationPath from = path;
        this.path = target;
        if (target.needsOpenCall()) {
            this.callId = targetCallId;
        }
        if (target != ParticipationPath.PARA_8) {
            this.ecosocEntryId = null;
            this.ecosocConfirmedBy = null;
            this.ecosocConfirmedAt = null;
        }
        this.updatedAt = now;
        return new PathChange(from, target);
    }

    // ---- assignment ------------------------------------------------------------------------

    /**
     * Gives the application to a reviewer ({@code assignee}) to work on, while it is open (not decided
     * or withdrawn): 409 otherwise. {@code by} is the staff member who assigns it. The status stays.
     */
    public void assignTo(String assignee, String by, Instant now) {
        if (status.isDecided() || status == ApplicationStatus.WITHDRAWN) {
            throw new IllegalTransitionException(status, "assign");
        }
        if (assignee == null || assignee.isBlank()) {
            throw RuleViolationException.unprocessable("An assignment needs a reviewer.");
        }
        Objects.requireNonNull(by);
        this.assignedTo = assignee.strip();
        this.assignedAt = now;
    }

    // ---- ECOSOC verification (para 8) ------------------------------------------------------

    /** The roster entry found automatically at submission (or none). */
    public void proposeEcosocMatch(UUID entryId) {
        this.ecosocEntryId = entryId;
    }

    /** A staff member confirms that this application is the roster entry given. */
    public void confirmEcosocMatch(UUID entryId, String staff, Instant now) {
        if (path != ParticipationPath.PARA_8) {
            throw RuleViolationException.conflict("Only a para 8 application is matched against the ECOSOC roster.");
        }
        if (status.isDecided() || status == ApplicationStatus.RECOMMENDED) {
            throw new IllegalTransitionException(status, "confirm an ECOSOC match");
        }
        this.ecosocEntryId = Objects.requireNonNull(entryId);
        this.ecosocConfirmedBy = staff;
        this.ecosocConfirmedAt = now;
        this.updatedAt = now;
    }

    // ---- the non-objection procedure (para 9) ----------------------------------------------

    public StatusChange circulate(Instant now) {
        requireState(ApplicationStatus.RECOMMENDED, "circulate");
        if (path != ParticipationPath.PARA_9) {
            throw RuleViolationException.conflict("Only a para 9 application goes through the non-objection procedure.");
        }
        return moveTo(ApplicationStatus.IN_CIRCULATION, "circulate", now);
    }

    /** The objection window closed: with a standing objection it is OBJECTED, else NO_OBJECTION. */
    public StatusChange closeObjectionWindow(boolean standingObjection, Instant now) {
        requireState(ApplicationStatus.IN_CIRCULATION, "close the objection window");
        return moveTo(objectionWindowOutcome(standingObjection), "close the objection window", now);
    }

    /**
     * Where the objection window's closure takes an application in circulation: OBJECTED with a standing
     * objection, else NO_OBJECTION. Also what the set-based closure of a whole list binds (ObjectionWindow).
     */
    public static ApplicationStatus objectionWindowOutcome(boolean standingObjection) {
        return standingObjection ? ApplicationStatus.OBJECTED : ApplicationStatus.NO_OBJECTION;
    }

    /**
     * Records the Committee's decision. NO_OBJECTION becomes APPROVED; OBJECTED becomes NOT_APPROVED
     * unless {@code approveDespiteObjection}, which needs a reason and a second approver: the one who
     * proposed it ({@code proposedBy}) cannot be the one who records it ({@code approver}).
     */
    public StatusChange recordCommitteeDecision(String approver, String documentReference, Instant decidedAt,
            boolean approveDespiteObjection, String reason, String proposedBy, Instant now) {
        if (status == ApplicationStatus.NO_OBJECTION) {
            return decide(ApplicationStatus.APPROVED, approver, null, documentReference, "record the Committee's decision", decidedAt, now);
        }
        if (status == ApplicationStatus.OBJECTED) {
            if (approveDespiteObjection) {
                if (reason == null || reason.isBlank()) {
                    throw RuleViolationException.unprocessable("Approving an application despite an objection needs a reason.");
                }
                if (proposedBy == null || approver == null || proposedBy.equals(approver)) {
                    throw RuleViolationException.forbidden("Approving an application despite an objection needs a second "
                            + "approver: the approver who proposed it cannot confirm it.");
                }
                return decide(ApplicationStatus.APPROVED, approver, reason, documentReference, "record the Committee's decision", decidedAt, now);
            }
            return decide(ApplicationStatus.NOT_APPROVED, approver, null, documentReference, "record the Committee's decision", decidedAt, now);
        }
        throw new IllegalTransitionException(status, "record the Committee's decision");
    }

    // ---- helpers ---------------------------------------------------------------------------

    private StatusChange decide(ApplicationStatus target, String by, String reason, String documentReference,
            String attempted, Instant now) {
        return decide(target, by, reason, documentReference, attempted, now, now);
    }

    private StatusChange decide(ApplicationStatus target, String by, String reason, String documentReference,
            String attempted, Instant decidedAt, Instant now) {
        StatusChange change = moveTo(target, attempted, now);
        this.decidedBy = by;
        this.decidedAt = decidedAt;
        this.decisionReason = reason;
        this.decisionReference = documentReference;
        return change;
    }

    private StatusChange moveTo(ApplicationStatus target, String attempted, Instant now) {
        if (!status.canMoveTo(target, path)) {
            throw new IllegalTransitionException(status, attempted);
        }
        ApplicationStatus from = status;
        this.status = target;
        this.updatedAt = now;
        return new StatusChange(from, target);
    }

    private void requireState(ApplicationStatus required, String attempted) {
        if (status != required) {
            throw new IllegalTransitionException(status, attempted);
        }
    }

    private void requireSecretariatDecisionPath(String attempted) {
        if (path == ParticipationPath.PARA_9) {
            throw RuleViolationException.conflict("A para 9 application is decided by the Committee after the "
                    + "non-objection procedure; the secretariat cannot " + attempted + " it.");
        }
    }

    private void requireFourEyes(String approver, boolean fourEyes) {
        if (fourEyes && approver != null && approver.equals(recommendedBy)) {
            throw RuleViolationException.forbidden("Four eyes: the staff member who recommended an application cannot decide on it.");
        }
    }

    // ---- reads -----------------------------------------------------------------------------

    public UUID id() { return id; }
    public String reference() { return reference; }
    public ParticipationPath path() { return path; }
    public ApplicationStatus status() { return status; }
    public UUID callId() { return callId; }
    public String orgName() { return orgName; }
    public String orgNameNormalized() { return orgNameNormalized; }
    public String orgAcronym() { return orgAcronym; }
    public OrganizationType orgType() { return orgType; }
    public String country() { return country; }
    public String website() { return website; }
    public String email() { return email; }
    public String expertise() { return expertise; }
    public EcosocCategory ecosocCategoryClaimed() { return ecosocCategoryClaimed; }
    public String contactName() { return contactName; }
    public String contactTitle() { return contactTitle; }
    public String contactEmail() { return contactEmail; }
    public String contactPhone() { return contactPhone; }
    public Language language() { return language; }
    public UUID ecosocEntryId() { return ecosocEntryId; }
    public String ecosocConfirmedBy() { return ecosocConfirmedBy; }
    public Instant ecosocConfirmedAt() { return ecosocConfirmedAt; }
    /** What the applicant is told about the status (never the result of the objection window). */
    public ApplicantStatus applicantStatus() { return ApplicantStatus.of(status); }
    /** The moves the workflow allows from the current status on this application's path. */
    public Set<ApplicationStatus> nextStatuses() { return status.allowedNext(path); }
    public String recommendedBy() { return recommendedBy; }
    public Instant recommendedAt() { return recommendedAt; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionReference() { return decisionReference; }
    public String decisionReason() { return decisionReason; }
    public Instant submittedAt() { return submittedAt; }
    public String assignedTo() { return assignedTo; }
    public Instant assignedAt() { return assignedAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
    /** For the insert of a new application only (see ApplicationService.submittedRow); never shown. */
    byte[] trackingSecretHash() { return trackingSecretHash; }
}
