package org.accredit.common;

import java.util.List;

/**
 * One field of a page form, everything the template needs to draw it accessibly: its label, an
 * optional hint and error (each tied to the control by {@code aria-describedby}), the value entered.
 * {@code name} is the field name of the API (e.g. {@code organization.name}), so a field error of the
 * service lands next to the control of the same name.
 */
public record FormField(String name, String label, String hint, String kind, String value, String error,
        boolean required, String autocomplete, List<Option> options) {

    public record Option(String value, String label, boolean selected) {
    }

    /** An HTML id from the field name (dots are awkward in CSS selectors). */
    public String id() {
        return "f-" + name.replace('.', '-');
    }

    public String describedBy() {
        String ids = (hint == null ? "" : id() + "-hint") + (error == null ? "" : (hint == null ? "" : " ") + id() + "-error");
        return ids.isEmpty() ? null : ids;
    }

    public boolean select() {
        return "select".equals(kind);
    }

    public boolean file() {
        return "file".equals(kind);
    }

    public boolean textarea() {
        return "textarea".equals(kind);
    }
}
