package org.accredit.notification;

/** Every email the service sends; each has a Qute template pair under templates/emails/. */
public enum EmailKind {
    /** To the applicant: reference and tracking secret. */
    ACKNOWLEDGEMENT(true),
    INFORMATION_REQUEST(false),
    APPROVAL(false),
    REJECTION(false),
    WITHDRAWAL(false),
    PATH_CHANGE(false),
    /** Para 9: to each Member State focal point when a list is circulated. */
    LIST_CIRCULATED(false),
    /** Para 9: to the secretariat when an objection window closes. */
    OBJECTION_WINDOW_CLOSED(false),
    /** Para 9: approved by the Committee. */
    COMMITTEE_APPROVAL(false),
    /** Para 9: not approved by the Committee. */
    NOT_APPROVED(false),
    /** To the secretariat: an applicant answered an information request. */
    SECRETARIAT_INFORMATION_RECEIVED(false),
    /** To the secretariat: an applicant withdrew its application. */
    SECRETARIAT_WITHDRAWAL(false),
    /** To an accredited organization's contact: its written submission for a session is published. */
    STATEMENT_PUBLISHED(false),
    /** To an accredited organization's contact: its written submission is declined, with the reason. */
    STATEMENT_DECLINED(false),
    /** Sessions: to the organization's contact, a representative's registration was confirmed. */
    REGISTRATION_CONFIRMED(false),
    /** Sessions: to the confirmed representative. */
    REPRESENTATIVE_CONFIRMED(false),
    /** Sessions: to the organization's contact, a registration was refused (with the reason). */
    REGISTRATION_REFUSED(false),
    /** To the organization: the secretariat suspended its accreditation (with the reason). */
    ACCREDITATION_SUSPENDED(false),
    /** To the organization: the secretariat lifted the suspension. */
    ACCREDITATION_REINSTATED(false),
    /** To the organization: the secretariat withdrew its accreditation. */
    ACCREDITATION_WITHDRAWN(false),
    /** To an organization's contact and its registered representatives: a session's dates changed. */
    SESSION_RESCHEDULED(false),
    /** To the applicant's contact email only: a new tracking secret, asked for on the lost-secret page. */
    SECRET_REISSUED(true);

    private final boolean carriesSecret;

    EmailKind(boolean carriesSecret) {
        this.carriesSecret = carriesSecret;
    }

    /** The body holds a secret: it is erased from the outbox once delivered. */
    public boolean carriesSecret() {
        return carriesSecret;
    }

    public String templateName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
