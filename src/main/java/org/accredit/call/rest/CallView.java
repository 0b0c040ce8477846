package org.accredit.call.rest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.accredit.call.CallForApplications;

/** A call for applications, with its window in UTC and in the Committee's time zone (New York). */
public record CallView(UUID id, String title, Instant opensAt, Instant closesAt, String opensAtLocal,
        String closesAtLocal, String timeZone, boolean open) {

    public static CallView of(CallForApplications c, ZoneId zone, Instant now) {
        return new CallView(c.id(), c.title(), c.opensAt(), c.closesAt(),
                ZonedDateTime.ofInstant(c.opensAt(), zone).toOffsetDateTime().toString(),
                ZonedDateTime.ofInstant(c.closesAt(), zone).toOffsetDateTime().toString(),
                zone.getId(), c.isOpenAt(now));
    }
}
