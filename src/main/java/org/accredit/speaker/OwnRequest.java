package org.accredit.speaker;

import org.accredit.registration.Representative;
import org.accredit.session.AgendaItem;
import org.accredit.session.Session;

/**
 * An organization's own request as it reads it: the item, its speaker (null if no longer a confirmed
 * representative: the request is then off the list), and the list's state.
 */
public record OwnRequest(Session session, AgendaItem item, SpeakerRequest request, Representative confirmedSpeaker,
        SpeakersListStatus listStatus) {
}
