package org.accredit.session.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.accredit.session.AgendaItem;
import org.accredit.session.Session;
import org.accredit.session.SessionKind;
import org.accredit.session.Venue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The calendar as the API shows it: public (no personal data), every moment as an instant and in the session's zone. */
public final class SessionViews {

    private SessionViews() {
    }

    @Schema(name = "Moment", description = "A moment: the instant (UTC) and the same moment in the session's time zone")
    public record Moment(
            @Schema(description = "The instant, ISO 8601 in UTC") Instant instant,
            @Schema(description = "The same instant in the session's time zone, with its offset", example = "2022-02-28T10:00-05:00") String local) {

        static Moment of(Instant instant, ZoneId zone) {
            return instant == null ? null
                    : new Moment(instant, ZonedDateTime.ofInstant(instant, zone).toOffsetDateTime().toString());
        }
    }

    @Schema(name = "Session", description = "A session of the calendar")
    public record SessionSummary(UUID id, String code, String title, SessionKind kind, Venue venue,
            @Schema(description = "IANA time zone the session is shown in") String timeZone,
            @Schema(description = "First day, in the session's time zone") LocalDate firstDay,
            @Schema(description = "Last day, in the session's time zone") LocalDate lastDay,
            Moment opensAt, Moment closesAt, Moment registrationOpensAt, Moment registrationClosesAt,
            @Schema(description = "Earlier cut-off for para 9 organizations; absent if none") Moment para9ClosesAt,
            @Schema(description = "Seats in the room per organization; absent = no limit") Integer inPersonSeats,
            @Schema(description = "Online seats per organization; absent = no limit") Integer onlineSeats,
            @Schema(description = "Whether organizations may register now (ordinary window)") boolean registrationOpen,
            @Schema(description = "Pass it back on PUT to refuse a lost update") long version) {

        static SessionSummary of(Session s, Instant now) {
            ZoneId zone = s.timeZone();
            return new SessionSummary(s.id(), s.code(), s.title(), s.kind(), s.venue(), zone.getId(),
                    LocalDate.ofInstant(s.opensAt(), zone), LocalDate.ofInstant(s.closesAt(), zone),
                    Moment.of(s.opensAt(), zone), Moment.of(s.closesAt(), zone), Moment.of(s.registrationOpensAt(), zone),
                    Moment.of(s.registrationClosesAt(), zone), Moment.of(s.para9ClosesAt(), zone), s.inPersonSeats(),
                    s.onlineSeats(), s.registrationOpenAt(now), s.version());
        }
    }

    @Schema(name = "AgendaItem")
    public record Item(UUID id, int number, String title) {

        static Item of(AgendaItem i) {
            return new Item(i.id(), i.number(), i.title());
        }
    }

    @Schema(name = "SessionDetail", description = "A session and its agenda")
    public record Detail(@Schema(implementation = SessionSummary.class) SessionSummary session, List<Item> agenda) {

        static Detail of(Session s, List<AgendaItem> agenda, Instant now) {
            return new Detail(SessionSummary.of(s, now), agenda.stream().map(Item::of).toList());
        }
    }
}
