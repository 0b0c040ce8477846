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
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.accredit.common.RuleViolationException;

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

    /**
     * A new session, its dates checked ({@link Schedule}) and its quotas too ({@link #changeQuotas}).
     * Refuses (422) a schedule or a quota that makes no sense.
     */
    public static Session schedule(String code, String title, SessionKind kind, Venue venue, Schedule schedule,
            Integer inPersonSeats, Integer onlineSeats, Instant now) {
        Session s = new Session();
        s.id = UUID.randomUUID();
        s.code = Objects.requireNonNull(code);
        s.title = Objects.requireNonNull(title);
        s.kind = Objects.requireNonNull(kind);
        s.venue = Objects.requireNonNull(venue);
        s.apply(schedule);
        s.setQuotas(inPersonSeats, onlineSeats);
        s.createdAt = now;
        s.updatedAt = now;
        return s;
    }

    /**
     * Changes the session's title, place and dates. Registrations stay; when the meeting's own dates
     * move, the change is returned so that everyone registered can be told. A session that is over
     * cannot be changed (409).
     */
    public Optional<SessionRescheduled> reschedule(String title, SessionKind kind, Venue venue, Schedule schedule,
            Instant now) {
        requireNotOver(now, "reschedule");
        Instant oldOpens = opensAt;
        Instant oldCloses = closesAt;
        ZoneId oldZone = timeZone();
        this.title = Objects.requireNonNull(title);
        this.kind = Objects.requireNonNull(kind);
        this.venue = Objects.requireNonNull(venue);
        apply(schedule);
        this.updatedAt = now;
        if (oldOpens.equals(opensAt) && oldCloses.equals(closesAt) && oldZone.equals(timeZone())) {
            return Optional.empty();
        }
        return Optional.of(new SessionRescheduled(id, code, title, oldZone.getId(), oldOpens, oldCloses,
                timeZone, opensAt, closesAt));
    }

    /**
     * Sets the seats per organization and mode (null = no limit). Seats already confirmed stay even
     * if a new quota is smaller; the quota applies to what is asked from now on.
     */
    public void changeQuotas(Integer inPersonSeats, Integer onlineSeats, Instant now) {
        requireNotOver(now, "change the quotas of");
        setQuotas(inPersonSeats, onlineSeats);
        this.updatedAt = now;
    }

    /** Whether the session has closed at {@code now}. */
    public boolean isOver(Instant now) {
        return !now.isBefore(closesAt);
    }

    /** Whether an organization on the ordinary path may register at {@code now}. */
    public boolean registrationOpenAt(Instant now) {
        return !now.isBefore(registrationOpensAt) && now.isBefore(registrationClosesAt);
    }

    private void requireNotOver(Instant now, String attempted) {
        if (isOver(now)) {
            throw RuleViolationException.conflict("The session " + code + " is over; the secretariat cannot " + attempted
                    + " it.");
        }
    }

    private void apply(Schedule s) {
        this.timeZone = s.timeZone().getId();
        this.opensAt = s.opensAt();
        this.closesAt = s.closesAt();
        this.registrationOpensAt = s.registrationOpensAt();
        this.registrationClosesAt = s.registrationClosesAt();
        this.para9ClosesAt = s.para9ClosesAt();
    }

    private void setQuotas(Integer inPerson, Integer online) {
        if ((inPerson != null && inPerson < 0) || (online != null && online < 0)) {
            throw RuleViolationException.unprocessable("A quota is a number of seats, 0 or more (or none for no limit).");
        }
        if ((inPerson != null && inPerson > MAX_SEATS) || (online != null && online > MAX_SEATS)) {
            throw RuleViolationException.unprocessable("A quota is at most " + MAX_SEATS + " seats per organization.");
        }
        this.inPersonSeats = inPerson;
        this.onlineSeats = online;
    }

    /** The most seats per organization and mode a quota may give. */
    public static final int MAX_SEATS = 100;

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
