package org.accredit.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.accredit.common.RowWriter;
import org.accredit.organization.Language;

/**
 * Writes emails to the outbox. Must run inside the transaction of the change the email reports,
 * so the email exists if and only if the change was committed. The row holds the data the
 * templates need; {@link OutboxDelivery} renders it in the recipient's language when it sends it.
 * Rows are written at once with a plain insert ({@link RowWriter}): nothing changes them in the
 * transaction that writes them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Notifications {

    private static final String INSERT = "insert into outbox_email (id, application_id, kind, recipient, language, "
            + "template_data, status, attempts, next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final RowWriter rows;
    private final Clock clock;

    public Notifications(RowWriter rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** Writes an email to the outbox; returns its id. */
    public UUID enqueue(UUID applicationId, String recipient, Language language, EmailKind kind,
            Map<String, Object> data) {
        OutboxEmail row = new OutboxEmail(applicationId, kind, recipient, language, data, clock.instant());
        rows.insert(insert(row));
        return row.id();
    }

    /** The insert of an outbox row, for a caller that writes it together with its own rows. */
    public RowWriter.Insert outboxRow(UUID applicationId, String recipient, Language language, EmailKind kind,
            Map<String, Object> data) {
        return insert(new OutboxEmail(applicationId, kind, recipient, language, data, clock.instant()));
    }

    private static RowWriter.Insert insert(OutboxEmail row) {
        return new RowWriter.Insert(INSERT, r -> r.uuid(row.id()).uuid(row.applicationId()).name(row.kind())
                .text(row.recipient()).name(row.language()).text(row.templateJson()).name(row.status())
                .integer(row.attempts()).instant(row.nextAttemptAt()).instant(row.createdAt()));
    }
}
