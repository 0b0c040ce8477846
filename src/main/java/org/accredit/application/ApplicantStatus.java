package org.accredit.application;

/**
 * What an applicant is told about its application: the applicant vocabulary. It never reveals the
 * secretariat's internal steps (a recommendation) nor the result of the objection window (whether a
 * Member State objected): both OBJECTED and NO_OBJECTION read "awaiting the Committee's decision",
 * and only the Committee's final decision is shown. Every applicant-facing output (tracking view,
 * its history, emails) uses this vocabulary, never {@link ApplicationStatus}.
 */
public enum ApplicantStatus {
    /** Received, not yet taken up by the secretariat. */
    SUBMITTED,
    /** The secretariat is considering it (this includes a recommendation not yet acted upon). */
    IN_REVIEW,
    /** The secretariat asked a question; the review resumes once it is answered. */
    INFORMATION_REQUESTED,
    /** Para 9: on a non-objection list circulated to Member States. */
    UNDER_CONSIDERATION_BY_MEMBER_STATES,
    /** Para 9: the Member States' window closed (whatever its result); the Committee decides next. */
    AWAITING_COMMITTEE_DECISION,
    /** Accredited. */
    APPROVED,
    /** Para 9: not approved by the Committee. */
    NOT_APPROVED,
    /** Refused by the secretariat. */
    REJECTED,
    /** Withdrawn by the applicant. */
    WITHDRAWN,
    /** Accredited, but the secretariat suspended the accreditation: the organization cannot take part for now. */
    SUSPENDED,
    /** The secretariat withdrew the accreditation. */
    ACCREDITATION_WITHDRAWN;

    /** The applicant's word for an internal status. */
    public static ApplicantStatus of(ApplicationStatus status) {
        return switch (status) {
            case SUBMITTED -> SUBMITTED;
            case IN_REVIEW, RECOMMENDED -> IN_REVIEW;
            case INFORMATION_REQUESTED -> INFORMATION_REQUESTED;
            case IN_CIRCULATION -> UNDER_CONSIDERATION_BY_MEMBER_STATES;
            case NO_OBJECTION, OBJECTED -> AWAITING_COMMITTEE_DECISION;
            case APPROVED -> APPROVED;
            case NOT_APPROVED -> NOT_APPROVED;
            case REJECTED -> REJECTED;
            case WITHDRAWN -> WITHDRAWN;
            case SUSPENDED -> SUSPENDED;
            case ACCREDITATION_WITHDRAWN -> ACCREDITATION_WITHDRAWN;
        };
    }

    /** The applicant's word for a status name stored in the history (null stays null). */
    public static ApplicantStatus ofName(String status) {
        return status == null ? null : of(ApplicationStatus.valueOf(status));
    }
}
