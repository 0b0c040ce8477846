package org.accredit.ecosoc;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.accredit.organization.OrganizationNames;

/** An NGO on the ECOSOC consultative-status roster, keyed by normalized name and country. */
@Entity
@Table(name = "ecosoc_entry")
public class EcosocEntry extends PanacheEntityBase {

    @Id
    private UUID id;
    private String name;
    @Column(name = "name_normalized")
    private String nameNormalized;
    private String country;
    /** The acronym in parentheses in the name, folded (see OrganizationNames.acronymInName); or null. */
    private String acronym;
    @Enumerated(EnumType.STRING)
    private EcosocCategory category;
    @Column(name = "year_granted")
    private Integer yearGranted;
    @Enumerated(EnumType.STRING)
    private EcosocStatus status;
    @Column(name = "last_import_id")
    private UUID lastImportId;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected EcosocEntry() {
    }

    public EcosocEntry(String name, String country, EcosocCategory category, Integer yearGranted, EcosocStatus status,
            UUID importId, Instant now) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.nameNormalized = OrganizationNames.normalize(name);
        this.acronym = OrganizationNames.acronymInName(name);
        this.country = country;
        this.category = category;
        this.yearGranted = yearGranted;
        this.status = status;
        this.lastImportId = importId;
        this.updatedAt = now;
    }

    // A re-import restates entries and retires those a full import leaves out set-based (RosterMerge), not
    // entity by entity: the whole list is 6,500 NGOs and must import in bounded memory.

    public static Optional<EcosocEntry> findByNaturalKey(String nameNormalized, String country) {
        return find("nameNormalized = ?1 and country = ?2", nameNormalized, country).firstResultOptional();
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public String nameNormalized() { return nameNormalized; }
    public String country() { return country; }
    public String acronym() { return acronym; }
    public EcosocCategory category() { return category; }
    public Integer yearGranted() { return yearGranted; }
    public EcosocStatus status() { return status; }
    public UUID lastImportId() { return lastImportId; }
    public Instant updatedAt() { return updatedAt; }
}
