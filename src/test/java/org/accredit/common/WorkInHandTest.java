package org.accredit.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Shutdown lets no new scheduled work begin and waits, bounded, for the work in hand. */
class WorkInHandTest {

    private static WorkInHand work() {
        return new WorkInHand(() -> Duration.ofSeconds(15));
    }

    @Test
    void nothingBeginsOnceShutdownStarted() throws Exception {
        WorkInHand work = work();
        assertTrue(work.begin());
        work.end();
        assertTrue(work.close(Duration.ofSeconds(5)), "nothing in hand: returns at once");
        assertFalse(work.begin());
    }

    @Test
    void shutdownWaitsForTheWorkInHand() throws Exception {
        WorkInHand work = work();
        assertTrue(work.begin());
        CountDownLatch closing = new CountDownLatch(1);
        CompletableFuture<Boolean> closed = CompletableFuture.supplyAsync(() -> {
            closing.countDown();
            try {
                return work.close(Duration.ofMinutes(1));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(closing.await(10, TimeUnit.SECONDS));
        while (work.begin()) { // until close() has started: then nothing begins
            work.end();
            Thread.onSpinWait();
        }
        assertFalse(closed.isDone(), "still waiting while the work is in hand");
        assertFalse(work.begin(), "no new work meanwhile");
        work.end();
        assertTrue(closed.get(10, TimeUnit.SECONDS), "all work ended");
    }

    @Test
    void theWaitIsBounded() throws Exception {
        WorkInHand work = work();
        assertTrue(work.begin());
        assertFalse(work.close(Duration.ofMillis(20)), "work still in hand when the wait ends");
    }
}
