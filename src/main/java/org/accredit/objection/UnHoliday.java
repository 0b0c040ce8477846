package org.accredit.objection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A UN holiday that does not count as a working day of an objection window. */
@Entity
@Table(name = "un_holiday")
public class UnHoliday extends PanacheEntityBase {

    @Id
    private LocalDate holiday;
    private String name;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;

    protected UnHoliday() {
    }

    public UnHoliday(LocalDate holiday, String name, String createdBy, Instant now) {
        this.holiday = holiday;
        this.name = name;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public LocalDate holiday() { return holiday; }
    public String name() { return name; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
}
