package org.accredit.notification;

import org.accredit.common.validation.SingleLine;

/** Keeps applicant input from forging mail headers: no raw CR, LF or other control characters. */
public final class HeaderText {

    private HeaderText() {
    }

    /** Control characters (CR and LF among them) become one space; the result is cut to {@code max} chars. */
    public static String singleLine(String s, int max) {
        if (s == null) {
            return "";
        }
        String line = SingleLine.LINE_BREAKING.matcher(s).replaceAll(" ").trim();
        return line.length() <= max ? line : line.substring(0, max);
    }

    public static String requireSafeAddress(String address) {
        if (address == null || address.isBlank() || SingleLine.LINE_BREAKING.matcher(address).find()) {
            throw new IllegalArgumentException("invalid recipient address");
        }
        return address;
    }
}
