package org.accredit.statement;

import org.accredit.common.validation.Text;

/**
 * Text extracted from a PDF, made fit to keep and show: characters the API refuses in any text
 * (control characters other than line breaks and tabs, lone surrogates, non-characters, NUL which
 * PostgreSQL cannot store) become spaces, and surrounding blank space is stripped.
 */
final class ExtractedText {

    private ExtractedText() {
    }

    static String clean(String extracted) {
        if (extracted == null) {
            return "";
        }
        if (Text.refusal(extracted, true) == null) {
            return extracted.strip();
        }
        StringBuilder out = new StringBuilder(extracted.length());
        for (int i = 0; i < extracted.length(); i++) {
            char c = extracted.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < extracted.length() && Character.isLowSurrogate(extracted.charAt(i + 1))) {
                out.append(c).append(extracted.charAt(++i));
            } else if (Text.refusal(String.valueOf(c), true) == null) {
                out.append(c);
            } else {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }
}
