package org.accredit.speaker;

import java.util.List;
import org.accredit.session.AgendaItem;
import org.accredit.session.Session;

/** An agenda item's list of speakers: its workflow state and its lines in their current order. */
public record ItemSpeakers(Session session, AgendaItem item, SpeakersList list, List<SpeakerLine> lines) {
}
