package org.accredit.organization;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalizes organization names so that the same organization written two ways compares equal, and
 * takes out the acronym as a separate signal. With ICU4J:
 * <ol>
 * <li>every parenthesized or bracketed part is left out of the name ("Internet Society (ISOC)" is
 * "internet society"); one that looks like an acronym (one word, at most 15 characters, two capitals
 * or more) is the name's acronym;</li>
 * <li>transliteration to Latin ASCII: Russian by the BGN/PCGN system (the one applicants type:
 * "Всероссийское" is "vserossiyskoye"), every other script by ICU's {@code Any-Latin}, then
 * {@code Latin-ASCII} (é is e, ł is l, ø is o, ß is ss, æ is ae, œ is oe, em dashes and typographic
 * quotes become ASCII), then Unicode case folding;</li>
 * <li>"&amp;" is "and"; dots and apostrophes are dropped ("e.V." is "ev", "a.s.b.l." is "asbl",
 * "Women's" is "womens"); every other run of punctuation or space is one space; single letters in a
 * row are joined ("e. V." is "ev");</li>
 * <li>legal-form words at the end ("e.V.", "gGmbH", "GmbH", "Inc.", "Ltd", "asbl", "SA", "AG",
 * "A.C.", "sp. z o.o."...) and a few Russian ones at the start ("АНО", "ООО", "НКО") are left out.
 * "NGO", "Foundation", "Stiftung", "Fundación" and the like are kept: they are part of what tells
 * "X" from "X Foundation".</li>
 * </ol>
 * The normalized name is the roster's natural key (with the country) and the application's duplicate
 * key; see the README for how matching uses it.
 */
public final class OrganizationNames {

    /** Transliterators are not shared between threads; building one takes a few milliseconds. */
    private static final ThreadLocal<Transliterator> TO_LATIN_ASCII = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("NFKC; Russian-Latin/BGN; Any-Latin; Latin-ASCII"));

    private static final Pattern PARENTHESIZED = Pattern.compile("\\(([^()]*)\\)|\\[([^\\[\\]]*)\\]");
    private static final Pattern DROPPED = Pattern.compile("[.'`\\u00b4\\u02b9\\u02ba\\u02bb\\u02bc\\u2018\\u2019]");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final int MAX_ACRONYM = 15;
    /**
     * The version of this normalization. Raise it whenever {@link #normalize} or {@link #acronymInName}
     * changes what it returns, so {@link NormalizedNamesRefresh} recomputes the stored forms once.
     */
    public static final int VERSION = 1;
    /** The roster's acronym column holds this many characters (transliteration lengthens: Щ is "shch"). */
    public static final int MAX_FOLDED_ACRONYM = 50;

    /** Legal forms left out at the end of a name, as token sequences once normalized. */
    private static final List<List<String>> TRAILING_LEGAL_FORMS = tokens(
            // German, Austrian, Swiss
            "ev", "eingetragener verein", "ggmbh", "gmbh", "gemeinnutzige gmbh", "mbh", "ag", "gag",
            // English
            "inc", "incorporated", "ltd", "limited", "llc", "llp", "plc", "cic", "corp",
            // French, Belgian, Dutch
            "asbl", "aisbl", "vzw", "ivzw", "sarl", "sas", "sa",
            // Spanish, Latin American, Italian
            "ac", "asociacion civil", "srl", "spa", "onlus", "ets", "odv",
            // Nordic, Polish
            "as", "asa", "aps", "ab", "sp z oo", "spolka z oo");
    /** Russian legal forms left out at the start, as transliterated (АНО, ООО, НКО). */
    private static final Set<String> LEADING_LEGAL_FORMS = Set.of("ano", "ooo", "nko");

    private OrganizationNames() {
    }

    /** The name to compare; null for null, empty when the name holds no letter or digit. */
    public static String normalize(String name) {
        if (name == null) {
            return null;
        }
        List<String> words = words(PARENTHESIZED.matcher(name).replaceAll(" "));
        if (words.isEmpty()) {
            // a name that is only a parenthesized part is still that name
            words = words(name);
        }
        return String.join(" ", withoutLegalForms(words));
    }

    /**
     * The acronym written in parentheses in the name ("Internet Society (ISOC)" gives "isoc"), folded
     * like a name without spaces; null when there is none.
     */
    public static String acronymInName(String name) {
        if (name == null) {
            return null;
        }
        Matcher m = PARENTHESIZED.matcher(name);
        while (m.find()) {
            String inside = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            if (looksLikeAcronym(inside)) {
                String folded = normalizeAcronym(inside);
                return folded == null || folded.length() > MAX_FOLDED_ACRONYM ? null : folded;
            }
        }
        return null;
    }

    /** An acronym as given ("I.S.O.C.", "isoc"), folded: letters and digits only; null when none is left. */
    public static String normalizeAcronym(String acronym) {
        if (acronym == null) {
            return null;
        }
        String folded = String.join("", words(acronym));
        return folded.isEmpty() ? null : folded;
    }

    private static boolean looksLikeAcronym(String s) {
        if (s.isEmpty() || s.length() > MAX_ACRONYM || s.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        return s.codePoints().filter(Character::isUpperCase).count() >= 2;
    }

    private static List<String> words(String text) {
        String folded = latinFolded(text).replace("&", " and ");
        folded = DROPPED.matcher(folded).replaceAll("");
        List<String> words = new ArrayList<>();
        StringBuilder letters = new StringBuilder();
        for (String w : SEPARATORS.split(folded)) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.length() == 1 && Character.isLetter(w.charAt(0))) {
                letters.append(w);
                continue;
            }
            flushLetters(letters, words);
            words.add(w);
        }
        flushLetters(letters, words);
        return words;
    }

    /**
     * {@code text} in Latin ASCII, case-folded. Plain ASCII text (most names) skips ICU: NFKC, the
     * transliterators and case folding leave every ASCII character as it is, except that folding turns
     * A-Z into a-z, so the result is {@link #icuLatinFolded}'s (OrganizationNamesTest proves it on every
     * ASCII character and on sample names). The ICU transliteration was most of a submission's CPU.
     */
    static String latinFolded(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) >= 0x80) {
                return icuLatinFolded(text);
            }
        }
        return text.toLowerCase(Locale.ROOT);
    }

    /** {@code text} transliterated to Latin ASCII by ICU, then case-folded. */
    static String icuLatinFolded(String text) {
        return UCharacter.foldCase(TO_LATIN_ASCII.get().transliterate(text), true).toLowerCase(Locale.ROOT);
    }

    /** Single letters in a row ("e v", "a s b l") are one word ("ev", "asbl"). */
    private static void flushLetters(StringBuilder letters, List<String> words) {
        if (letters.length() > 0) {
            words.add(letters.toString());
            letters.setLength(0);
        }
    }

    private static List<String> withoutLegalForms(List<String> words) {
        List<String> w = new ArrayList<>(words);
        boolean removed = true;
        while (removed) {
            removed = false;
            for (List<String> form : TRAILING_LEGAL_FORMS) {
                int n = form.size();
                if (w.size() > n && w.subList(w.size() - n, w.size()).equals(form)) {
                    w.subList(w.size() - n, w.size()).clear();
                    removed = true;
                    break;
                }
            }
        }
        while (w.size() > 1 && LEADING_LEGAL_FORMS.contains(w.get(0))) {
            w.remove(0);
        }
        return w;
    }

    private static List<List<String>> tokens(String... forms) {
        return Arrays.stream(forms).map(f -> List.of(f.split(" "))).toList();
    }
}
