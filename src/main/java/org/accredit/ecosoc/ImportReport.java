package org.accredit.ecosoc;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did, or (dry run) would do: the import's record (for a dry run, one that was not kept), the entries
 * added, changed and retired (at most {@value #MAX_LISTED} of each are listed; the counts are exact),
 * and the retirement share against the configured maximum.
 */
public record ImportReport(EcosocImport imported, boolean dryRun, int added, int changed, int retired,
        List<Line> addedEntries, List<Line> changedEntries, List<Line> retiredEntries, int activeRetired,
        int activeBefore, double retireShare, double maxRetireShare, boolean needsForce) {

    public static final int MAX_LISTED = 1000;

    /** One entry: its name and country, its status before (null when added) and after. */
    public record Line(String name, String country, EcosocStatus statusBefore, EcosocStatus status) {
    }

    static final class Builder {
        private final boolean dryRun;
        private int added;
        private int changed;
        private int retired;
        private final List<Line> addedEntries = new ArrayList<>();
        private final List<Line> changedEntries = new ArrayList<>();
        private final List<Line> retiredEntries = new ArrayList<>();
        private int activeRetired;
        private int activeBefore;
        private double share;
        private double maxShare;
        private boolean needsForce;

        Builder(boolean dryRun) {
            this.dryRun = dryRun;
        }

        /** {@code count} entries added, the first of them listed (at most {@value #MAX_LISTED}). */
        void added(int count, List<Line> first) {
            added = count;
            list(addedEntries, first);
        }

        void changed(int count, List<Line> first) {
            changed = count;
            list(changedEntries, first);
        }

        void retired(int count, List<Line> first) {
            retired = count;
            list(retiredEntries, first);
        }

        void retireShare(int activeRetired, int activeBefore, double share, double maxShare, boolean needsForce) {
            this.activeRetired = activeRetired;
            this.activeBefore = activeBefore;
            this.share = share;
            this.maxShare = maxShare;
            this.needsForce = needsForce;
        }

        ImportReport build(EcosocImport imported) {
            return new ImportReport(imported, dryRun, added, changed, retired, List.copyOf(addedEntries),
                    List.copyOf(changedEntries), List.copyOf(retiredEntries), activeRetired, activeBefore, share,
                    maxShare, needsForce);
        }

        private static void list(List<Line> lines, List<Line> first) {
            lines.addAll(first.subList(0, Math.min(first.size(), MAX_LISTED)));
        }
    }
}
