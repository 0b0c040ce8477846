package org.accredit.session;

/** The kinds of meeting the Committee holds (domain.md, "Calendar"). */
public enum SessionKind {
    ORGANIZATIONAL,
    SUBSTANTIVE,
    CONCLUDING,
    RECONVENED,
    /** Hosted by the Chair between sessions (resolution 75/282, para 10). */
    INTERSESSIONAL_CONSULTATION
}
