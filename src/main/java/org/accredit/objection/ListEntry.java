package org.accredit.objection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An application on a non-objection list (an application is on at most one list). */
@Entity
@Table(name = "non_objection_list_entry")
@IdClass(ListApplicationKey.class)
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
    /** The application's normalized name, the list's order: set and kept in step by the database (V31). */
    @Column(name = "org_name_normalized", insertable = false, updatable = false)
    private String orgNameNormalized;

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
}
