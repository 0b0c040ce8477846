package org.accredit.application;

import java.util.Map;

/**
 * What a change's history line and email say besides the change itself: the reason the applicant
 * may read, the note only staff read, and extra data for the email template. Each may be absent.
 */
public record ChangeDetails(String publicReason, String internalNote, Map<String, Object> emailData) {

    public static final ChangeDetails NONE = new ChangeDetails(null, null, Map.of());

    public ChangeDetails {
        emailData = emailData == null ? Map.of() : Map.copyOf(emailData);
    }

    public static ChangeDetails reason(String publicReason) {
        return NONE.withReason(publicReason);
    }

    public static ChangeDetails note(String internalNote) {
        return NONE.withNote(internalNote);
    }

    public ChangeDetails withReason(String reason) {
        return new ChangeDetails(reason, internalNote, emailData);
    }

    public ChangeDetails withNote(String note) {
        return new ChangeDetails(publicReason, note, emailData);
    }

    public ChangeDetails withEmailData(Map<String, Object> data) {
        return new ChangeDetails(publicReason, internalNote, data);
    }
}
