package org.accredit.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegionalGroupTest {

    @Test
    void everyMemberStateIsInExactlyOneGroupAndNothingElseIsInAny() {
        Map<RegionalGroup, Integer> sizes = new EnumMap<>(RegionalGroup.class);
        int members = 0;
        for (String code : Locale.getISOCountries()) {
            RegionalGroup group = RegionalGroup.of(code);
            if (Countries.isUnMemberState(code)) {
                members++;
                assertNotEquals(RegionalGroup.OTHER, group, code + " is a Member State without a group");
                sizes.merge(group, 1, Integer::sum);
            } else {
                assertEquals(RegionalGroup.OTHER, group, code + " is not a Member State");
            }
        }
        assertEquals(193, members);
        assertEquals(193, sizes.values().stream().mapToInt(Integer::intValue).sum());
        // the groups' sizes, with the special cases of the class comment (US, TR, IL in WEOG; KI in Asia-Pacific)
        assertEquals(54, sizes.get(RegionalGroup.AFRICAN));
        assertEquals(54, sizes.get(RegionalGroup.ASIA_PACIFIC));
        assertEquals(23, sizes.get(RegionalGroup.EASTERN_EUROPEAN));
        assertEquals(33, sizes.get(RegionalGroup.LATIN_AMERICAN_AND_CARIBBEAN));
        assertEquals(29, sizes.get(RegionalGroup.WESTERN_EUROPEAN_AND_OTHERS));
    }

    @Test
    void theSpecialCasesAndNonMembers() {
        assertEquals(RegionalGroup.WESTERN_EUROPEAN_AND_OTHERS, RegionalGroup.of("US"));
        assertEquals(RegionalGroup.WESTERN_EUROPEAN_AND_OTHERS, RegionalGroup.of("TR"));
        assertEquals(RegionalGroup.WESTERN_EUROPEAN_AND_OTHERS, RegionalGroup.of("IL"));
        assertEquals(RegionalGroup.ASIA_PACIFIC, RegionalGroup.of("KI"));
        assertEquals(RegionalGroup.ASIA_PACIFIC, RegionalGroup.of("CY"));
        assertEquals(RegionalGroup.EASTERN_EUROPEAN, RegionalGroup.of("EE"));
        Arrays.asList("VA", "PS", "PR", "HK", "XK", "ZZ", "").forEach(code ->
                assertEquals(RegionalGroup.OTHER, RegionalGroup.of(code), code));
        assertEquals(RegionalGroup.OTHER, RegionalGroup.of(null));
    }
}
