package org.accredit.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.accredit.common.DatabaseOutage;
import org.jboss.logging.Logger;

/**
 * Records the outcomes of sends that already happened (a batch's, in one transaction), through a database outage: the outcome stays in memory and
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
     * Runs {@code attempt} (true: recorded; false: the claim token no longer matches for some row, someone else holds
     * it) until it answers, retrying database outages until {@code leaseEnds} minus {@link #LEASE_MARGIN}.
     * {@code emails} names what was sent, for the log ("Email ID", "12 emails of claim TOKEN").
     */
    Result record(String emails, String outcome, Instant leaseEnds, BooleanSupplier attempt) {
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
                    LOG.errorf("%s: %s but the database could not be reached to record it (%d tries); giving up "
                            + "as the claim runs out at %s: what was sent will be claimed and sent again, with the same "
                            + "Message-ID", emails, outcome, tries, leaseEnds);
                    return Result.GAVE_UP;
                }
                LOG.warnf("%s: %s; the database cannot be reached to record it (try %d, next in %s ms; "
                        + "kept in memory until %s): %s", emails, outcome, tries, pause.toMillis(), giveUpAt, e.getMessage());
                try {
                    sleeper.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    LOG.errorf("%s: %s; interrupted while waiting to record it: what was sent will be sent again when "
                            + "the claim runs out at %s", emails, outcome, leaseEnds);
                    return Result.GAVE_UP;
                }
                pause = OutboxDelivery.backoff(FIRST_PAUSE, MAX_PAUSE, tries);
            }
        }
    }
}
