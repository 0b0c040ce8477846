package org.accredit.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.accredit.organization.Language;
import org.hibernate.StatelessSession;

/**
 * Writes emails to the outbox. Must run inside the transaction of the change the email reports,
 * so the email exists if and only if the change was committed. The row holds the data the
 * templates need; {@link OutboxDelivery} renders it in the recipient's language when it sends it.
 * Rows are written with a stateless insert: nothing changes them in the transaction that writes them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Notifications {

    private final StatelessSession inserts;
    private final Clock clock;

    public Notifications(StatelessSession inserts, Clock clock) {
        this.inserts = inserts;
        this.clock = clock;
    }

    public OutboxEmail enqueue(UUID applicationId, String recipient, Language language, EmailKind kind,
            Map<String, Object> data) {
        OutboxEmail row = new OutboxEmail(applicationId, kind, recipient, language, data, clock.instant());
        inserts.insert(row);
        return row;
    }
}
