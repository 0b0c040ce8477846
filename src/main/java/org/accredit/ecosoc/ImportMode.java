package org.accredit.ecosoc;

import java.util.Locale;

/** How an import treats roster entries that the file does not list. */
public enum ImportMode {
    /** The file is the whole list: entries absent from it are retired (WITHDRAWN). */
    FULL,
    /** The file lists some NGOs only: entries absent from it are left as they are. */
    PARTIAL;

    /** "full" or "partial", any case (the query parameter is validated before). */
    public static ImportMode of(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
