package org.accredit.objection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A State declares it has no (further) objection to the list. It may still object until the window closes. */
@Entity
@Table(name = "no_objection_declaration")
@IdClass(NoObjectionDeclaration.Key.class)
public class NoObjectionDeclaration extends PanacheEntityBase {

    @Id
    @Column(name = "list_id")
    private UUID listId;
    @Id
    @Column(name = "state_code")
    private String stateCode;
    @Column(name = "declared_by")
    private String declaredBy;
    @Column(name = "declared_at")
    private Instant declaredAt;

    protected NoObjectionDeclaration() {
    }

    public NoObjectionDeclaration(UUID listId, String stateCode, String declaredBy, Instant now) {
        this.listId = listId;
        this.stateCode = stateCode;
        this.declaredBy = declaredBy;
        this.declaredAt = now;
    }

    public UUID listId() { return listId; }
    public String stateCode() { return stateCode; }
    public String declaredBy() { return declaredBy; }
    public Instant declaredAt() { return declaredAt; }

    public static class Key implements Serializable {
        private UUID listId;
        private String stateCode;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(listId, k.listId) && Objects.equals(stateCode, k.stateCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(listId, stateCode);
        }
    }
}
