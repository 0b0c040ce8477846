package org.accredit.ecosoc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a roster import does, computed and applied set-based between the staged rows ({@link StagedRows}) and the
 * roster: rows that name no entry are added; rows that name one restate it (the facts change when the name,
 * category, year or status differ); in a full import, entries the file leaves out are retired (WITHDRAWN). Only
 * counts, the report's first {@value ImportReport#MAX_LISTED} lines of each kind, and the entries whose status
 * changes (for {@link RosterImported}) come back to the heap.
 */
final class RosterMerge {

    private static final String T = StagedRows.TABLE;
    private static final String SAME_NGO = "e.name_normalized = s.name_normalized and e.country = s.country";
    /** What makes a restated entry changed (its updated_at moves, the report lists it). */
    private static final String FACTS_DIFFER = "(e.name <> s.name or e.category <> s.category "
            + "or e.year_granted is distinct from s.year_granted or e.status <> s.status)";
    private static final String NEW_ROWS = " from " + T + " s where not exists (select 1 from ecosoc_entry e where "
            + SAME_NGO + ")";
    private static final String RESTATED = " from " + T + " s join ecosoc_entry e on " + SAME_NGO;
    private static final String LEFT_OUT = " from ecosoc_entry e where e.status <> 'WITHDRAWN' and not exists "
            + "(select 1 from " + T + " s where " + SAME_NGO + ")";

    private final ImportMode mode;
    private int added;
    private int changed;
    private int retired;
    private int activeRetired;
    private int activeBefore;
    private List<ImportReport.Line> addedLines;
    private List<ImportReport.Line> changedLines;
    private List<ImportReport.Line> retiredLines = List.of();
    private final Map<UUID, EcosocStatus[]> statusChanges = new HashMap<>();

    private RosterMerge(ImportMode mode) {
        this.mode = mode;
    }

    /** Compares the staged rows with the roster; writes nothing. */
    static RosterMerge compare(Connection c, ImportMode mode) throws SQLException {
        RosterMerge m = new RosterMerge(mode);
        m.added = count(c, "select count(*)" + NEW_ROWS);
        m.addedLines = lines(c, "select s.name, s.country, null, s.status" + NEW_ROWS + " order by s.line");
        m.changed = count(c, "select count(*)" + RESTATED + " where " + FACTS_DIFFER);
        m.changedLines = lines(c, "select s.name, s.country, e.status, s.status" + RESTATED + " where " + FACTS_DIFFER
                + " order by s.line");
        m.activeBefore = count(c, "select count(*) from ecosoc_entry where status = 'ACTIVE'");
        statusChanges(c, "select e.id, e.status, s.status" + RESTATED + " where e.status <> s.status", m.statusChanges);
        if (mode == ImportMode.FULL) {
            m.retired = count(c, "select count(*)" + LEFT_OUT);
            m.activeRetired = count(c, "select count(*)" + LEFT_OUT + " and e.status = 'ACTIVE'");
            m.retiredLines = lines(c, "select e.name, e.country, e.status, 'WITHDRAWN'" + LEFT_OUT
                    + " order by e.name_normalized, e.country");
            statusChanges(c, "select e.id, e.status, 'WITHDRAWN'" + LEFT_OUT, m.statusChanges);
        }
        return m;
    }

    /** Restates, adds and (full import) retires, in three statements. */
    void apply(Connection c, UUID importId, Instant now) throws SQLException {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        try (PreparedStatement st = c.prepareStatement("update ecosoc_entry e set name = s.name, acronym = s.acronym, "
                + "category = s.category, year_granted = s.year_granted, status = s.status, last_import_id = ?, "
                + "updated_at = case when " + FACTS_DIFFER + " then ? else e.updated_at end from " + T + " s where "
                + SAME_NGO)) {
            st.setObject(1, importId);
            st.setObject(2, at);
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("insert into ecosoc_entry (id, name, name_normalized, country, "
                + "acronym, category, year_granted, status, last_import_id, updated_at) select gen_random_uuid(), s.name, "
                + "s.name_normalized, s.country, s.acronym, s.category, s.year_granted, s.status, ?, ?" + NEW_ROWS)) {
            st.setObject(1, importId);
            st.setObject(2, at);
            st.executeUpdate();
        }
        if (mode == ImportMode.FULL) {
            try (PreparedStatement st = c.prepareStatement("update ecosoc_entry e set status = 'WITHDRAWN', "
                    + "last_import_id = ?, updated_at = ? where e.status <> 'WITHDRAWN' and not exists (select 1 from "
                    + T + " s where " + SAME_NGO + ")")) {
                st.setObject(1, importId);
                st.setObject(2, at);
                st.executeUpdate();
            }
        }
    }

    double share() {
        return activeBefore == 0 ? 0 : (double) activeRetired / activeBefore;
    }

    boolean needsForce(double maxShare, boolean force) {
        return share() > maxShare && !force;
    }

    ImportReport.Builder report(boolean dryRun, double maxShare, boolean force) {
        ImportReport.Builder report = new ImportReport.Builder(dryRun);
        report.added(added, addedLines);
        report.changed(changed, changedLines);
        report.retired(retired, retiredLines);
        report.retireShare(activeRetired, activeBefore, share(), maxShare, needsForce(maxShare, force));
        return report;
    }

    int added() { return added; }
    int changed() { return changed; }
    int retired() { return retired; }
    int activeRetired() { return activeRetired; }
    int activeBefore() { return activeBefore; }
    /** The entries whose status the import changes: before and after. */
    Map<UUID, EcosocStatus[]> statusChanges() { return statusChanges; }

    private static int count(Connection c, String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<ImportReport.Line> lines(Connection c, String sql) throws SQLException {
        List<ImportReport.Line> lines = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql + " limit " + ImportReport.MAX_LISTED);
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                String before = rs.getString(3);
                lines.add(new ImportReport.Line(rs.getString(1), rs.getString(2),
                        before == null ? null : EcosocStatus.valueOf(before), EcosocStatus.valueOf(rs.getString(4))));
            }
        }
        return lines;
    }

    private static void statusChanges(Connection c, String sql, Map<UUID, EcosocStatus[]> into) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                into.put(rs.getObject(1, UUID.class), new EcosocStatus[] {EcosocStatus.valueOf(rs.getString(2)),
                        EcosocStatus.valueOf(rs.getString(3))});
            }
        }
    }
}
