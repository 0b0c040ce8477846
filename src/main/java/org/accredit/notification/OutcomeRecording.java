package org.accredit.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.accredit.common.DatabaseOutage;
import org.jboss.logging.Logger;

/**
 * Records the outcome of a send that already happened, through a database outage: the outcome stays in memory and
 * recording is tried again, with a short backoff, while the database cannot be reached, until it succeeds or the
 * claim's lease is about to run out (then the row will be claimed again and the email sent again, with the same
 * Message-ID). Any other failure is thrown at once.
 */
final class OutcomeRecording {

    private static final Logger LOG = Logger.getLogger(OutcomeRecording.class);

    enum Result { RECORDED, CLAIM_LOST, GAVE_UP }

    /** Waits between attempts (a fake one in tests). */
    interface Sleeper {
        void sleep(Duration pause) throws InterruptedException;
    }

    static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    static final Duration MAX_PAUSE = Duration.ofSeconds(5);
    /** Recording gives up this long before the lease ends, so no other dispatcher has claimed the row meanwhile. */
    static final Duration LEASE_MARGIN = Duration.ofSeconds(10);

    private final Clock clock;
    private final Sleeper sleeper;

    OutcomeRecording(Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * Runs {@code attempt} (true: recorded; false: the claim token no longer matches, someone else holds the row)
     * until it answers, retrying database outages until {@code leaseEnds} minus {@link #LEASE_MARGIN}.
     */
    Result record(UUID emailId, String outcome, Instant leaseEnds, BooleanSupplier attempt) {
        Instant giveUpAt = leaseEnds.minus(LEASE_MARGIN);
        Duration pause = FIRST_PAUSE;
        for (int tries = 1; ; tries++) {
            try {
                return attempt.getAsBoolean() ? Result.RECORDED : Result.CLAIM_LOST;
            } catch (RuntimeException e) {
                if (!DatabaseOutage.isOutage(e)) {
                    throw e;
                }
                if (!clock.instant().plus(pause).isBefore(giveUpAt)) {
                    LOG.errorf("Email %s was %s but the database could not be reached to record it (%d tries); giving up "
                            + "as its claim runs out at %s: it will be claimed and sent again, with the same Message-ID",
                            emailId, outcome, tries, leaseEnds);
                    return Result.GAVE_UP;
                }
                LOG.warnf("Email %s was %s; the database cannot be reached to record it (try %d, next in %s ms; "
                        + "kept in memory until %s): %s", emailId, outcome, tries, pause.toMillis(), giveUpAt, e.getMessage());
                try {
                    sleeper.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    LOG.errorf("Email %s was %s; interrupted while waiting to record it: it will be sent again when its "
                            + "claim runs out at %s", emailId, outcome, leaseEnds);
                    return Result.GAVE_UP;
                }
                pause = OutboxDelivery.backoff(FIRST_PAUSE, MAX_PAUSE, tries);
            }
        }
    }
}
