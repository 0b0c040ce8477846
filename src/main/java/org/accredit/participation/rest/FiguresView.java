package org.accredit.participation.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.accredit.participation.ParticipationFigures;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The participation figures of a session, as the public and staff read them: counts only, no personal data. */
@Schema(name = "ParticipationFigures", description = "Counts only. An organization is registered when at least one of "
        + "its representatives is confirmed (status CONFIRMED); representatives are the confirmed ones. Every key is "
        + "always present, 0 when none.")
public record FiguresView(UUID sessionId, String sessionCode, Organizations organizations, Representatives representatives,
        @Schema(description = "Representatives whose registration the secretariat has not decided yet (requested or late "
                + "requests); not in the other counts") long awaitingDecision) {

    @Schema(name = "ParticipationFiguresOrganizations")
    public record Organizations(long total,
            @Schema(description = "By participation path: PARA_7, PARA_8, PARA_9") Map<String, Long> byPath,
            @Schema(description = "By UN regional group of the organization's country: AFRICAN, ASIA_PACIFIC, "
                    + "EASTERN_EUROPEAN, LATIN_AMERICAN_AND_CARIBBEAN, WESTERN_EUROPEAN_AND_OTHERS, and OTHER for a "
                    + "country that is not a Member State (observer States, territories)") Map<String, Long> byRegionalGroup) {
    }

    @Schema(name = "ParticipationFiguresRepresentatives")
    public record Representatives(long total,
            @Schema(description = "By mode: IN_PERSON, ONLINE") Map<String, Long> byMode,
            @Schema(description = "By gender: FEMALE, MALE, OTHER, UNDISCLOSED, and NOT_GIVEN for those who gave none")
            Map<String, Long> byGender) {
    }

    static FiguresView of(ParticipationFigures f) {
        return new FiguresView(f.sessionId(), f.sessionCode(),
                new Organizations(f.organizations(), names(f.organizationsByPath()), names(f.organizationsByRegionalGroup())),
                new Representatives(f.representatives(), names(f.representativesByMode()), new LinkedHashMap<>(f.representativesByGender())),
                f.awaitingDecision());
    }

    private static <E extends Enum<E>> Map<String, Long> names(Map<E, Long> counts) {
        Map<String, Long> m = new LinkedHashMap<>();
        counts.forEach((k, v) -> m.put(k.name(), v));
        return m;
    }
}
