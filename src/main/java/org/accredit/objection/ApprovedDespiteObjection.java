package org.accredit.objection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An objected application that a proposed Committee decision approves anyway, with the reason. It
 * stays as the record once a second approver confirmed the decision.
 */
@Entity
@Table(name = "approved_despite_objection")
@IdClass(ListApplicationKey.class)
public class ApprovedDespiteObjection extends PanacheEntityBase {

    @Id
    @Column(name = "list_id")
    private UUID listId;
    @Id
    @Column(name = "application_id")
    private UUID applicationId;
    private String reason;

    protected ApprovedDespiteObjection() {
    }

    public ApprovedDespiteObjection(UUID listId, UUID applicationId, String reason) {
        this.listId = Objects.requireNonNull(listId);
        this.applicationId = Objects.requireNonNull(applicationId);
        this.reason = Objects.requireNonNull(reason);
    }

    static List<ApprovedDespiteObjection> ofList(UUID listId) {
        return list("listId = ?1 order by applicationId", listId);
    }

    public UUID listId() { return listId; }
    public UUID applicationId() { return applicationId; }
    public String reason() { return reason; }
}
