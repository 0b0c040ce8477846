package org.accredit.objection;

import java.util.EnumSet;
import java.util.Set;

/** The life of a non-objection list. */
public enum ListStatus {
    /** Being drawn up by the secretariat: applications may be added and removed. */
    DRAFT,
    /** Sent to Member States; objections may be lodged and withdrawn until the deadline. */
    CIRCULATED,
    /** The objection window closed (deadline sweep or early closure); waiting for the Committee. */
    CLOSED,
    /** The Committee's decision is recorded. */
    DECIDED;

    private Set<ListStatus> next;

    static {
        DRAFT.next = EnumSet.of(CIRCULATED);
        CIRCULATED.next = EnumSet.of(CLOSED);
        CLOSED.next = EnumSet.of(DECIDED);
        DECIDED.next = EnumSet.noneOf(ListStatus.class);
    }

    public boolean canMoveTo(ListStatus target) {
        return next.contains(target);
    }
}
