package org.accredit.participation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.accredit.application.AccreditedOrganization;
import org.accredit.organization.RegionalGroup;
import org.accredit.registration.RegistrationRow;

/**
 * The columns of the staff export of a session's registrations, the same in CSV and XLSX: one row per
 * registration (every status), in registration order. Registration time twice: the instant (ISO
 * 8601, UTC) and the date-time with offset in the session's own time zone.
 */
public final class RegistrationExport {

    public static final List<String> HEADER = List.of("organization", "reference", "path", "country", "regionalGroup",
            "name", "title", "employer", "email", "mode", "gender", "nationality", "status", "late", "registeredAt",
            "registeredAtSessionTime");

    private RegistrationExport() {
    }

    /** The row's cells, in {@link #HEADER} order (before the formula-safe prefix; see common.SafeCells). */
    static List<String> cells(AccreditedOrganization org, RegistrationRow r, ZoneId zone) {
        String[] cells = {
                org == null ? "" : org.name(),
                org == null ? "" : org.reference(),
                org == null ? "" : org.path().name(),
                org == null ? "" : org.country(),
                org == null ? "" : RegionalGroup.of(org.country()).name(),
                r.name(), r.title(), r.employer(), r.email(), r.mode().name(),
                r.gender() == null ? "" : r.gender().name(),
                r.nationality() == null ? "" : r.nationality(),
                r.status().name(),
                Boolean.toString(r.late()),
                DateTimeFormatter.ISO_INSTANT.format(r.registeredAt()),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(r.registeredAt().atZone(zone))};
        return Arrays.asList(cells);
    }
}
