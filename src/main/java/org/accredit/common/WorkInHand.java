package org.accredit.common;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.config.ConfigMapping;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Scheduled work that must not be cut in half by a shutdown (the outbox dispatcher's email in hand, the objection
 * sweep's list in hand): each unit of work {@link #begin() begins} and {@link #end() ends} here. When shutdown starts
 * (the shutdown delay on SIGTERM, else the shutdown itself) nothing new begins, and the shutdown waits, at most
 * {@code accredit.shutdown.work-timeout}, for the work in hand to end.
 */
@Singleton
public class WorkInHand {

    private static final Logger LOG = Logger.getLogger(WorkInHand.class);

    /** How long a shutdown waits for the scheduled work in hand. */
    @ConfigMapping(prefix = "accredit.shutdown")
    public interface Config {
        /** Keep it below quarkus.shutdown.timeout and the pod's grace period. */
        Duration workTimeout();
    }

    private final Duration timeout;
    private boolean closing;
    private int inHand;

    public WorkInHand(Config config) {
        this.timeout = config.workTimeout();
    }

    /** Starts one unit of work; false once shutdown has started (then begin nothing). */
    public synchronized boolean begin() {
        if (closing) {
            return false;
        }
        inHand++;
        return true;
    }

    /** Whether shutdown has started: work in hand made of several steps (an outbox batch) starts no further step. */
    public synchronized boolean closing() {
        return closing;
    }

    /** Ends a unit of work that {@link #begin()} started. */
    public synchronized void end() {
        inHand--;
        notifyAll();
    }

    /** Lets nothing new begin and waits up to {@code max} for the work in hand; whether all of it ended. */
    public synchronized boolean close(Duration max) throws InterruptedException {
        closing = true;
        long deadline = System.nanoTime() + max.toNanos();
        while (inHand > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    void onShutdownDelay(@Observes ShutdownDelayInitiatedEvent event) {
        synchronized (this) {
            closing = true;
        }
        LOG.info("Shutdown: scheduled work begins nothing new");
    }

    /** Early among the shutdown observers: before the scheduler, the mailer and the datasource go. */
    void onShutdown(@Observes @Priority(1) ShutdownEvent event) {
        int waitingFor;
        synchronized (this) {
            waitingFor = inHand;
        }
        if (waitingFor > 0) {
            LOG.infof("Shutdown: waiting up to %s for %d scheduled task(s) in hand", timeout, waitingFor);
        }
        try {
            if (!close(timeout)) {
                LOG.warnf("Shutdown: scheduled work still in hand after %s; it is cut off (an outbox email being sent "
                        + "is claimed again when its lease runs out)", timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
