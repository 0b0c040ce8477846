package org.accredit.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.accredit.organization.Language;

/**
 * Writes emails to the outbox. Must run inside the transaction of the change the email reports,
 * so the email exists if and only if the change was committed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Notifications {

    private final EmailRenderer renderer;
    private final Clock clock;

    public Notifications(EmailRenderer renderer, Clock clock) {
        this.renderer = renderer;
        this.clock = clock;
    }

    public OutboxEmail enqueue(UUID applicationId, String recipient, Language language, EmailKind kind,
            Map<String, Object> data) {
        RenderedEmail email = renderer.render(kind, language, data);
        OutboxEmail row = new OutboxEmail(applicationId, kind, recipient, language, email, clock.instant());
        row.persist();
        return row;
    }
}
