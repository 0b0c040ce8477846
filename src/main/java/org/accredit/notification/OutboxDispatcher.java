package org.accredit.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.accredit.common.DatabaseOutage;
import org.accredit.common.WorkInHand;

/**
 * Delivers the outbox on a schedule ({@code accredit.mail.dispatch-every}). Any number of
 * instances may run it against one database: each email is claimed, sent and recorded by
 * {@link OutboxDelivery}, so it is delivered once. A failed send is retried with
 * exponential backoff, and ends the run: while the SMTP server is down, one email per run (not the
 * whole backlog) spends an attempt. Once shutdown starts no email is claimed, and the shutdown waits for the
 * one in hand to be sent and recorded ({@link WorkInHand}).
 */
@ApplicationScoped
public class OutboxDispatcher {

    private final OutboxDelivery delivery;
    private final WorkInHand work;
    private final Clock clock;

    public OutboxDispatcher(OutboxDelivery delivery, WorkInHand work, Clock clock) {
        this.delivery = delivery;
        this.work = work;
        this.clock = clock;
    }

    @Scheduled(every = "${accredit.mail.dispatch-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        DatabaseOutage.scheduledTurn("Outbox dispatcher", this::dispatchDue);
    }

    /**
     * Sends the emails due now, one by one, until none is left, a send fails, its outcome cannot be recorded, or
     * shutdown starts; returns how many were delivered. Emails rescheduled during the run fall after its start, so
     * a run always ends.
     */
    public int dispatchDue() {
        Instant dueBy = clock.instant();
        int delivered = 0;
        while (work.begin()) {
            OutboxDelivery.Outcome outcome;
            try {
                outcome = delivery.deliverNext(dueBy);
            } finally {
                work.end();
            }
            if (outcome != OutboxDelivery.Outcome.SENT) {
                return delivered;
            }
            delivered++;
        }
        return delivered;
    }
}
