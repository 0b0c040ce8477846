package org.accredit.speaker;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The workflow of an agenda item's list of speakers. While {@link #DRAFT}, organizations ask to
 * speak and withdraw, and staff reorder; once {@link #PUBLISHED} the order is frozen and public, and
 * no request comes or goes.
 */
public enum SpeakersListStatus {
    DRAFT,
    PUBLISHED;

    private Set<SpeakersListStatus> next;

    static {
        DRAFT.next = EnumSet.of(PUBLISHED);
        PUBLISHED.next = EnumSet.noneOf(SpeakersListStatus.class);
    }

    public Set<SpeakersListStatus> allowedNext() {
        return Collections.unmodifiableSet(next);
    }

    public boolean canMoveTo(SpeakersListStatus target) {
        return next.contains(target);
    }

    /** Whether requests may still be made, withdrawn or reordered. */
    public boolean open() {
        return this == DRAFT;
    }
}
