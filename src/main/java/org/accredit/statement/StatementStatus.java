package org.accredit.statement;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The workflow of a written statement: SUBMITTED, then PUBLISHED or DECLINED by the secretariat, or
 * WITHDRAWN by the organization before a decision. Published, declined and withdrawn are final.
 */
public enum StatementStatus {
    /** Sent by the organization, waiting for the secretariat. */
    SUBMITTED,
    /** Published by the secretariat: on the public page of the session. */
    PUBLISHED,
    /** Declined by the secretariat, with a reason the organization reads. */
    DECLINED,
    /** Withdrawn by the organization before the secretariat decided. */
    WITHDRAWN;

    private Set<StatementStatus> next;

    static {
        SUBMITTED.next = EnumSet.of(PUBLISHED, DECLINED, WITHDRAWN);
        PUBLISHED.next = EnumSet.noneOf(StatementStatus.class);
        DECLINED.next = EnumSet.noneOf(StatementStatus.class);
        WITHDRAWN.next = EnumSet.noneOf(StatementStatus.class);
    }

    public Set<StatementStatus> allowedNext() {
        return Collections.unmodifiableSet(next);
    }

    public boolean canMoveTo(StatementStatus target) {
        return next.contains(target);
    }

    /** Counts towards the organization's statements for a session (accredit.statements.max-per-session). */
    public boolean counts() {
        return this == SUBMITTED || this == PUBLISHED;
    }
}
