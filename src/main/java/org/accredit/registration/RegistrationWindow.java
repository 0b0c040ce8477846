package org.accredit.registration;

import java.time.Instant;
import org.accredit.application.AccreditedOrganization;
import org.accredit.application.ParticipationPath;
import org.accredit.common.RuleViolationException;
import org.accredit.session.Session;

/**
 * When an organization may register representatives for a session: from the registration opening
 * (inclusive) to its cut-off (exclusive) — the earlier para 9 cut-off for para 9 organizations when
 * the session has one — as a request; from the cut-off until the session opens, as a late request
 * that only staff may accept; before the opening and once the session has opened, not at all.
 * Withdrawals and replacements are possible until the session opens.
 */
public record RegistrationWindow(Instant registrationOpensAt, Instant cutOff, Instant sessionOpensAt) {

    /** What a registration made at a moment is. */
    public enum Timing {
        /** Before the window: refused. */
        NOT_YET_OPEN,
        /** Inside the window: a request. */
        IN_WINDOW,
        /** After the cut-off, before the session opens: a late request. */
        LATE,
        /** The session has opened: refused. */
        SESSION_OPENED
    }

    /** The window of {@code session} for {@code org}: a para 9 organization's closes at the session's earlier cut-off, if set. */
    public static RegistrationWindow of(Session session, AccreditedOrganization org) {
        boolean para9 = org.path() == ParticipationPath.PARA_9;
        Instant cutOff = para9 && session.para9ClosesAt() != null ? session.para9ClosesAt() : session.registrationClosesAt();
        return new RegistrationWindow(session.registrationOpensAt(), cutOff, session.opensAt());
    }

    public Timing at(Instant now) {
        if (!now.isBefore(sessionOpensAt)) {
            return Timing.SESSION_OPENED;
        }
        if (now.isBefore(registrationOpensAt)) {
            return Timing.NOT_YET_OPEN;
        }
        return now.isBefore(cutOff) ? Timing.IN_WINDOW : Timing.LATE;
    }

    /** A registration's timing at {@code now}, refusing (409) one before the window or after the opening. */
    public Timing requireRegistrable(Instant now) {
        Timing t = at(now);
        if (t == Timing.NOT_YET_OPEN) {
            throw RuleViolationException.conflict("Registration for this session opens at " + registrationOpensAt + ".");
        }
        requireNotOpened(t);
        return t;
    }

    /** Refuses (409) a change once the session has opened. */
    public void requireChangeable(Instant now) {
        requireNotOpened(at(now));
    }

    private static void requireNotOpened(Timing t) {
        if (t == Timing.SESSION_OPENED) {
            throw RuleViolationException.conflict("The session has opened: its registrations can no longer change.");
        }
    }
}
