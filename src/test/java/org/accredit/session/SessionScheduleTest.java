package org.accredit.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.accredit.common.InvalidFieldsException;
import org.accredit.common.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The rules of a session's dates and quotas, in plain JUnit: every refusal and every change. */
class SessionScheduleTest {

    static final ZoneId NY = ZoneId.of("America/New_York");
    static final Instant NOW = Instant.parse("2029-01-01T00:00:00Z");
    static final Instant OPENS = Instant.parse("2030-03-04T15:00:00Z");
    static final Instant CLOSES = Instant.parse("2030-03-15T22:00:00Z");
    static final Instant REG_OPENS = Instant.parse("2030-02-01T05:00:00Z");
    static final Instant REG_CLOSES = Instant.parse("2030-02-25T23:00:00Z");

    static Schedule schedule() {
        return new Schedule(NY, OPENS, CLOSES, REG_OPENS, REG_CLOSES, null);
    }

    static Session session() {
        return Session.schedule("AHC-T", "Test session", SessionKind.SUBSTANTIVE, Venue.NEW_YORK, schedule(), 1, null, NOW);
    }

    private static void refused422(Runnable r) {
        RuleViolationException e = assertThrows(RuleViolationException.class, r::run);
        assertEquals(422, e.httpStatus());
    }

    @Test
    void aGoodScheduleIsTaken() {
        Session s = session();
        assertEquals(OPENS, s.opensAt());
        assertEquals(NY, s.timeZone());
        assertEquals(1, s.inPersonSeats());
        assertNull(s.onlineSeats());
        assertTrue(s.registrationOpenAt(REG_OPENS));
        assertTrue(!s.registrationOpenAt(REG_CLOSES), "the window closes at its end (exclusive)");
        // para 9 cut-off on the window's last moment is allowed
        new Schedule(NY, OPENS, CLOSES, REG_OPENS, REG_CLOSES, REG_CLOSES);
        // registration may close exactly at the opening
        new Schedule(NY, OPENS, CLOSES, REG_OPENS, OPENS, null);
    }

    @Test
    void datesThatMakeNoSenseAreRefused() {
        refused422(() -> new Schedule(NY, OPENS, OPENS, REG_OPENS, REG_CLOSES, null));
        refused422(() -> new Schedule(NY, CLOSES, OPENS, REG_OPENS, REG_CLOSES, null));
        refused422(() -> new Schedule(NY, OPENS, CLOSES, REG_CLOSES, REG_OPENS, null));
        refused422(() -> new Schedule(NY, OPENS, CLOSES, REG_OPENS, OPENS.plusSeconds(1), null));
        refused422(() -> new Schedule(NY, OPENS, CLOSES, REG_OPENS, REG_CLOSES, REG_OPENS));
        refused422(() -> new Schedule(NY, OPENS, CLOSES, REG_OPENS, REG_CLOSES, REG_OPENS.minusSeconds(1)));
        refused422(() -> new Schedule(NY, OPENS, CLOSES, REG_OPENS, REG_CLOSES, REG_CLOSES.plusSeconds(1)));
    }

    @Test
    void quotasAreZeroOrMoreOrNone() {
        refused422(() -> Session.schedule("X", "X", SessionKind.SUBSTANTIVE, Venue.NEW_YORK, schedule(), -1, null, NOW));
        refused422(() -> Session.schedule("X", "X", SessionKind.SUBSTANTIVE, Venue.NEW_YORK, schedule(), null, -1, NOW));
        refused422(() -> Session.schedule("X", "X", SessionKind.SUBSTANTIVE, Venue.NEW_YORK, schedule(), Session.MAX_SEATS + 1, null, NOW));
        Session s = session();
        s.changeQuotas(0, 2, NOW);
        assertEquals(0, s.inPersonSeats());
        assertEquals(2, s.onlineSeats());
        s.changeQuotas(null, null, NOW);
        assertNull(s.inPersonSeats());
        refused422(() -> s.changeQuotas(-3, null, NOW));
        assertNull(s.inPersonSeats(), "a refused change changes nothing");
    }

    @Test
    void reschedulingTheMeetingSaysWhatMoved() {
        Session s = session();
        Duration week = Duration.ofDays(7);
        Optional<SessionRescheduled> moved = s.reschedule("Test session", SessionKind.SUBSTANTIVE, Venue.NEW_YORK,
                new Schedule(NY, OPENS.plus(week), CLOSES.plus(week), REG_OPENS, REG_CLOSES, null), NOW);
        assertTrue(moved.isPresent());
        assertEquals(OPENS, moved.get().oldOpensAt());
        assertEquals(CLOSES, moved.get().oldClosesAt());
        assertEquals(OPENS.plus(week), moved.get().opensAt());
        assertEquals(OPENS.plus(week), s.opensAt());
        assertEquals("AHC-T", moved.get().code());
    }

    @Test
    void changingOnlyTheWindowOrTheTitleIsNoReschedule() {
        Session s = session();
        assertTrue(s.reschedule("Renamed", SessionKind.SUBSTANTIVE, Venue.NEW_YORK,
                new Schedule(NY, OPENS, CLOSES, REG_OPENS.minusSeconds(3600), REG_CLOSES, null), NOW).isEmpty());
        assertEquals("Renamed", s.title());
    }

    @Test
    void aSessionThatIsOverCannotChange() {
        Session s = session();
        Instant after = CLOSES.plusSeconds(1);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> s.reschedule("X", SessionKind.SUBSTANTIVE,
                Venue.NEW_YORK, schedule(), after));
        assertEquals(409, e.httpStatus());
        assertEquals(409, assertThrows(RuleViolationException.class, () -> s.changeQuotas(3, 3, after)).httpStatus());
        assertEquals(1, s.inPersonSeats());
    }

    @Test
    void theZoneFitsTheVenue() {
        assertEquals(NY, SessionService.zone(Venue.NEW_YORK, "America/New_York"));
        assertEquals(ZoneId.of("Europe/Vienna"), SessionService.zone(Venue.VIENNA, "Europe/Vienna"));
        assertEquals(ZoneId.of("Asia/Tokyo"), SessionService.zone(Venue.ONLINE, "Asia/Tokyo"));
        assertEquals(ZoneId.of("UTC"), SessionService.zone(Venue.ONLINE, "UTC"));
        for (String bad : new String[] {"Europe/Vienna", "EST", "GMT-5", "+02:00", "America/Nowhere", "SystemV/EST5"}) {
            assertThrows(InvalidFieldsException.class, () -> SessionService.zone(Venue.NEW_YORK, bad), bad);
        }
        for (String bad : new String[] {"EST", "GMT-5", "+02:00", "Etc/GMT+5", "America/Nowhere", "SystemV/EST5", "US/Eastern"}) {
            assertThrows(InvalidFieldsException.class, () -> SessionService.zone(Venue.ONLINE, bad), bad);
        }
    }
}
