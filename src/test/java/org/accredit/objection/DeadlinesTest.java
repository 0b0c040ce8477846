package org.accredit.objection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalTime SIX_PM = LocalTime.of(18, 0);

    private static Instant deadline(String circulatedAt, int days, Set<LocalDate> holidays) {
        return Deadlines.afterWorkingDays(Instant.parse(circulatedAt), days, SIX_PM, NEW_YORK, holidays);
    }

    @Test
    void tenWorkingDaysSkipWeekendsAndEndAtSixPmNewYork() {
        // Monday 5 Jan 2026, 10:00 in New York; ten working days later is Monday 19 Jan, 18:00 EST = 23:00 UTC.
        assertEquals(Instant.parse("2026-01-19T23:00:00Z"), deadline("2026-01-05T15:00:00Z", 10, Set.of()));
    }

    @Test
    void aHolidayDoesNotCount() {
        assertEquals(Instant.parse("2026-01-20T23:00:00Z"),
                deadline("2026-01-05T15:00:00Z", 10, Set.of(LocalDate.of(2026, 1, 19))));
        // a holiday on a weekend changes nothing
        assertEquals(Instant.parse("2026-01-19T23:00:00Z"),
                deadline("2026-01-05T15:00:00Z", 10, Set.of(LocalDate.of(2026, 1, 10))));
    }

    @Test
    void theCirculationDayIsTheNewYorkDateNotTheUtcDate() {
        // Friday 9 Jan 2026 at 23:30 in New York is already Saturday in UTC: the window starts from Friday.
        assertEquals(Instant.parse("2026-01-12T23:00:00Z"), deadline("2026-01-10T04:30:00Z", 1, Set.of()));
        // circulated on a Saturday: the first working day is Monday
        assertEquals(Instant.parse("2026-01-12T23:00:00Z"), deadline("2026-01-10T15:00:00Z", 1, Set.of()));
    }

    @Test
    void daylightSavingStartsInMarch() {
        // Friday 6 Mar 2026 (EST, UTC-5); clocks go forward on Sunday 8 Mar; Tuesday 10 Mar 18:00 EDT = 22:00 UTC.
        assertEquals(Instant.parse("2026-03-10T22:00:00Z"), deadline("2026-03-06T17:00:00Z", 2, Set.of()));
    }

    @Test
    void daylightSavingEndsInNovember() {
        // Friday 30 Oct 2026 (EDT, UTC-4); clocks go back on Sunday 1 Nov; Monday 2 Nov 18:00 EST = 23:00 UTC.
        assertEquals(Instant.parse("2026-11-02T23:00:00Z"), deadline("2026-10-30T16:00:00Z", 1, Set.of()));
    }

    @Test
    void aWindowNeedsAtLeastOneWorkingDay() {
        assertThrows(IllegalArgumentException.class, () -> deadline("2026-01-05T15:00:00Z", 0, Set.of()));
    }
}
