package org.accredit.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountriesTest {

    @Test
    void the193MemberStatesAreIsoCodes() {
        long members = Arrays.stream(Locale.getISOCountries()).filter(Countries::isUnMemberState).count();
        assertEquals(193, members);
        for (String observerOrTerritory : new String[] {"PS", "VA", "TW", "XK", "HK", "PR", "GL"}) {
            assertFalse(Countries.isUnMemberState(observerOrTerritory), observerOrTerritory);
        }
        assertTrue(Countries.isUnMemberState("SS") && Countries.isUnMemberState("ME") && Countries.isUnMemberState("FR"));
        assertTrue(Countries.isIsoAlpha2("PS"));
        assertFalse(Countries.isIsoAlpha2("fr") || Countries.isIsoAlpha2("FRA") || Countries.isIsoAlpha2(null));
    }

    @Test
    void namesNormalizeCaseAccentsPunctuationAndAmpersand() {
        assertEquals("fondation numerique and paix", OrganizationNames.normalize("  Fondation Numérique & Paix. "));
        assertEquals(OrganizationNames.normalize("CENTRE-FOR CYBER, POLICY"), OrganizationNames.normalize("Centre for Cyber Policy"));
        // other scripts are transliterated to Latin ASCII (ICU4J), so one spelling compares with another
        assertEquals("mrkz alamn", OrganizationNames.normalize("مركز  الامن"));
    }
}
