package org.accredit.registration;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The official letter on the organization's letterhead, signed by its head, for one session: PDF
 * bytes checked by parsing (document.PdfDocuments), kept in PostgreSQL, never written to disk.
 */
@Entity
@Table(name = "registration_letter")
public class RegistrationLetter extends PanacheEntityBase {

    @Id
    private UUID id;
    @Column(name = "session_id")
    private UUID sessionId;
    @Column(name = "application_id")
    private UUID applicationId;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    private byte[] sha256;
    @Column(name = "size_bytes")
    private int sizeBytes;
    private int pages;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected RegistrationLetter() {
    }

    public RegistrationLetter(UUID sessionId, UUID applicationId, byte[] content, byte[] sha256, int pages, Instant now) {
        this.id = UUID.randomUUID();
        this.sessionId = sessionId;
        this.applicationId = applicationId;
        this.content = content;
        this.sha256 = sha256;
        this.sizeBytes = content.length;
        this.pages = pages;
        this.uploadedAt = now;
    }

    public UUID id() { return id; }
    public UUID sessionId() { return sessionId; }
    public UUID applicationId() { return applicationId; }
    public byte[] content() { return content; }
    public byte[] sha256() { return sha256; }
    public int sizeBytes() { return sizeBytes; }
    public int pages() { return pages; }
    public Instant uploadedAt() { return uploadedAt; }
}
