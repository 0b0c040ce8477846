package org.accredit.objection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The sweep-lag gauges count a list as overdue one sweep interval after its deadline, read as the scheduler reads it. */
class ObjectionMetricsIntervalTest {

    @Test
    void theIntervalIsReadLikeTheSchedulersEvery() {
        assertEquals(Duration.ofSeconds(60), ObjectionMetrics.interval("60s"));
        assertEquals(Duration.ofMinutes(5), ObjectionMetrics.interval("5m"));
        assertEquals(Duration.ofMinutes(1), ObjectionMetrics.interval("PT1M"));
        assertEquals(Duration.ofSeconds(2), ObjectionMetrics.interval("2s"));
    }

    @Test
    void offOrNothingMeansOneMinute() {
        assertEquals(Duration.ofMinutes(1), ObjectionMetrics.interval("off"));
        assertEquals(Duration.ofMinutes(1), ObjectionMetrics.interval(""));
        assertEquals(Duration.ofMinutes(1), ObjectionMetrics.interval(null));
    }
}
