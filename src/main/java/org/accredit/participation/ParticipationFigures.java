package org.accredit.participation;

import java.util.Map;
import java.util.UUID;
import org.accredit.application.ParticipationPath;
import org.accredit.organization.RegionalGroup;
import org.accredit.registration.AttendanceMode;

/**
 * The participation figures of a session: counts only, no personal data. What counts as registered
 * is a <b>confirmed</b> representative (status CONFIRMED): an organization is registered when at least
 * one of its representatives is confirmed; representatives whose registration the secretariat has not
 * decided yet (REQUESTED, LATE_REQUEST) are only counted, as a total, in {@code awaitingDecision};
 * refused, withdrawn and replaced ones not at all. Every path, regional group, mode and gender is
 * present, with 0 when there is none (a stable shape).
 *
 * @param representativesByGender by {@code Gender} name, and {@link #GENDER_NOT_GIVEN} for those who gave none
 */
public record ParticipationFigures(UUID sessionId, String sessionCode, long organizations,
        Map<ParticipationPath, Long> organizationsByPath, Map<RegionalGroup, Long> organizationsByRegionalGroup,
        long representatives, Map<AttendanceMode, Long> representativesByMode, Map<String, Long> representativesByGender,
        long awaitingDecision) {

    /** The gender key of representatives who did not give one. */
    public static final String GENDER_NOT_GIVEN = "NOT_GIVEN";
}
