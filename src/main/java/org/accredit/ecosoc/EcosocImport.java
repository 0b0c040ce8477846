package org.accredit.ecosoc;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One upload of the ECOSOC consultative-status list, with what it changed on the roster. */
@Entity
@Table(name = "ecosoc_import")
public class EcosocImport extends PanacheEntityBase {

    @Id
    private UUID id;
    @Column(name = "imported_at")
    private Instant importedAt;
    @Column(name = "imported_by")
    private String importedBy;
    @Column(name = "file_name")
    private String fileName;
    /** Null for imports made before the mode was recorded (migration V7). */
    @Enumerated(EnumType.STRING)
    @Column(name = "mode")
    private ImportMode mode;
    @Column(name = "rows_read")
    private int rowsRead;
    @Column(name = "rows_added")
    private int rowsAdded;
    @Column(name = "rows_updated")
    private int rowsUpdated;
    @Column(name = "rows_retired")
    private int rowsRetired;

    protected EcosocImport() {
    }

    public EcosocImport(String importedBy, String fileName, ImportMode mode, Instant now) {
        this.id = UUID.randomUUID();
        this.importedAt = now;
        this.importedBy = importedBy;
        this.fileName = fileName;
        this.mode = mode;
    }

    /** What the import did: rows in the file, entries added, entries whose facts changed, entries retired. */
    void record(int read, int added, int updated, int retired) {
        this.rowsRead = read;
        this.rowsAdded = added;
        this.rowsUpdated = updated;
        this.rowsRetired = retired;
    }

    public UUID id() { return id; }
    public Instant importedAt() { return importedAt; }
    public String importedBy() { return importedBy; }
    public String fileName() { return fileName; }
    public ImportMode mode() { return mode; }
    public int rowsRead() { return rowsRead; }
    public int rowsAdded() { return rowsAdded; }
    public int rowsUpdated() { return rowsUpdated; }
    public int rowsRetired() { return rowsRetired; }
}
