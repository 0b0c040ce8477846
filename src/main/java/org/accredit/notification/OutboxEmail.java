package org.accredit.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.accredit.organization.Language;

/**
 * An email waiting to be delivered (or delivered), written in the transaction of the change it
 * reports. It holds the data its templates are rendered from at delivery; once sent, it keeps the
 * subject and bodies that were sent, except the bodies and data of an email that carries a secret, and an email
 * that carries a secret keeps no data once given up (FAILED) either: the secret would otherwise stay in the table
 * for good (the applicant was shown it when applying; only its hash is kept elsewhere). The dispatcher records
 * these outcomes for a whole batch in SQL ({@link OutboxRows}).
 */
@Entity
@Table(name = "outbox_email")
public class OutboxEmail extends PanacheEntityBase {

    /**
     * PENDING: waiting (first attempt or a retry at nextAttemptAt); SENDING: claimed by a dispatcher that is sending it
     * (until claimedUntil; after that, claimable again); SENT; FAILED: given up, needs an operator.
     */
    public enum Status { PENDING, SENDING, SENT, FAILED }

    @Id
    private UUID id;
    @Column(name = "application_id")
    private UUID applicationId;
    @Enumerated(EnumType.STRING)
    private EmailKind kind;
    private String recipient;
    @Enumerated(EnumType.STRING)
    private Language language;
    private String subject;
    @Column(name = "body_text")
    private String bodyText;
    @Column(name = "body_html")
    private String bodyHtml;
    @Column(name = "template_data")
    private String templateData;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;
    @Column(name = "resent_as")
    private UUID resentAs;
    @Column(name = "claimed_until")
    private Instant claimedUntil;
    @Column(name = "claim_token")
    private UUID claimToken;

    protected OutboxEmail() {
    }

    public OutboxEmail(UUID applicationId, EmailKind kind, String recipient, Language language, Map<String, Object> data,
            Instant now) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.kind = kind;
        this.recipient = HeaderText.requireSafeAddress(recipient);
        this.language = language;
        this.templateData = TemplateData.write(data);
        this.status = Status.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /**
     * A new email that sends again what {@code failed} could not: same kind, recipient, language and content,
     * PENDING, no attempt yet, due {@code now}. The caller links the failed row to it ({@link #resentAs(UUID)}).
     */
    static OutboxEmail resendOf(OutboxEmail failed, Instant now) {
        OutboxEmail e = new OutboxEmail();
        e.id = UUID.randomUUID();
        e.applicationId = failed.applicationId;
        e.kind = failed.kind;
        e.recipient = failed.recipient;
        e.language = failed.language;
        e.templateData = failed.templateData;
        if (failed.templateData == null) {
            // a row written before emails were rendered at delivery (V5) holds what it was written with
            e.subject = failed.subject;
            e.bodyText = failed.bodyText;
            e.bodyHtml = failed.bodyHtml;
        }
        e.status = Status.PENDING;
        e.attempts = 0;
        e.nextAttemptAt = now;
        e.createdAt = now;
        return e;
    }

    /** Whether there is something left to send again (an email that carries a secret keeps none once FAILED). */
    boolean hasContent() {
        return templateData != null || bodyText != null;
    }

    /** Links this FAILED email to the email that was sent in its place. */
    void resentAs(UUID newEmail) {
        this.resentAs = newEmail;
    }

    /** The data the templates are rendered from (records and lists read back as maps and lists). */
    public Map<String, Object> templateData() {
        if (templateData == null) {
            throw new IllegalStateException("email " + id + " has no data left to render");
        }
        return TemplateData.read(templateData);
    }

    public UUID id() { return id; }
    public UUID applicationId() { return applicationId; }
    public EmailKind kind() { return kind; }
    public String recipient() { return recipient; }
    public Language language() { return language; }
    public String subject() { return subject; }
    public String bodyText() { return bodyText; }
    public String bodyHtml() { return bodyHtml; }
    String templateJson() { return templateData; }
    public Status status() { return status; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public String lastError() { return lastError; }
    public Instant createdAt() { return createdAt; }
    public Instant sentAt() { return sentAt; }
    public Instant lastAttemptAt() { return lastAttemptAt; }
    public UUID resentAs() { return resentAs; }
    public Instant claimedUntil() { return claimedUntil; }
    UUID claimToken() { return claimToken; }
}
