package org.accredit.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.accredit.common.DatabaseOutage;
import org.accredit.common.WorkInHand;

/**
 * Delivers the outbox on a schedule ({@code accredit.mail.dispatch-every}). Any number of
 * instances may run it against one database: emails are claimed, sent and recorded in batches by
 * {@link OutboxDelivery}, so each is delivered once. A failed send is retried with exponential backoff,
 * and a temporary failure ends the run: while the SMTP server is down, one email per run (the first of its
 * batch, sent alone) spends an attempt, not the whole backlog. Once shutdown starts no batch is claimed and
 * the batch in hand starts no further send; the shutdown waits for the sends under way to end and the batch
 * to be recorded ({@link WorkInHand}).
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
     * Sends the emails due now, batch by batch, until none is left, a send fails for a reason other than the
     * email's own permanent refusal, outcomes cannot be recorded, or shutdown starts; returns how many were
     * delivered. Emails rescheduled during the run fall after its start, so a run always ends.
     */
    public int dispatchDue() {
        Instant dueBy = clock.instant();
        int delivered = 0;
        while (work.begin()) {
            OutboxDelivery.Batch batch;
            try {
                batch = delivery.deliverBatch(dueBy, work::closing);
            } finally {
                work.end();
            }
            delivered += batch.sent();
            if (batch.claimed() == 0 || batch.stop()) {
                return delivered;
            }
        }
        return delivered;
    }
}
