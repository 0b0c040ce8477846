package org.accredit.session;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.accredit.common.RuleViolationException;

/**
 * When a session sits and when organizations may register for it, checked as a whole: the meeting
 * closes after it opens; registration opens before it closes and closes no later than the opening;
 * the earlier para 9 cut-off, if any, falls inside the registration window (after its opening, no
 * later than its closing). Refuses (422) anything else.
 */
public record Schedule(ZoneId timeZone, Instant opensAt, Instant closesAt, Instant registrationOpensAt,
        Instant registrationClosesAt, Instant para9ClosesAt) {

    public Schedule {
        Objects.requireNonNull(timeZone);
        Objects.requireNonNull(opensAt);
        Objects.requireNonNull(closesAt);
        Objects.requireNonNull(registrationOpensAt);
        Objects.requireNonNull(registrationClosesAt);
        if (!closesAt.isAfter(opensAt)) {
            throw RuleViolationException.unprocessable("A session must close after it opens.");
        }
        if (!registrationClosesAt.isAfter(registrationOpensAt)) {
            throw RuleViolationException.unprocessable("The registration window must close after it opens.");
        }
        if (registrationClosesAt.isAfter(opensAt)) {
            throw RuleViolationException.unprocessable("The registration window must close no later than the session opens.");
        }
        if (para9ClosesAt != null && (!para9ClosesAt.isAfter(registrationOpensAt) || para9ClosesAt.isAfter(registrationClosesAt))) {
            throw RuleViolationException.unprocessable(
                    "The para 9 cut-off must fall inside the registration window (after it opens, no later than it closes).");
        }
    }
}
