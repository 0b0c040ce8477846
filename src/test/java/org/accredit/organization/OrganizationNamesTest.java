package org.accredit.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The name normalization (ICU4J): what folds together and what stays apart. */
class OrganizationNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Helsińska Fundacja Praw Człowieka | helsinska fundacja praw czlowieka",
            "Kirkens Nødhjelp | kirkens nodhjelp",
            "Dansk Flygtningehjælp | dansk flygtningehjaelp",
            "L'Œuvre d'Orient | loeuvre dorient",
            "WEISSER RING e.V. | weisser ring",
            "Weißer Ring eV | weisser ring",
            "Weißer Ring e. V. | weisser ring",
            "Kindernothilfe gGmbH | kindernothilfe",
            "Internet Society, Inc. | internet society",
            "Internet Society Inc | internet society",
            "Internet Society (ISOC) | internet society",
            "Fondation Danielle Mitterrand — France Libertés | fondation danielle mitterrand france libertes",
            "Fondation Danielle Mitterrand - France Libertes | fondation danielle mitterrand france libertes",
            "Médecins du Monde a.s.b.l. | medecins du monde",
            "Médecins du Monde ASBL | medecins du monde",
            "“Creative Diplomacy” Centre | creative diplomacy centre",
            "Всероссийское общество инвалидов | vserossiyskoye obshchestvo invalidov",
            "АНО «Центр» | tsentr",
            "Fundación Mexicana para la Planeación Familiar, A.C. | fundacion mexicana para la planeacion familiar",
            "Norsk Folkehjelp AS | norsk folkehjelp",
            "Polska Akcja Humanitarna sp. z o.o. | polska akcja humanitarna",
            "Women's Federation for World Peace | womens federation for world peace",
            "Search & Rescue | search and rescue",
            "(ISOC) | isoc",
    })
    void folds(String name, String expected) {
        assertEquals(expected, OrganizationNames.normalize(name));
    }

    @Test
    void keepsWhatTellsOrganizationsApart() {
        assertNotEquals(OrganizationNames.normalize("Open Society"), OrganizationNames.normalize("Open Society Foundation"));
        assertNotEquals(OrganizationNames.normalize("Cyber Watch"), OrganizationNames.normalize("Cyber Watch NGO"));
        // a legal form alone is a name
        assertEquals("ag", OrganizationNames.normalize("AG"));
    }

    @Test
    void takesTheAcronymApart() {
        assertEquals("isoc", OrganizationNames.acronymInName("Internet Society (ISOC)"));
        assertEquals("cels", OrganizationNames.acronymInName("Centro de Estudios Legales y Sociales (CELS) Asociación Civil"));
        assertEquals("mkhg", OrganizationNames.acronymInName("Московская Хельсинкская группа (МХГ)"));
        assertNull(OrganizationNames.acronymInName("Friends World Committee for Consultation (Quakers)"));
        assertNull(OrganizationNames.acronymInName("Internet Society"));
        assertEquals("isoc", OrganizationNames.normalizeAcronym("I.S.O.C."));
        assertNull(OrganizationNames.normalizeAcronym(" - "));
    }

    /**
     * Plain ASCII names skip ICU (a fast path, for speed): the result must be exactly ICU's, for every
     * ASCII character alone, between letters and doubled, and for random ASCII names.
     */
    @Test
    void theAsciiFastPathGivesExactlyWhatIcuGives() {
        List<String> samples = new ArrayList<>(List.of("Bench Org 1732945-1-17", "WEISSER RING e.V.", "Search & Rescue",
                "Internet Society (ISOC)", "Women's Federation for World Peace", "Polska Akcja Humanitarna sp. z o.o.",
                "  A.C.  ", "", "ÉCOLE", "Straße"));
        for (char c = 0; c < 0x80; c++) {
            samples.add(String.valueOf(c));
            samples.add("a" + c + "b");
            samples.add("" + c + c + "Z" + c);
        }
        Random random = new Random(8);
        for (int i = 0; i < 5000; i++) {
            char[] name = new char[1 + random.nextInt(40)];
            for (int j = 0; j < name.length; j++) {
                name[j] = (char) random.nextInt(0x80);
            }
            samples.add(new String(name));
        }
        for (String sample : samples) {
            assertEquals(OrganizationNames.icuLatinFolded(sample), OrganizationNames.latinFolded(sample),
                    () -> "for " + sample.chars().mapToObj(Integer::toHexString).toList());
        }
    }
}
