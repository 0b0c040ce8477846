package org.accredit.objection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.accredit.common.IllegalTransitionException;

/** A Member State's request for the general basis of the objections to an application, and the answer. */
@Entity
@Table(name = "objection_disclosure")
public class ObjectionDisclosure extends PanacheEntityBase {

    public enum State { REQUESTED, DISCLOSED }

    @Id
    private UUID id;
    @Column(name = "list_id")
    private UUID listId;
    @Column(name = "application_id")
    private UUID applicationId;
    @Column(name = "state_code")
    private String stateCode;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Column(name = "general_basis")
    private String generalBasis;
    @Column(name = "disclosed_by")
    private String disclosedBy;
    @Column(name = "disclosed_at")
    private Instant disclosedAt;

    protected ObjectionDisclosure() {
    }

    public ObjectionDisclosure(UUID listId, UUID applicationId, String stateCode, String requestedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.listId = listId;
        this.applicationId = applicationId;
        this.stateCode = stateCode;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    public void disclose(String generalBasis, String approver, Instant now) {
        if (disclosedAt != null) {
            throw new IllegalTransitionException(State.DISCLOSED, "disclose the basis");
        }
        this.generalBasis = generalBasis;
        this.disclosedBy = approver;
        this.disclosedAt = now;
    }

    public State state() {
        return disclosedAt == null ? State.REQUESTED : State.DISCLOSED;
    }

    public UUID id() { return id; }
    public UUID listId() { return listId; }
    public UUID applicationId() { return applicationId; }
    public String stateCode() { return stateCode; }
    public String requestedBy() { return requestedBy; }
    public Instant requestedAt() { return requestedAt; }
    public String generalBasis() { return generalBasis; }
    public String disclosedBy() { return disclosedBy; }
    public Instant disclosedAt() { return disclosedAt; }
}
