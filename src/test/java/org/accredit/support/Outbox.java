package org.accredit.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import org.accredit.notification.OutboxDispatcher;
import org.accredit.notification.OutboxEmail;

/**
 * Test helper: run the dispatcher until no email due by {@code now} is left. A failed send ends one run
 * early; its retry (due a millisecond later in {@link RealSmtpProfile}) counts as due too, so a send that
 * timed out on a pooled connection a GreenMail restart left dead is tried again on a fresh one.
 */
public final class Outbox {

    private Outbox() {
    }

    public static void deliverAllDue(OutboxDispatcher dispatcher, Instant now) {
        for (int run = 0; run < 20; run++) {
            dispatcher.dispatchDue();
            Instant wallClock = Instant.now();
            Instant dueBy = now.isAfter(wallClock) ? now : wallClock;
            long due = QuarkusTransaction.requiringNew().call(() -> OutboxEmail.count(
                    "(status = ?1 and nextAttemptAt <= ?2) or status = ?3", OutboxEmail.Status.PENDING, dueBy,
                    OutboxEmail.Status.SENDING));
            if (due == 0) {
                return;
            }
        }
        throw new AssertionError("emails still due after 20 dispatcher runs");
    }
}
