package org.accredit.application;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one workflow of an application. Each state knows the states it may move to; entity methods
 * on {@link Application} add the rules that depend on the path.
 */
public enum ApplicationStatus {
    /** Received, waiting for a reviewer. */
    SUBMITTED,
    /** A reviewer has it. */
    IN_REVIEW,
    /** Waiting for the applicant's answer to an information request. */
    INFORMATION_REQUESTED,
    /** Recommended by a reviewer: para 7/8 wait for an approver, para 9 for a non-objection list. */
    RECOMMENDED,
    /** Para 9: on a non-objection list circulated to Member States. */
    IN_CIRCULATION,
    /** Para 9: the objection window closed with no standing objection. */
    NO_OBJECTION,
    /** Para 9: the objection window closed with at least one standing objection. */
    OBJECTED,
    /** Accredited (para 7/8 by an approver, para 9 by the Committee's decision). */
    APPROVED,
    /** Refused by the secretariat. */
    REJECTED,
    /** Para 9: not approved by the Committee. */
    NOT_APPROVED,
    /** Withdrawn by the applicant. */
    WITHDRAWN,
    /**
     * Accredited, but the secretariat suspended the accreditation (e.g. its ECOSOC status lapsed):
     * the organization cannot take part until it is reinstated (back to APPROVED). Still its
     * standing application: it keeps the organization from applying again.
     */
    SUSPENDED,
    /**
     * The secretariat withdrew the accreditation (final). The organization may apply again (a new
     * application, e.g. once its ECOSOC status is restored or in a later call).
     */
    ACCREDITATION_WITHDRAWN;

    private Set<ApplicationStatus> next;
    private static final Set<ApplicationStatus> PARA_9_ONLY = EnumSet.of(IN_CIRCULATION, NO_OBJECTION, OBJECTED, NOT_APPROVED);

    static {
        SUBMITTED.next = EnumSet.of(IN_REVIEW, REJECTED, WITHDRAWN);
        IN_REVIEW.next = EnumSet.of(INFORMATION_REQUESTED, RECOMMENDED, REJECTED, WITHDRAWN);
        INFORMATION_REQUESTED.next = EnumSet.of(IN_REVIEW, REJECTED, WITHDRAWN);
        RECOMMENDED.next = EnumSet.of(APPROVED, REJECTED, IN_CIRCULATION, WITHDRAWN);
        IN_CIRCULATION.next = EnumSet.of(NO_OBJECTION, OBJECTED, WITHDRAWN);
        NO_OBJECTION.next = EnumSet.of(APPROVED, WITHDRAWN);
        OBJECTED.next = EnumSet.of(NOT_APPROVED, APPROVED, WITHDRAWN);
        APPROVED.next = EnumSet.of(SUSPENDED, ACCREDITATION_WITHDRAWN);
        REJECTED.next = EnumSet.noneOf(ApplicationStatus.class);
        NOT_APPROVED.next = EnumSet.noneOf(ApplicationStatus.class);
        WITHDRAWN.next = EnumSet.noneOf(ApplicationStatus.class);
        SUSPENDED.next = EnumSet.of(APPROVED, ACCREDITATION_WITHDRAWN);
        ACCREDITATION_WITHDRAWN.next = EnumSet.noneOf(ApplicationStatus.class);
    }

    /** Every state this one may move to on some path (see {@link #allowedNext(ParticipationPath)}). */
    public Set<ApplicationStatus> allowedNext() {
        return Collections.unmodifiableSet(next);
    }

    /**
     * The states this one may move to on the given path: the non-objection states exist only for
     * para 9, and a recommended para 9 application is decided by the Committee after circulation,
     * never approved or rejected by the secretariat directly.
     */
    public Set<ApplicationStatus> allowedNext(ParticipationPath path) {
        EnumSet<ApplicationStatus> allowed = next.isEmpty() ? EnumSet.noneOf(ApplicationStatus.class) : EnumSet.copyOf(next);
        if (path != ParticipationPath.PARA_9) {
            allowed.removeAll(PARA_9_ONLY);
        } else if (this == RECOMMENDED) {
            allowed.removeAll(EnumSet.of(APPROVED, REJECTED));
        }
        return Collections.unmodifiableSet(allowed);
    }

    /** Whether some path allows the move (see {@link #canMoveTo(ApplicationStatus, ParticipationPath)}). */
    public boolean canMoveTo(ApplicationStatus target) {
        return next.contains(target);
    }

    public boolean canMoveTo(ApplicationStatus target, ParticipationPath path) {
        return allowedNext(path).contains(target);
    }

    /**
     * The paths on which this state may move to {@code target}: what a set-based change of many applications at
     * once (the closure of a whole non-objection list) binds as its legality check, so the rule stays this enum's.
     */
    public Set<ParticipationPath> pathsAllowing(ApplicationStatus target) {
        EnumSet<ParticipationPath> paths = EnumSet.noneOf(ParticipationPath.class);
        for (ParticipationPath p : ParticipationPath.values()) {
            if (canMoveTo(target, p)) {
                paths.add(p);
            }
        }
        return Collections.unmodifiableSet(paths);
    }

    /** Whether this state belongs only to the non-objection procedure (para 9). */
    public boolean isNonObjectionState() {
        return PARA_9_ONLY.contains(this);
    }

    public boolean isFinal() {
        return next.isEmpty();
    }

    /**
     * Whether the application was decided: accredited (whatever its standing since) or refused.
     * Nothing about how it was decided (a path, an ECOSOC match) changes any more.
     */
    public boolean isDecided() {
        return isFinal() || isAccreditation();
    }

    /** Accredited, whatever the standing: APPROVED or SUSPENDED (ACCREDITATION_WITHDRAWN is final). */
    public boolean isAccreditation() {
        return this == APPROVED || this == SUSPENDED;
    }

    /**
     * Counts towards the duplicate rule (kept in step with the partial unique index
     * application_open_per_org_and_call, V1 and V15): a refused, withdrawn application and a
     * withdrawn accreditation free the organization to apply again; a suspended one does not.
     */
    public boolean isOpen() {
        return this != WITHDRAWN && this != REJECTED && this != NOT_APPROVED && this != ACCREDITATION_WITHDRAWN;
    }
}
