package org.accredit.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * Delivers the outbox on a schedule ({@code accredit.mail.dispatch-every}). Any number of
 * instances may run it against one database: each email is claimed and sent in its own
 * transaction by {@link OutboxDelivery}, so it is delivered once. A failed send is retried with
 * exponential backoff, and ends the run: while the SMTP server is down, one email per run (not the
 * whole backlog) spends an attempt.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private final OutboxDelivery delivery;
    private final Clock clock;

    public OutboxDispatcher(OutboxDelivery delivery, Clock clock) {
        this.delivery = delivery;
        this.clock = clock;
    }

    @Scheduled(every = "${accredit.mail.dispatch-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        dispatchDue();
    }

    /**
     * Sends the emails due now, one by one, until none is left or a send fails; returns how many
     * were delivered. Emails rescheduled during the run fall after its start, so a run always ends.
     */
    public int dispatchDue() {
        Instant dueBy = clock.instant();
        int delivered = 0;
        while (true) {
            switch (delivery.deliverNext(dueBy)) {
                case SENT -> delivered++;
                case FAILED, NONE_DUE -> {
                    return delivered;
                }
            }
        }
    }
}
