package org.accredit.application;

import org.accredit.security.Actor;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One line of an application's append-only history (a trigger refuses updates and deletes). */
@Entity
@Immutable
@Table(name = "application_event")
public class HistoryLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "application_id")
    private UUID applicationId;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String type;
    private String actor;
    @Column(name = "actor_role")
    private String actorRole;
    @Column(name = "from_status")
    private String fromStatus;
    @Column(name = "to_status")
    private String toStatus;
    @Column(name = "from_path")
    private String fromPath;
    @Column(name = "to_path")
    private String toPath;
    @Column(name = "public_reason")
    private String publicReason;
    @Column(name = "internal_note")
    private String internalNote;
    @Column(name = "applicant_visible")
    private boolean applicantVisible;

    protected HistoryLine() {
    }

    public HistoryLine(UUID applicationId, Instant occurredAt, EventType type, Actor actor, String fromStatus,
            String toStatus, String fromPath, String toPath, String publicReason, String internalNote,
            boolean applicantVisible) {
        this.applicationId = applicationId;
        this.occurredAt = occurredAt;
        this.type = type.name();
        this.actor = actor.name();
        this.actorRole = actor.role();
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.fromPath = fromPath;
        this.toPath = toPath;
        this.publicReason = publicReason;
        this.internalNote = internalNote;
        this.applicantVisible = applicantVisible;
    }

    public Long id() { return id; }
    public UUID applicationId() { return applicationId; }
    public Instant occurredAt() { return occurredAt; }
    public String type() { return type; }
    public String actor() { return actor; }
    public String actorRole() { return actorRole; }
    public String fromStatus() { return fromStatus; }
    public String toStatus() { return toStatus; }
    public String fromPath() { return fromPath; }
    public String toPath() { return toPath; }
    public String publicReason() { return publicReason; }
    public String internalNote() { return internalNote; }
    public boolean applicantVisible() { return applicantVisible; }
}
