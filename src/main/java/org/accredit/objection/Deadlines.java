package org.accredit.objection;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Deadline arithmetic of the objection window. The day of circulation does not count; the window
 * ends at {@code closingTime} (local time in {@code zone}) on the {@code workingDays}-th working day
 * after it. Saturdays, Sundays and the given holidays are not working days. The local date and time
 * are turned into an instant with the zone's rules of that day, so daylight-saving changes are handled.
 */
public final class Deadlines {

    private Deadlines() {
    }

    public static Instant afterWorkingDays(Instant circulatedAt, int workingDays, LocalTime closingTime, ZoneId zone,
            Set<LocalDate> holidays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("the window needs at least one working day");
        }
        LocalDate day = ZonedDateTime.ofInstant(circulatedAt, zone).toLocalDate();
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day, holidays)) {
                counted++;
            }
        }
        return ZonedDateTime.of(day, closingTime, zone).toInstant();
    }

    public static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }
}
