package org.accredit.notification;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.accredit.common.validation.SingleLine;

/** Keeps applicant input from forging mail headers: no raw CR, LF or other control characters. */
public final class HeaderText {

    private HeaderText() {
    }

    /** Raw UTF-8 bytes in one encoded word: 45 bytes are 60 base64 characters, 72 with "=?UTF-8?B?" and "?=". */
    private static final int WORD_BYTES = 45;

    /**
     * Control characters (CR and LF among them) become one space; the result is cut to {@code max}
     * characters, never inside a surrogate pair (an emoji is kept whole or left out).
     */
    public static String singleLine(String s, int max) {
        if (s == null) {
            return "";
        }
        String line = SingleLine.LINE_BREAKING.matcher(s).replaceAll(" ").trim();
        if (line.length() <= max) {
            return line;
        }
        int end = Character.isHighSurrogate(line.charAt(max - 1)) ? max - 1 : max;
        return line.substring(0, end);
    }

    /**
     * A header value as RFC 2047 encoded words ({@code =?UTF-8?B?...?=}, folded onto continuation
     * lines), so any Unicode text, emoji and other characters outside the Basic Multilingual Plane
     * included, survives 7-bit SMTP. Each word holds whole characters: a decoder never sees half a
     * character. Plain printable ASCII is returned as it is.
     */
    public static String encodedWords(String value) {
        String text = singleLine(value, Integer.MAX_VALUE);
        if (isPlainAscii(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        StringBuilder word = new StringBuilder();
        int wordBytes = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int bytes = ch.getBytes(StandardCharsets.UTF_8).length;
            if (wordBytes + bytes > WORD_BYTES) {
                appendWord(out, word);
                word.setLength(0);
                wordBytes = 0;
            }
            word.append(ch);
            wordBytes += bytes;
            i += Character.charCount(cp);
        }
        appendWord(out, word);
        return out.toString();
    }

    private static void appendWord(StringBuilder out, StringBuilder word) {
        if (word.length() == 0) {
            return;
        }
        if (out.length() > 0) {
            out.append("\n ");
        }
        out.append("=?UTF-8?B?")
                .append(Base64.getEncoder().encodeToString(word.toString().getBytes(StandardCharsets.UTF_8)))
                .append("?=");
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return !s.contains("=?");
    }

    public static String requireSafeAddress(String address) {
        if (address == null || address.isBlank() || SingleLine.LINE_BREAKING.matcher(address).find()) {
            throw new IllegalArgumentException("invalid recipient address");
        }
        return address;
    }
}
