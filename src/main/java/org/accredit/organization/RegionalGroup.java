package org.accredit.organization;

import java.util.HashMap;
import java.util.Map;

/**
 * The five UN regional groups, used for the participation figures and for a balanced order of
 * speakers. Every one of the 193 Member States is in exactly one group here; the special cases:
 * <ul>
 * <li>the United States of America is an observer in the Western European and Others Group, and is
 * counted there (as it is for electoral purposes);</li>
 * <li>Türkiye takes part in both the Western European and Others and the Asia-Pacific groups, and is
 * counted in the Western European and Others Group (electoral purposes);</li>
 * <li>Israel is counted in the Western European and Others Group (a full member there since 2004);</li>
 * <li>Kiribati is counted in the Asia-Pacific Group (its member since 2010); Cyprus too.</li>
 * </ul>
 * Anything else (an observer State such as the Holy See or the State of Palestine, a territory, an
 * unknown code) is {@link #OTHER}.
 */
public enum RegionalGroup {
    AFRICAN("African States"),
    ASIA_PACIFIC("Asia-Pacific States"),
    EASTERN_EUROPEAN("Eastern European States"),
    LATIN_AMERICAN_AND_CARIBBEAN("Latin American and Caribbean States"),
    WESTERN_EUROPEAN_AND_OTHERS("Western European and other States"),
    /** Not a Member State (observer States, territories). */
    OTHER("Other");

    private static final Map<String, RegionalGroup> BY_COUNTRY = new HashMap<>();

    static {
        put(AFRICAN, "DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML "
                + "MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW");
        put(ASIA_PACIFIC, "AF BH BD BT BN KH CN CY KP FJ IN ID IR IQ JP JO KZ KI KW KG LA LB MY MV MH FM MN MM NR NP OM "
                + "PK PW PG PH QA KR WS SA SG SB LK SY TJ TH TL TO TM TV AE UZ VU VN YE");
        put(EASTERN_EUROPEAN, "AL AM AZ BY BA BG HR CZ EE GE HU LV LT ME MK MD PL RO RU RS SK SI UA");
        put(LATIN_AMERICAN_AND_CARIBBEAN, "AG AR BS BB BZ BO BR CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE "
                + "KN LC VC SR TT UY VE");
        put(WESTERN_EUROPEAN_AND_OTHERS, "AD AU AT BE CA DK FI FR DE GR IS IE IL IT LI LU MT MC NL NZ NO PT SM ES SE CH "
                + "TR GB US");
    }

    private final String label;

    RegionalGroup(String label) {
        this.label = label;
    }

    private static void put(RegionalGroup group, String codes) {
        for (String code : codes.split(" ")) {
            if (BY_COUNTRY.put(code, group) != null) {
                throw new IllegalStateException(code + " is in two regional groups");
            }
        }
    }

    /** The group of a country (ISO 3166-1 alpha-2); {@link #OTHER} for a non-member or unknown code. */
    public static RegionalGroup of(String country) {
        return country == null ? OTHER : BY_COUNTRY.getOrDefault(country, OTHER);
    }

    /** The group's English name, as the UN writes it. */
    public String label() {
        return label;
    }
}
