package org.accredit.organization;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalizes organization names so that the same organization written two ways matches: case,
 * accents, punctuation, "&" versus "and" and runs of spaces do not count.
 */
public final class OrganizationNames {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private OrganizationNames() {
    }

    public static String normalize(String name) {
        if (name == null) {
            return null;
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD);
        folded = COMBINING_MARKS.matcher(folded).replaceAll("");
        folded = folded.toLowerCase(Locale.ROOT).replace("&", " and ");
        return NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll(" ").trim();
    }
}
