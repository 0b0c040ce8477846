package org.accredit.common.validation;

/**
 * What any text the service takes in may hold. Every JSON string, query parameter and text header
 * is checked with {@link #refusal(String, boolean)}: multi-line text may hold line breaks (CR, LF)
 * and tabs, nothing else of the C0/C1 control ranges, no lone surrogate and no Unicode
 * non-character. Single-line fields ({@link SingleLine}) refuse line breaks and tabs too.
 */
public final class Text {

    private Text() {
    }

    /** Why {@code s} is refused, or null when it is acceptable. */
    public static String refusal(String s, boolean multiLine) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                if (!multiLine) {
                    return "must be a single line without control characters";
                }
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                return "must not contain control characters (U+" + String.format("%04X", (int) c) + ")";
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return "must be valid Unicode text (lone surrogate)";
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return "must be valid Unicode text (lone surrogate)";
            } else if (c == '\uFFFE' || c == '\uFFFF') {
                return "must be valid Unicode text (non-character)";
            }
        }
        return null;
    }
}
