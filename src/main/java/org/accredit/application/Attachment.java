package org.accredit.application;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.accredit.common.RowWriter;

/**
 * A document a para 9 applicant attached to its application (its statutes or registration
 * certificate): PDF bytes checked by parsing, kept in PostgreSQL. Written with the submission's rows
 * (RowWriter) and never changed; this entity serves the reads.
 */
@Entity
@Table(name = "application_attachment")
public class Attachment {

    @Id
    private UUID id;
    @Column(name = "application_id")
    private UUID applicationId;
    @Enumerated(EnumType.STRING)
    private AttachmentKind kind;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    private byte[] sha256;
    @Column(name = "size_bytes")
    private int sizeBytes;
    private int pages;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected Attachment() {
    }

    Attachment(UUID applicationId, AttachmentKind kind, byte[] content, byte[] sha256, int pages, Instant now) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.kind = kind;
        this.content = content;
        this.sha256 = sha256;
        this.sizeBytes = content.length;
        this.pages = pages;
        this.uploadedAt = now;
    }

    /** Its row, for the submission's round trip. */
    RowWriter.Insert row() {
        return new RowWriter.Insert("insert into application_attachment (id, application_id, kind, content, sha256, "
                + "size_bytes, pages, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                (RowWriter.Row r) -> bind(r));
    }

    private void bind(RowWriter.Row r) throws SQLException {
        r.uuid(id).uuid(applicationId).name(kind).bytes(content).bytes(sha256).integer(sizeBytes).integer(pages)
                .instant(uploadedAt);
    }

    public UUID id() { return id; }
    public UUID applicationId() { return applicationId; }
    public AttachmentKind kind() { return kind; }
    public byte[] content() { return content; }
    public byte[] sha256() { return sha256; }
    public int sizeBytes() { return sizeBytes; }
    public int pages() { return pages; }
    public Instant uploadedAt() { return uploadedAt; }
}
