package org.accredit.notification;

/** A subject with a plain-text and an HTML body, ready for the outbox. */
public record RenderedEmail(String subject, String text, String html) {
}
