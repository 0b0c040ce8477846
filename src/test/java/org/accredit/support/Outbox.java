package org.accredit.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import org.accredit.notification.OutboxDispatcher;
import org.accredit.notification.OutboxEmail;

/** Test helper: run the dispatcher until no due email is left (a failed send ends one run early). */
public final class Outbox {

    private Outbox() {
    }

    public static void deliverAllDue(OutboxDispatcher dispatcher, Instant now) {
        for (int run = 0; run < 20; run++) {
            dispatcher.dispatchDue();
            long due = QuarkusTransaction.requiringNew().call(() -> OutboxEmail.count(
                    "status = ?1 and nextAttemptAt <= ?2", OutboxEmail.Status.PENDING, now));
            if (due == 0) {
                return;
            }
        }
        throw new AssertionError("emails still due after 20 dispatcher runs");
    }
}
