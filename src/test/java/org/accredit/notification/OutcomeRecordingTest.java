package org.accredit.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The outcome of a send is kept and recorded again through a database outage, until the claim is about to run out. */
class OutcomeRecordingTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    /** A clock that moves only when the fake sleeper sleeps. */
    static final class FakeTime extends Clock implements OutcomeRecording.Sleeper {
        Instant now = START;
        final List<Duration> pauses = new ArrayList<>();

        @Override
        public void sleep(Duration pause) {
            pauses.add(pause);
            now = now.plus(pause);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private static RuntimeException outage() {
        return new RuntimeException("could not commit", new SQLTransientConnectionException("Connection refused", "08001"));
    }

    @Test
    void anOutcomeIsRecordedOnceTheDatabaseIsBack() {
        FakeTime time = new FakeTime();
        int[] calls = {0};
        OutcomeRecording.Result result = new OutcomeRecording(time, time).record("Email " + UUID.randomUUID(), "sent",
                START.plus(Duration.ofMinutes(2)), () -> {
                    if (++calls[0] <= 3) {
                        throw outage();
                    }
                    return true;
                });
        assertEquals(OutcomeRecording.Result.RECORDED, result);
        assertEquals(4, calls[0]);
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2)), time.pauses,
                "a short backoff, doubling");
    }

    @Test
    void recordingGivesUpBeforeTheClaimRunsOut() {
        FakeTime time = new FakeTime();
        Instant leaseEnds = START.plus(Duration.ofMinutes(2));
        int[] calls = {0};
        OutcomeRecording.Result result = new OutcomeRecording(time, time).record("Email " + UUID.randomUUID(), "sent", leaseEnds,
                () -> {
                    calls[0]++;
                    throw outage();
                });
        assertEquals(OutcomeRecording.Result.GAVE_UP, result);
        assertTrue(time.now.isBefore(leaseEnds.minus(OutcomeRecording.LEASE_MARGIN)), "stopped before the margin: " + time.now);
        assertTrue(calls[0] > 10, "kept trying meanwhile: " + calls[0]);
        assertTrue(time.pauses.stream().allMatch(p -> p.compareTo(OutcomeRecording.MAX_PAUSE) <= 0), String.valueOf(time.pauses));
    }

    @Test
    void aLostClaimIsReportedAndNotRetried() {
        FakeTime time = new FakeTime();
        int[] calls = {0};
        assertEquals(OutcomeRecording.Result.CLAIM_LOST, new OutcomeRecording(time, time).record("Email " + UUID.randomUUID(), "sent",
                START.plus(Duration.ofMinutes(2)), () -> {
                    calls[0]++;
                    return false;
                }));
        assertEquals(1, calls[0]);
    }

    @Test
    void aFailureThatIsNotAnOutageIsThrownAtOnce() {
        FakeTime time = new FakeTime();
        assertThrows(IllegalStateException.class, () -> new OutcomeRecording(time, time).record("Email " + UUID.randomUUID(), "sent",
                START.plus(Duration.ofMinutes(2)), () -> {
                    throw new IllegalStateException("a bug");
                }));
        assertTrue(time.pauses.isEmpty());
    }
}
