package org.accredit.speaker;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The workflow of one organization's request to speak on one agenda item. */
public enum SpeakerRequestStatus {
    /** Standing: on the item's list while its speaker is a confirmed representative. */
    REQUESTED,
    /** Withdrawn by the organization before the list was published (it may ask again). */
    WITHDRAWN;

    private Set<SpeakerRequestStatus> next;

    static {
        REQUESTED.next = EnumSet.of(WITHDRAWN);
        WITHDRAWN.next = EnumSet.noneOf(SpeakerRequestStatus.class);
    }

    public Set<SpeakerRequestStatus> allowedNext() {
        return Collections.unmodifiableSet(next);
    }

    public boolean canMoveTo(SpeakerRequestStatus target) {
        return next.contains(target);
    }
}
