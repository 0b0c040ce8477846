package org.accredit.objection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** An application on a non-objection list (an application is on at most one list). */
@Entity
@Table(name = "non_objection_list_entry")
@IdClass(ListEntry.Key.class)
public class ListEntry extends PanacheEntityBase {

    @Id
    @Column(name = "list_id")
    private UUID listId;
    @Id
    @Column(name = "application_id")
    private UUID applicationId;
    @Column(name = "added_at")
    private Instant addedAt;
    @Column(name = "added_by")
    private String addedBy;

    protected ListEntry() {
    }

    public ListEntry(UUID listId, UUID applicationId, String addedBy, Instant now) {
        this.listId = listId;
        this.applicationId = applicationId;
        this.addedBy = addedBy;
        this.addedAt = now;
    }

    /** The ids of the applications on a list. */
    static List<UUID> applicationIds(UUID listId) {
        return getEntityManager().createQuery("select e.applicationId from ListEntry e where e.listId = :list", UUID.class)
                .setParameter("list", listId).getResultList();
    }

    public UUID listId() { return listId; }
    public UUID applicationId() { return applicationId; }
    public Instant addedAt() { return addedAt; }
    public String addedBy() { return addedBy; }

    public static class Key implements Serializable {
        private UUID listId;
        private UUID applicationId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(listId, k.listId) && Objects.equals(applicationId, k.applicationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(listId, applicationId);
        }
    }
}
