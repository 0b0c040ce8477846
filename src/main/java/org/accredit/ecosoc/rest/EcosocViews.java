package org.accredit.ecosoc.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.accredit.ecosoc.EcosocCategory;
import org.accredit.ecosoc.EcosocEntry;
import org.accredit.ecosoc.EcosocImport;
import org.accredit.ecosoc.EcosocStatus;
import org.accredit.ecosoc.ImportMode;
import org.accredit.ecosoc.ImportReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API shows of the ECOSOC roster, apart from the entities. */
public final class EcosocViews {

    private EcosocViews() {
    }

    @Schema(name = "EcosocImport", description = "One upload of the ECOSOC consultative-status list and what it changed")
    public record Import(UUID id, Instant importedAt, String importedBy, String fileName,
            @Schema(description = "FULL: entries absent from the file were retired; PARTIAL: they were left. "
                    + "Absent for imports made before the mode was recorded") ImportMode mode,
            @Schema(description = "NGO rows in the file") int rowsRead,
            @Schema(description = "Entries new to the roster") int rowsAdded,
            @Schema(description = "Entries whose name, category, year or status changed") int rowsUpdated,
            @Schema(description = "Entries stated again without change") int rowsUnchanged,
            @Schema(description = "Entries absent from a full import, now WITHDRAWN") int rowsRetired) {

        public static Import of(EcosocImport i) {
            return new Import(i.id(), i.importedAt(), i.importedBy(), i.fileName(), i.mode(), i.rowsRead(), i.rowsAdded(),
                    i.rowsUpdated(), i.rowsRead() - i.rowsAdded() - i.rowsUpdated(), i.rowsRetired());
        }
    }

    @Schema(name = "EcosocImportPreview", description = "What an import would do (dryRun=true); nothing was written. "
            + "Each list names at most 1000 entries; the counts are exact")
    public record ImportPreview(ImportMode mode, @Schema(description = "NGO rows in the file") int rowsRead,
            @Schema(description = "Entries that would be new to the roster") int rowsAdded,
            @Schema(description = "Entries whose name, category, year or status would change") int rowsUpdated,
            @Schema(description = "Entries absent from a full import that would be WITHDRAWN") int rowsRetired,
            List<PreviewLine> added, List<PreviewLine> changed, List<PreviewLine> retired,
            @Schema(description = "Active entries the import would retire") int activeRetired,
            @Schema(description = "Active entries before the import") int activeBefore,
            @Schema(description = "activeRetired / activeBefore") double retireShare,
            @Schema(description = "accredit.ecosoc.max-retire-share") double maxRetireShare,
            @Schema(description = "true when the import itself would be refused without force=true") boolean needsForce) {

        public static ImportPreview of(ImportReport r) {
            return new ImportPreview(r.imported().mode(), r.imported().rowsRead(), r.added(), r.changed(), r.retired(), lines(r.addedEntries()),
                    lines(r.changedEntries()), lines(r.retiredEntries()), r.activeRetired(), r.activeBefore(),
                    r.retireShare(), r.maxRetireShare(), r.needsForce());
        }

        private static List<PreviewLine> lines(List<ImportReport.Line> lines) {
            return lines.stream().map(l -> new PreviewLine(l.name(), l.country(), l.statusBefore(), l.status())).toList();
        }
    }

    @Schema(name = "EcosocImportPreviewLine", description = "One roster entry in a dry run: its status before (absent "
            + "for a new entry) and after")
    public record PreviewLine(String name, String country, EcosocStatus statusBefore, EcosocStatus status) {
    }

    @Schema(name = "EcosocEntry", description = "An NGO on the ECOSOC consultative-status roster")
    public record Entry(UUID id, String name, String country, EcosocCategory category, Integer yearGranted,
            EcosocStatus status, @Schema(description = "The last import that stated or retired it") UUID lastImportId,
            Instant updatedAt) {

        public static Entry of(EcosocEntry e) {
            return new Entry(e.id(), e.name(), e.country(), e.category(), e.yearGranted(), e.status(), e.lastImportId(),
                    e.updatedAt());
        }
    }

    @Schema(name = "EcosocEntryPage", description = "One page of roster entries; pass nextCursor as cursor for the next")
    public record EntryPage(List<Entry> items, String nextCursor) {
    }
}
