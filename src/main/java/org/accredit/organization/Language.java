package org.accredit.organization;

import java.util.Locale;

/** The six official UN languages, in which applicants are written to. */
public enum Language {
    ar, zh, en, fr, ru, es;

    public Locale locale() {
        return Locale.forLanguageTag(name());
    }

    public boolean rightToLeft() {
        return this == ar;
    }
}
