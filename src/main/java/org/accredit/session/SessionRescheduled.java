package org.accredit.session;

import java.time.Instant;
import java.util.UUID;

/**
 * A session's own dates (or its time zone) changed. Fired synchronously, inside the transaction
 * that changed them, so whatever observes it (registration: emails to everyone registered) commits
 * or rolls back with the change. {@code session} knows nothing of its observers.
 */
public record SessionRescheduled(UUID sessionId, String code, String title, String oldTimeZone, Instant oldOpensAt,
        Instant oldClosesAt, String timeZone, Instant opensAt, Instant closesAt) {
}
