package org.accredit.objection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.accredit.common.IllegalTransitionException;
import org.accredit.common.RuleViolationException;

/**
 * A non-objection list for one call: drawn up (DRAFT), circulated to Member States with a deadline
 * (CIRCULATED), closed when the window ends (CLOSED) and decided by the Committee (DECIDED).
 */
@Entity
@Table(name = "non_objection_list")
public class NonObjectionList extends PanacheEntityBase {

    @Id
    private UUID id;
    @Column(name = "call_id")
    private UUID callId;
    private String title;
    @Enumerated(EnumType.STRING)
    private ListStatus status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "circulated_at")
    private Instant circulatedAt;
    @Column(name = "circulated_by")
    private String circulatedBy;
    private Instant deadline;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "decision_reference")
    private String decisionReference;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "proposed_deadline")
    private Instant proposedDeadline;
    @Column(name = "short_deadline_reason")
    private String shortDeadlineReason;
    @Column(name = "deadline_proposed_by")
    private String deadlineProposedBy;
    @Column(name = "deadline_proposed_at")
    private Instant deadlineProposedAt;
    @Column(name = "deadline_confirmed_by")
    private String deadlineConfirmedBy;
    @Column(name = "proposed_decision_reference")
    private String proposedDecisionReference;
    @Column(name = "proposed_decided_on")
    private LocalDate proposedDecidedOn;
    @Column(name = "decision_proposed_by")
    private String decisionProposedBy;
    @Column(name = "decision_proposed_at")
    private Instant decisionProposedAt;
    @Version
    private long version;

    protected NonObjectionList() {
    }

    public NonObjectionList(UUID callId, String title, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.callId = Objects.requireNonNull(callId);
        this.title = Objects.requireNonNull(title);
        this.status = ListStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Adding or removing applications: only while the list is a draft. */
    public void requireDraft(String attempted) {
        if (status != ListStatus.DRAFT) {
            throw new IllegalTransitionException(status, attempted);
        }
    }

    public void circulate(int entries, Instant deadline, String approver, Instant now) {
        if (!status.canMoveTo(ListStatus.CIRCULATED)) {
            throw new IllegalTransitionException(status, "circulate the list");
        }
        if (entries == 0) {
            throw RuleViolationException.conflict("An empty list cannot be circulated.");
        }
        if (!deadline.isAfter(now)) {
            throw RuleViolationException.unprocessable("The deadline must be in the future.");
        }
        this.status = ListStatus.CIRCULATED;
        this.circulatedAt = now;
        this.circulatedBy = approver;
        this.deadline = deadline;
    }

    /**
     * Safeguard: a deadline shorter than the configured window is only proposed, with its reason, by
     * one approver; the list stays a draft until another approver confirms it
     * ({@link #confirmShortDeadline}). A new proposal replaces the previous one.
     */
    public void proposeShortDeadline(int entries, Instant deadline, String reason, String approver, Instant now) {
        if (status != ListStatus.DRAFT) {
            throw new IllegalTransitionException(status, "propose a short deadline");
        }
        if (entries == 0) {
            throw RuleViolationException.conflict("An empty list cannot be circulated.");
        }
        if (!deadline.isAfter(now)) {
            throw RuleViolationException.unprocessable("The deadline must be in the future.");
        }
        if (reason == null || reason.isBlank()) {
            throw RuleViolationException.unprocessable("A deadline shorter than the configured objection window needs a reason.");
        }
        this.proposedDeadline = deadline;
        this.shortDeadlineReason = reason.strip();
        this.deadlineProposedBy = Objects.requireNonNull(approver);
        this.deadlineProposedAt = now;
        this.deadlineConfirmedBy = null;
    }

    /**
     * A second approver confirms the proposed short deadline and circulates the list with it; the
     * approver who proposed it cannot. Returns the deadline.
     */
    public Instant confirmShortDeadline(int entries, String approver, Instant now) {
        if (status != ListStatus.DRAFT) {
            throw new IllegalTransitionException(status, "confirm a short deadline");
        }
        if (!hasPendingShortDeadline()) {
            throw RuleViolationException.conflict("No short deadline is waiting for confirmation on this list.");
        }
        if (approver == null || approver.equals(deadlineProposedBy)) {
            throw RuleViolationException.forbidden("A short deadline needs a second approver: the approver who proposed it "
                    + "cannot confirm it.");
        }
        Instant deadline = proposedDeadline;
        circulate(entries, deadline, approver, now);
        this.deadlineConfirmedBy = approver;
        return deadline;
    }

    /** A change to the draft (an application added or removed) cancels a pending short deadline. */
    public void cancelPendingShortDeadline() {
        if (status == ListStatus.DRAFT) {
            this.proposedDeadline = null;
            this.shortDeadlineReason = null;
            this.deadlineProposedBy = null;
            this.deadlineProposedAt = null;
        }
    }

    public boolean hasPendingShortDeadline() {
        return status == ListStatus.DRAFT && proposedDeadline != null;
    }

    /**
     * Safeguard: a decision that approves an application despite an objection is proposed by one
     * approver and recorded only when another confirms it. A new proposal replaces the previous one.
     */
    public void proposeDecision(String documentReference, LocalDate decidedOn, String approver, Instant now) {
        if (status != ListStatus.CLOSED) {
            throw new IllegalTransitionException(status, "record the Committee's decision");
        }
        this.proposedDecisionReference = Objects.requireNonNull(documentReference);
        this.proposedDecidedOn = Objects.requireNonNull(decidedOn);
        this.decisionProposedBy = Objects.requireNonNull(approver);
        this.decisionProposedAt = now;
    }

    public boolean hasPendingDecision() {
        return status == ListStatus.CLOSED && decisionProposedBy != null;
    }

    /** The second approver confirms the proposed decision (not the one who proposed it). */
    public void requireDecisionConfirmableBy(String approver) {
        if (status != ListStatus.CLOSED) {
            throw new IllegalTransitionException(status, "confirm the Committee's decision");
        }
        if (!hasPendingDecision()) {
            throw RuleViolationException.conflict("No decision is waiting for confirmation on this list.");
        }
        if (approver == null || approver.equals(decisionProposedBy)) {
            throw RuleViolationException.forbidden("Approving an application despite an objection needs a second approver: "
                    + "the approver who proposed the decision cannot confirm it.");
        }
    }

    /** Whether Member States may still object, withdraw objections or declare "no objection". */
    public boolean openForObjections(Instant now) {
        return status == ListStatus.CIRCULATED && now.isBefore(deadline);
    }

    public void requireOpenForObjections(Instant now, String attempted) {
        if (status != ListStatus.CIRCULATED) {
            throw new IllegalTransitionException(status, attempted);
        }
        if (!now.isBefore(deadline)) {
            throw RuleViolationException.conflict("The objection window closed at " + deadline + ".");
        }
    }

    /** The window closes: at the deadline ({@code by} = system) or early, once every State answered. */
    public void close(String by, Instant now) {
        if (!status.canMoveTo(ListStatus.CLOSED)) {
            throw new IllegalTransitionException(status, "close the objection window");
        }
        this.status = ListStatus.CLOSED;
        this.closedAt = now;
        this.closedBy = by;
    }

    public void recordDecision(String documentReference, LocalDate decidedOn, String approver) {
        if (!status.canMoveTo(ListStatus.DECIDED)) {
            throw new IllegalTransitionException(status, "record the Committee's decision");
        }
        this.status = ListStatus.DECIDED;
        this.decisionReference = Objects.requireNonNull(documentReference);
        this.decidedOn = Objects.requireNonNull(decidedOn);
        this.decidedBy = approver;
    }

    public UUID id() { return id; }
    public UUID callId() { return callId; }
    public String title() { return title; }
    public ListStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant circulatedAt() { return circulatedAt; }
    public String circulatedBy() { return circulatedBy; }
    public Instant deadline() { return deadline; }
    public Instant closedAt() { return closedAt; }
    public String closedBy() { return closedBy; }
    public String decisionReference() { return decisionReference; }
    public LocalDate decidedOn() { return decidedOn; }
    public String decidedBy() { return decidedBy; }
    public Instant proposedDeadline() { return proposedDeadline; }
    public String shortDeadlineReason() { return shortDeadlineReason; }
    public String deadlineProposedBy() { return deadlineProposedBy; }
    public Instant deadlineProposedAt() { return deadlineProposedAt; }
    public String deadlineConfirmedBy() { return deadlineConfirmedBy; }
    public String proposedDecisionReference() { return proposedDecisionReference; }
    public LocalDate proposedDecidedOn() { return proposedDecidedOn; }
    public String decisionProposedBy() { return decisionProposedBy; }
    public Instant decisionProposedAt() { return decisionProposedAt; }
}
