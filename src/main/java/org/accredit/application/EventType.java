package org.accredit.application;

/** What happened to an application. */
public enum EventType {
    SUBMITTED,
    STATUS_CHANGED,
    PATH_CHANGED,
    ECOSOC_MATCH_PROPOSED,
    ECOSOC_MATCH_CONFIRMED,
    /** A roster import changed the status of the matched entry (staff only). */
    ECOSOC_ROSTER_CHANGED,
    NOTE_ADDED,
    ADDED_TO_LIST,
    REMOVED_FROM_LIST,
    OBJECTION_LODGED,
    OBJECTION_WITHDRAWN,
    OBJECTION_BASIS_DISCLOSED,
    /** Safeguard: a short objection deadline proposed, waiting for a second approver (staff only). */
    SHORT_DEADLINE_PROPOSED,
    /** Safeguard: a Committee decision approving despite an objection proposed, waiting for a second approver (staff only). */
    DECISION_PROPOSED,
    /** The applicant asked for a new tracking secret (lost-secret page); the old one stopped working. */
    TRACKING_SECRET_REISSUED,
    /** A staff member gave the application to a reviewer (staff only; the note names the reviewer). */
    ASSIGNED
}
