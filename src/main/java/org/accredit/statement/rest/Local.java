package org.accredit.statement.rest;

import java.time.Instant;
import org.accredit.session.Session;

/** An instant as a date-time with offset in the session's own time zone (e.g. 2026-04-01T10:00-04:00). */
final class Local {

    private Local() {
    }

    static String of(Instant instant, Session session) {
        return instant == null ? null : instant.atZone(session.timeZone()).toOffsetDateTime().toString();
    }
}
