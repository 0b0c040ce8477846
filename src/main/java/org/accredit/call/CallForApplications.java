package org.accredit.call;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.accredit.common.RuleViolationException;

/** An intake for para 9 applications: open from {@code opensAt} (inclusive) to {@code closesAt} (exclusive). */
@Entity
@Table(name = "call_for_applications")
public class CallForApplications extends PanacheEntityBase {

    @Id
    private UUID id;
    private String title;
    @Column(name = "opens_at")
    private Instant opensAt;
    @Column(name = "closes_at")
    private Instant closesAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private long version;

    protected CallForApplications() {
    }

    public CallForApplications(String title, Instant opensAt, Instant closesAt, String createdBy, Instant now) {
        if (!closesAt.isAfter(opensAt)) {
            throw RuleViolationException.unprocessable("A call must close after it opens.");
        }
        this.id = UUID.randomUUID();
        this.title = title;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public boolean isOpenAt(Instant instant) {
        return !instant.isBefore(opensAt) && instant.isBefore(closesAt);
    }

    public void reschedule(String title, Instant opensAt, Instant closesAt) {
        if (!closesAt.isAfter(opensAt)) {
            throw RuleViolationException.unprocessable("A call must close after it opens.");
        }
        this.title = title;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    public UUID id() { return id; }
    public String title() { return title; }
    public Instant opensAt() { return opensAt; }
    public Instant closesAt() { return closesAt; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
}
