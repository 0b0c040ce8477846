package org.accredit.statement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.accredit.common.IllegalTransitionException;
import org.accredit.organization.Language;

/**
 * A written statement of an accredited organization (its approved application) for one session: its
 * text (as sent, or extracted from its PDF), the word count of that text, and the PDF if it came as
 * one (kept in PostgreSQL, loaded only when asked for). Each step of {@link StatementStatus} is a
 * method named for it; a step the status does not allow is refused with 409.
 */
@Entity
@Table(name = "written_statement")
public class Statement extends PanacheEntityBase {

    /** Longest title, in characters (the column's size). */
    public static final int MAX_TITLE = 300;

    @Id
    private UUID id;
    @Column(name = "session_id")
    private UUID sessionId;
    @Column(name = "application_id")
    private UUID applicationId;
    @Enumerated(EnumType.STRING)
    private Language language;
    private String title;
    @Basic(fetch = FetchType.LAZY)
    private String text;
    @Column(name = "word_count")
    private int wordCount;
    @Basic(fetch = FetchType.LAZY)
    private byte[] document;
    @Column(name = "document_sha256")
    private byte[] documentSha256;
    @Column(name = "document_bytes")
    private Integer documentBytes;
    @Column(name = "document_pages")
    private Integer documentPages;
    @Enumerated(EnumType.STRING)
    private StatementStatus status;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decline_reason")
    private String declineReason;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Statement() {
    }

    /** A statement sent as text. */
    public static Statement ofText(UUID sessionId, UUID applicationId, Language language, String title, String text,
            int wordCount, Instant now) {
        return new Statement(sessionId, applicationId, language, title, text, wordCount, now);
    }

    /** A statement sent as a PDF: its text is the text extracted from it. */
    public static Statement ofDocument(UUID sessionId, UUID applicationId, Language language, String title, String text,
            int wordCount, byte[] pdf, byte[] sha256, int pages, Instant now) {
        Statement s = new Statement(sessionId, applicationId, language, title, text, wordCount, now);
        s.document = Objects.requireNonNull(pdf);
        s.documentSha256 = Objects.requireNonNull(sha256);
        s.documentBytes = pdf.length;
        s.documentPages = pages;
        return s;
    }

    private Statement(UUID sessionId, UUID applicationId, Language language, String title, String text, int wordCount,
            Instant now) {
        this.id = UUID.randomUUID();
        this.sessionId = Objects.requireNonNull(sessionId);
        this.applicationId = Objects.requireNonNull(applicationId);
        this.language = Objects.requireNonNull(language);
        this.title = Objects.requireNonNull(title);
        this.text = Objects.requireNonNull(text);
        this.wordCount = wordCount;
        this.status = StatementStatus.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    /** The secretariat publishes it: it appears on the session's public page. */
    public void publish(String staff, Instant now) {
        moveTo(StatementStatus.PUBLISHED, "publish the statement", now);
        this.decidedBy = staff;
        this.decidedAt = now;
    }

    /** The secretariat declines it, with a reason the organization reads. */
    public void decline(String staff, String reason, Instant now) {
        moveTo(StatementStatus.DECLINED, "decline the statement", now);
        this.decidedBy = staff;
        this.decidedAt = now;
        this.declineReason = Objects.requireNonNull(reason);
    }

    /** The organization withdraws it before the secretariat decided. */
    public void withdraw(Instant now) {
        moveTo(StatementStatus.WITHDRAWN, "withdraw the statement", now);
        this.withdrawnAt = now;
    }

    private void moveTo(StatementStatus target, String attempted, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException(status, attempted);
        }
        this.status = target;
        this.updatedAt = now;
    }

    public boolean isPublished() {
        return status == StatementStatus.PUBLISHED;
    }

    public boolean hasDocument() {
        return documentBytes != null;
    }

    public UUID id() { return id; }
    public UUID sessionId() { return sessionId; }
    public UUID applicationId() { return applicationId; }
    public Language language() { return language; }
    public String title() { return title; }
    public String text() { return text; }
    public int wordCount() { return wordCount; }
    public byte[] document() { return document; }
    public byte[] documentSha256() { return documentSha256; }
    public Integer documentBytes() { return documentBytes; }
    public Integer documentPages() { return documentPages; }
    public StatementStatus status() { return status; }
    public Instant submittedAt() { return submittedAt; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    /** When it was published (its decision time), or null. */
    public Instant publishedAt() { return isPublished() ? decidedAt : null; }
    public String declineReason() { return declineReason; }
    public Instant withdrawnAt() { return withdrawnAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
