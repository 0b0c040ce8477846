package org.accredit.speaker.rest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.accredit.organization.RegionalGroup;
import org.accredit.registration.Gender;
import org.accredit.registration.Representative;
import org.accredit.speaker.ItemSpeakers;
import org.accredit.speaker.OwnRequest;
import org.accredit.speaker.SpeakerLine;
import org.accredit.speaker.SpeakerRequest;
import org.accredit.speaker.SpeakerRequestStatus;
import org.accredit.speaker.SpeakersList;
import org.accredit.speaker.SpeakersListStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API shows of requests to speak and lists of speakers, apart from the entities. */
public final class SpeakerViews {

    private SpeakerViews() {
    }

    static String local(Instant instant, ZoneId zone) {
        return instant == null ? null : ZonedDateTime.ofInstant(instant, zone).toOffsetDateTime().toString();
    }

    @Schema(name = "OwnSpeakerRequest", description = "A request to speak as the organization that made it reads it")
    public record Own(UUID id, UUID sessionId, UUID itemId, int itemNumber, String itemTitle, UUID representativeId,
            @Schema(description = "The speaker's name while the speaker is a confirmed representative; null otherwise")
            String speakerName,
            String topic, SpeakerRequestStatus status,
            @Schema(description = "Whether the request is on the item's list: standing, and its speaker still a confirmed "
                    + "representative of the organization") boolean onList,
            SpeakersListStatus listStatus, Instant requestedAt, String requestedAtLocal, Instant withdrawnAt,
            String withdrawnAtLocal, String timeZone) {

        public static Own of(OwnRequest o) {
            SpeakerRequest r = o.request();
            ZoneId zone = o.session().timeZone();
            Representative speaker = o.confirmedSpeaker();
            return new Own(r.id(), r.sessionId(), r.itemId(), o.item().number(), o.item().title(), r.representativeId(),
                    speaker == null ? null : speaker.name(), r.topic(), r.status(), speaker != null, o.listStatus(),
                    r.requestedAt(), local(r.requestedAt(), zone), r.withdrawnAt(), local(r.withdrawnAt(), zone),
                    zone.getId());
        }
    }

    @Schema(name = "SpeakerLine", description = "One request on a list of speakers, as the secretariat sees it")
    public record Line(
            @Schema(description = "Place in the current order (1-based)") int position,
            @Schema(description = "Place in the order the documented rule suggests (1-based)") int suggestedPosition,
            @Schema(description = "Whether staff placed it (reordering, publication) rather than the suggested order")
            boolean placedByStaff,
            UUID requestId, UUID applicationId, String organizationName, String organizationAcronym, String country,
            RegionalGroup regionalGroup, UUID representativeId, String speakerName, Gender speakerGender, String topic,
            Instant requestedAt, String requestedAtLocal) {

        static Line of(SpeakerLine l, ZoneId zone) {
            SpeakerRequest r = l.request();
            return new Line(l.position(), l.suggestedPosition(), r.position() != null, r.id(), r.applicationId(),
                    l.organization().name(), l.organization().acronym(), l.organization().country(), l.group(),
                    r.representativeId(), l.speaker().name(), l.speaker().gender(), r.topic(), r.requestedAt(),
                    local(r.requestedAt(), zone));
        }
    }

    @Schema(name = "SpeakersList", description = "An agenda item's list of speakers as the secretariat sees it (whole, "
            + "not paged: it is reordered as a whole)")
    public record Staff(UUID sessionId, String sessionCode, UUID itemId, int itemNumber, String itemTitle,
            SpeakersListStatus status, String reorderedBy, Instant reorderedAt, String publishedBy, Instant publishedAt,
            String publishedAtLocal, String timeZone, List<Line> speakers) {

        public static Staff of(ItemSpeakers s) {
            ZoneId zone = s.session().timeZone();
            SpeakersList l = s.list();
            return new Staff(s.session().id(), s.session().code(), s.item().id(), s.item().number(), s.item().title(),
                    l.status(), l.reorderedBy(), l.reorderedAt(), l.publishedBy(), l.publishedAt(),
                    local(l.publishedAt(), zone), zone.getId(), s.lines().stream().map(x -> Line.of(x, zone)).toList());
        }
    }

    @Schema(name = "PublicSpeaker", description = "A speaking organization (no personal data)")
    public record PublicLine(@Schema(description = "Order of speaking (1-based)") int order, String organizationName,
            String organizationAcronym, String country, RegionalGroup regionalGroup, String regionalGroupName) {
    }

    @Schema(name = "PublicSpeakersList", description = "A published list of speakers: the organizations in their "
            + "order of speaking; no representative's personal data")
    public record Public(UUID sessionId, String sessionCode, UUID itemId, int itemNumber, String itemTitle,
            Instant publishedAt, String publishedAtLocal, String timeZone, List<PublicLine> speakers) {

        public static Public of(ItemSpeakers s) {
            ZoneId zone = s.session().timeZone();
            return new Public(s.session().id(), s.session().code(), s.item().id(), s.item().number(), s.item().title(),
                    s.list().publishedAt(), local(s.list().publishedAt(), zone), zone.getId(),
                    s.lines().stream().map(l -> new PublicLine(l.position(), l.organization().name(),
                            l.organization().acronym(), l.organization().country(), l.group(), l.group().label())).toList());
        }
    }
}
