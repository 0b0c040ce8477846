package org.accredit.objection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.accredit.common.IllegalTransitionException;

/** A Member State's objection to an application on a circulated list. Confidential to the secretariat. */
@Entity
@Table(name = "objection")
public class Objection extends PanacheEntityBase {

    public enum State { STANDING, WITHDRAWN }

    @Id
    private UUID id;
    @Column(name = "list_id")
    private UUID listId;
    @Column(name = "application_id")
    private UUID applicationId;
    @Column(name = "state_code")
    private String stateCode;
    private String basis;
    @Column(name = "lodged_by")
    private String lodgedBy;
    @Column(name = "lodged_at")
    private Instant lodgedAt;
    @Column(name = "withdrawn_by")
    private String withdrawnBy;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected Objection() {
    }

    public Objection(UUID listId, UUID applicationId, String stateCode, String basis, String lodgedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.listId = listId;
        this.applicationId = applicationId;
        this.stateCode = stateCode;
        this.basis = basis;
        this.lodgedBy = lodgedBy;
        this.lodgedAt = now;
    }

    public void withdraw(String by, Instant now) {
        if (withdrawnAt != null) {
            throw new IllegalTransitionException(State.WITHDRAWN, "withdraw the objection");
        }
        this.withdrawnBy = by;
        this.withdrawnAt = now;
    }

    public State state() {
        return withdrawnAt == null ? State.STANDING : State.WITHDRAWN;
    }

    public UUID id() { return id; }
    public UUID listId() { return listId; }
    public UUID applicationId() { return applicationId; }
    public String stateCode() { return stateCode; }
    public String basis() { return basis; }
    public String lodgedBy() { return lodgedBy; }
    public Instant lodgedAt() { return lodgedAt; }
    public String withdrawnBy() { return withdrawnBy; }
    public Instant withdrawnAt() { return withdrawnAt; }
}
