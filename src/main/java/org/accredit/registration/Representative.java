package org.accredit.registration;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A person an accredited organization registers for one session, and the one place where the
 * registration's workflow ({@link RepresentativeStatus}) is enforced. Personal data: never public.
 */
@Entity
@Table(name = "representative")
public class Representative extends PanacheEntityBase {

    @Id
    private UUID id;
    @Column(name = "session_id")
    private UUID sessionId;
    @Column(name = "application_id")
    private UUID applicationId;
    @Column(name = "letter_id")
    private UUID letterId;
    private String name;
    private String title;
    private String employer;
    private String email;
    @Column(name = "email_normalized")
    private String emailNormalized;
    @Enumerated(EnumType.STRING)
    private AttendanceMode mode;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    private String nationality;
    @Enumerated(EnumType.STRING)
    private RepresentativeStatus status;
    private boolean late;
    @Column(name = "replaces_id")
    private UUID replacesId;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Representative() {
    }

    public UUID id() { return id; }
    public UUID sessionId() { return sessionId; }
    public UUID applicationId() { return applicationId; }
    public UUID letterId() { return letterId; }
    public String name() { return name; }
    public String title() { return title; }
    public String employer() { return employer; }
    public String email() { return email; }
    public String emailNormalized() { return emailNormalized; }
    public AttendanceMode mode() { return mode; }
    public Gender gender() { return gender; }
    /** ISO 3166-1 alpha-2, optional. */
    public String nationality() { return nationality; }
    public RepresentativeStatus status() { return status; }
    /** Registered after the cut-off (a late request), whatever its status now. */
    public boolean late() { return late; }
    public UUID replacesId() { return replacesId; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionReason() { return decisionReason; }
    public Instant registeredAt() { return registeredAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
