package org.accredit.organization;

import java.util.Locale;

/** The language of a page: {@code ?lang=} if it names a UN language, else the best of {@code Accept-Language}, else English. */
public final class PageLanguage {

    private PageLanguage() {
    }

    public static Language pick(String lang, String acceptLanguage) {
        Language chosen = parse(lang);
        if (chosen != null) {
            return chosen;
        }
        if (acceptLanguage != null && acceptLanguage.length() <= 500) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    if (range.getWeight() <= 0) {
                        continue;
                    }
                    String tag = range.getRange();
                    Language l = parse(tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag);
                    if (l != null) {
                        return l;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // a malformed header is ignored: English
            }
        }
        return Language.en;
    }

    private static Language parse(String code) {
        if (code == null) {
            return null;
        }
        for (Language l : Language.values()) {
            if (l.name().equalsIgnoreCase(code.strip())) {
                return l;
            }
        }
        return null;
    }
}
