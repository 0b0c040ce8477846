package org.accredit.session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A meeting of the Committee, and the registration window and seat quotas of the organizations
 * that take part in it. Moments are instants; {@link #timeZone()} is the zone it is shown in.
 */
@Entity
@Table(name = "session")
public class Session extends PanacheEntityBase {

    @Id
    private UUID id;
    private String code;
    private String title;
    @Enumerated(EnumType.STRING)
    private SessionKind kind;
    @Enumerated(EnumType.STRING)
    private Venue venue;
    @Column(name = "time_zone")
    private String timeZone;
    @Column(name = "opens_at")
    private Instant opensAt;
    @Column(name = "closes_at")
    private Instant closesAt;
    @Column(name = "registration_opens_at")
    private Instant registrationOpensAt;
    @Column(name = "registration_closes_at")
    private Instant registrationClosesAt;
    @Column(name = "para9_closes_at")
    private Instant para9ClosesAt;
    @Column(name = "in_person_seats")
    private Integer inPersonSeats;
    @Column(name = "online_seats")
    private Integer onlineSeats;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Session() {
    }

    public UUID id() { return id; }
    public String code() { return code; }
    public String title() { return title; }
    public SessionKind kind() { return kind; }
    public Venue venue() { return venue; }
    public ZoneId timeZone() { return ZoneId.of(timeZone); }
    public Instant opensAt() { return opensAt; }
    public Instant closesAt() { return closesAt; }
    public Instant registrationOpensAt() { return registrationOpensAt; }
    public Instant registrationClosesAt() { return registrationClosesAt; }
    /** The earlier cut-off for para 9 organizations, if the session has one. */
    public Instant para9ClosesAt() { return para9ClosesAt; }
    /** Seats in the room per organization; null = no limit. */
    public Integer inPersonSeats() { return inPersonSeats; }
    /** Online seats per organization; null = no limit. */
    public Integer onlineSeats() { return onlineSeats; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }

    /** Whether the session has opened at {@code now} (registrations can no longer change). */
    public boolean hasOpened(Instant now) {
        return !now.isBefore(opensAt);
    }
}
