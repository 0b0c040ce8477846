package org.accredit.session;

/** Where a session sits. */
public enum Venue {
    NEW_YORK,
    VIENNA,
    ONLINE
}
