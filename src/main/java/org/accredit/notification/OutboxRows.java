package org.accredit.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.accredit.organization.Language;

/**
 * The outbox rows a dispatcher claims and the outcomes it records, in plain SQL on the transaction's connection: a
 * batch of emails is claimed in one statement and its outcomes are written in at most three (sent, failed, returned
 * unsent), each changing only the rows that still hold the batch's claim token. The delivery profile showed
 * Hibernate (an entity per email, loaded, locked and dirty-checked) and one transaction per step at two thirds of the
 * CPU of an email; here a batch of 50 costs two short transactions.
 * <p>
 * What a recorded outcome writes is what {@link OutboxEmail} documents: a SENT row keeps the subject and bodies that
 * were sent, except an email that carries the applicant's tracking secret, which keeps its subject only and loses its
 * template data; a FAILED one (given up) that carries the secret loses its data too.
 */
@ApplicationScoped
class OutboxRows {

    /**
     * The oldest due emails, or ones whose claim ran out, claimed in the same statement: {@code FOR UPDATE SKIP LOCKED}
     * keeps two dispatchers (in this instance or another one on the same database) from claiming the same row.
     */
    static final String CLAIM = "with due as materialized (select id from outbox_email "
            + "where status in ('PENDING', 'SENDING') "
            + "and ((status = 'PENDING' and next_attempt_at <= ?) or (status = 'SENDING' and claimed_until < ?)) "
            + "order by next_attempt_at, created_at limit ? for update skip locked) "
            + "update outbox_email e set status = 'SENDING', claimed_until = ?, claim_token = ? from due where e.id = due.id "
            + "returning e.id, e.kind, e.recipient, e.language, e.subject, e.body_text, e.body_html, e.template_data, "
            + "e.attempts, e.next_attempt_at, e.created_at";

    private static final String SENT = "update outbox_email e set status = 'SENT', sent_at = ?, last_attempt_at = ?, "
            + "attempts = e.attempts + 1, last_error = null, claimed_until = null, claim_token = null, subject = v.subject, "
            + "body_text = case when v.forget then e.body_text else v.body_text end, "
            + "body_html = case when v.forget then e.body_html else v.body_html end, "
            + "template_data = case when v.forget then null else e.template_data end "
            + "from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::boolean[]) as v(id, subject, body_text, body_html, forget) "
            + "where e.id = v.id and e.claim_token = ? and e.status = 'SENDING' returning e.id";

    private static final String FAILED = "update outbox_email e set attempts = e.attempts + 1, last_attempt_at = ?, "
            + "last_error = v.error, status = case when v.retry_at is null then 'FAILED' else 'PENDING' end, "
            + "next_attempt_at = coalesce(v.retry_at::timestamptz, e.next_attempt_at), "
            + "template_data = case when v.retry_at is null and v.forget then null else e.template_data end, "
            + "claimed_until = null, claim_token = null "
            + "from unnest(?::uuid[], ?::text[], ?::text[], ?::boolean[]) as v(id, error, retry_at, forget) "
            + "where e.id = v.id and e.claim_token = ? and e.status = 'SENDING' returning e.id";

    /** Claimed but not tried (the batch stopped): PENDING again as it was, no attempt spent. */
    private static final String UNSENT = "update outbox_email set status = 'PENDING', claimed_until = null, claim_token = null "
            + "where id = any (?::uuid[]) and claim_token = ? and status = 'SENDING' returning id";

    /** A claimed email: what is needed to render and send it, and its attempts so far. */
    record Claimed(UUID id, EmailKind kind, String recipient, Language language, String subject, String bodyText,
            String bodyHtml, String templateData, int attempts) {

        /**
         * What to send: rendered now from the stored data, in the recipient's language, or, for a row written before
         * emails were rendered at delivery (migration V5), the subject and bodies it was written with.
         */
        RenderedEmail render(EmailRenderer renderer) {
            if (templateData == null && bodyText != null) {
                return new RenderedEmail(subject, bodyText, bodyHtml);
            }
            if (templateData == null) {
                throw new IllegalStateException("email " + id + " has no data left to render");
            }
            return renderer.render(kind, language, TemplateData.read(templateData));
        }
    }

    /** An email the SMTP server accepted: what the row keeps of it (one line of subject; no bodies if secret). */
    record Sent(UUID id, String subject, String text, String html, boolean forgetSecret) {

        static Sent of(Claimed email, RenderedEmail sent) {
            boolean secret = email.kind().carriesSecret();
            return new Sent(email.id(), HeaderText.singleLine(sent.subject(), 400), secret ? null : sent.text(),
                    secret ? null : sent.html(), secret);
        }
    }

    /** A failed attempt: retried at {@code retryAt}, or given up (FAILED) when it is null. */
    record Failed(UUID id, String error, Instant retryAt, boolean forgetSecret) {

        static Failed of(Claimed email, String error, Instant retryAt) {
            return new Failed(email.id(), error == null ? null : HeaderText.singleLine(error, 1000), retryAt,
                    email.kind().carriesSecret());
        }
    }

    private final DataSource dataSource;

    OutboxRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Its own transaction: claims at most {@code limit} emails due by {@code dueBy} (or whose claim ran out before
     * {@code now}) under {@code token} until {@code until}; oldest due first.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Claimed> claim(UUID token, Instant until, Instant dueBy, Instant now, int limit) {
        record Row(Claimed email, Instant due, Instant created) {
        }
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(CLAIM)) {
            s.setObject(1, time(dueBy), Types.TIMESTAMP_WITH_TIMEZONE);
            s.setObject(2, time(now), Types.TIMESTAMP_WITH_TIMEZONE);
            s.setInt(3, limit);
            s.setObject(4, time(until), Types.TIMESTAMP_WITH_TIMEZONE);
            s.setObject(5, token, Types.OTHER);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(new Claimed(rs.getObject(1, UUID.class), EmailKind.valueOf(rs.getString(2)),
                            rs.getString(3), Language.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getInt(9)),
                            rs.getObject(10, OffsetDateTime.class).toInstant(), rs.getObject(11, OffsetDateTime.class).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("outbox claim failed", e);
        }
        // RETURNING keeps no order: send in the claim's order, oldest due first
        rows.sort(Comparator.comparing(Row::due).thenComparing(Row::created));
        return rows.stream().map(Row::email).toList();
    }

    /**
     * Its own transaction: records the batch's outcomes, each only if its row still holds {@code token}; returns the ids
     * that were changed (the others lost their claim: another dispatcher holds them now, or they were recorded already).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Set<UUID> record(UUID token, Instant now, List<Sent> sent, List<Failed> failed, List<UUID> unsent) {
        Set<UUID> recorded = new HashSet<>();
        try (Connection c = dataSource.getConnection()) {
            if (!sent.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement(SENT)) {
                    s.setObject(1, time(now), Types.TIMESTAMP_WITH_TIMEZONE);
                    s.setObject(2, time(now), Types.TIMESTAMP_WITH_TIMEZONE);
                    s.setArray(3, c.createArrayOf("uuid", sent.stream().map(Sent::id).toArray()));
                    s.setArray(4, c.createArrayOf("text", sent.stream().map(Sent::subject).toArray()));
                    s.setArray(5, c.createArrayOf("text", sent.stream().map(Sent::text).toArray()));
                    s.setArray(6, c.createArrayOf("text", sent.stream().map(Sent::html).toArray()));
                    s.setArray(7, c.createArrayOf("bool", sent.stream().map(Sent::forgetSecret).toArray()));
                    s.setObject(8, token, Types.OTHER);
                    collect(s, recorded);
                }
            }
            if (!failed.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement(FAILED)) {
                    s.setObject(1, time(now), Types.TIMESTAMP_WITH_TIMEZONE);
                    s.setArray(2, c.createArrayOf("uuid", failed.stream().map(Failed::id).toArray()));
                    s.setArray(3, c.createArrayOf("text", failed.stream().map(Failed::error).toArray()));
                    s.setArray(4, c.createArrayOf("text", failed.stream()
                            .map(f -> f.retryAt() == null ? null : f.retryAt().toString()).toArray()));
                    s.setArray(5, c.createArrayOf("bool", failed.stream().map(Failed::forgetSecret).toArray()));
                    s.setObject(6, token, Types.OTHER);
                    collect(s, recorded);
                }
            }
            if (!unsent.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement(UNSENT)) {
                    s.setArray(1, c.createArrayOf("uuid", unsent.toArray()));
                    s.setObject(2, token, Types.OTHER);
                    collect(s, recorded);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("recording outbox outcomes failed", e);
        }
        return recorded;
    }

    private static void collect(PreparedStatement statement, Set<UUID> ids) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
