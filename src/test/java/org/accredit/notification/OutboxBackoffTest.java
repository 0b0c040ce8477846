package org.accredit.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The wait before the next attempt doubles after each failure, up to the cap. */
class OutboxBackoffTest {

    private static final Duration INITIAL = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofHours(1);

    @Test
    void doublesAfterEachFailureUpToTheCap() {
        assertEquals(Duration.ofSeconds(30), OutboxDelivery.backoff(INITIAL, MAX, 0));
        assertEquals(Duration.ofSeconds(60), OutboxDelivery.backoff(INITIAL, MAX, 1));
        assertEquals(Duration.ofSeconds(120), OutboxDelivery.backoff(INITIAL, MAX, 2));
        assertEquals(Duration.ofMinutes(32), OutboxDelivery.backoff(INITIAL, MAX, 6));
        assertEquals(MAX, OutboxDelivery.backoff(INITIAL, MAX, 7));
        assertEquals(MAX, OutboxDelivery.backoff(INITIAL, MAX, 1_000));
    }
}
