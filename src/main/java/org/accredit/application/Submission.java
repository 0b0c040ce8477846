package org.accredit.application;

/** A stored application and its tracking secret, which exists in clear only in this response and its email. */
public record Submission(Application application, String trackingSecret) {
}
