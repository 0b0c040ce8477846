package org.accredit.registration;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The workflow of one representative's registration for one session. */
public enum RepresentativeStatus {
    /** Registered inside the window, waiting for the secretariat. */
    REQUESTED,
    /** Registered after the cut-off: only staff may accept it, with a reason. */
    LATE_REQUEST,
    /** Confirmed by the secretariat. */
    CONFIRMED,
    /** Refused by the secretariat. */
    REFUSED,
    /** Withdrawn by the organization before the session opened. */
    WITHDRAWN,
    /** Replaced by another representative before the session opened. */
    REPLACED;

    private Set<RepresentativeStatus> next;

    static {
        REQUESTED.next = EnumSet.of(CONFIRMED, REFUSED, WITHDRAWN, REPLACED);
        LATE_REQUEST.next = EnumSet.of(CONFIRMED, REFUSED, WITHDRAWN, REPLACED);
        CONFIRMED.next = EnumSet.of(WITHDRAWN, REPLACED);
        REFUSED.next = EnumSet.noneOf(RepresentativeStatus.class);
        WITHDRAWN.next = EnumSet.noneOf(RepresentativeStatus.class);
        REPLACED.next = EnumSet.noneOf(RepresentativeStatus.class);
    }

    public Set<RepresentativeStatus> allowedNext() {
        return Collections.unmodifiableSet(next);
    }

    public boolean canMoveTo(RepresentativeStatus target) {
        return next.contains(target);
    }

    /** Holds a seat (counts towards the quota) and the person's place in the session. */
    public boolean holdsSeat() {
        return this == REQUESTED || this == LATE_REQUEST || this == CONFIRMED;
    }
}
