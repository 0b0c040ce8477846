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
import java.util.Locale;
import java.util.UUID;
import org.accredit.common.IllegalTransitionException;
import org.accredit.common.RuleViolationException;

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

    private Representative(UUID sessionId, UUID applicationId, RepresentativeRequest person, RepresentativeStatus status,
            Instant now) {
        this.id = UUID.randomUUID();
        this.sessionId = sessionId;
        this.applicationId = applicationId;
        this.letterId = person.letterId();
        this.name = person.name().strip();
        this.title = person.title().strip();
        this.employer = person.employer().strip();
        this.email = person.email().strip();
        this.emailNormalized = normalizeEmail(person.email());
        this.mode = person.mode();
        this.gender = person.gender();
        this.nationality = person.nationality() == null ? null : person.nationality().toUpperCase(Locale.ROOT);
        this.status = status;
        this.late = status == RepresentativeStatus.LATE_REQUEST;
        this.registeredAt = now;
        this.updatedAt = now;
    }

    /** A person registered inside the session's window: waits for the secretariat. */
    public static Representative register(UUID sessionId, UUID applicationId, RepresentativeRequest person, Instant now) {
        return new Representative(sessionId, applicationId, person, RepresentativeStatus.REQUESTED, now);
    }

    /** A person registered after the cut-off (before the session opens): only staff may accept it, with a reason. */
    public static Representative registerLate(UUID sessionId, UUID applicationId, RepresentativeRequest person, Instant now) {
        return new Representative(sessionId, applicationId, person, RepresentativeStatus.LATE_REQUEST, now);
    }

    /** The email as it identifies one person in a session: trimmed, lower case. */
    public static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** The secretariat confirms the registration; a late request only with a reason (422 without). */
    public void confirm(String staff, String reason, Instant now) {
        requireAllowed(RepresentativeStatus.CONFIRMED, "confirm the registration");
        if (status == RepresentativeStatus.LATE_REQUEST && (reason == null || reason.isBlank())) {
            throw RuleViolationException.unprocessable("A late request is accepted only with a reason.");
        }
        decide(RepresentativeStatus.CONFIRMED, staff, reason, now);
    }

    /** The secretariat refuses the registration, with a reason (422 without). */
    public void refuse(String staff, String reason, Instant now) {
        requireAllowed(RepresentativeStatus.REFUSED, "refuse the registration");
        if (reason == null || reason.isBlank()) {
            throw RuleViolationException.unprocessable("A refusal needs a reason.");
        }
        decide(RepresentativeStatus.REFUSED, staff, reason, now);
    }

    /** The organization withdraws the person (the session has not opened: the caller checks). */
    public void withdraw(Instant now) {
        requireAllowed(RepresentativeStatus.WITHDRAWN, "withdraw the representative");
        status = RepresentativeStatus.WITHDRAWN;
        updatedAt = now;
    }

    /**
     * The organization replaces the person by {@code successor}, a new registration of the same
     * organization for the same session: this one gives up its seat and the successor names it.
     */
    public void replaceBy(Representative successor, Instant now) {
        requireAllowed(RepresentativeStatus.REPLACED, "replace the representative");
        if (!successor.sessionId.equals(sessionId) || !successor.applicationId.equals(applicationId)
                || successor.status == null || !successor.status.holdsSeat() || successor.replacesId != null) {
            throw new IllegalArgumentException("a successor is a new registration of the same organization and session");
        }
        status = RepresentativeStatus.REPLACED;
        updatedAt = now;
        successor.replacesId = id;
    }

    /** Whether this registration belongs to the organization of {@code applicationId} and to {@code sessionId}. */
    public boolean belongsTo(UUID sessionId, UUID applicationId) {
        return this.sessionId.equals(sessionId) && this.applicationId.equals(applicationId);
    }

    private void requireAllowed(RepresentativeStatus target, String attempted) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException(status, attempted);
        }
    }

    private void decide(RepresentativeStatus target, String staff, String reason, Instant now) {
        status = target;
        decidedBy = staff;
        decidedAt = now;
        decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
        updatedAt = now;
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
