package org.accredit.ecosoc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.accredit.organization.OrganizationNames;

/**
 * The rows of one roster import, in a temporary table of the import's transaction ({@code ecosoc_import_row},
 * dropped at its end), written in batches as the file is read: the import then compares them with the roster in
 * a few set-based statements, so the file's size does not weigh on the heap. The table's unique key (normalized
 * name and country) finds the NGOs a file names twice.
 */
final class StagedRows implements RosterCsv.Staging {

    static final String TABLE = "ecosoc_import_row";
    private static final int BATCH = 1000;

    private final Connection connection;
    private final PreparedStatement insert;
    private final List<RosterCsv.Row> pending = new ArrayList<>(BATCH);

    StagedRows(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement st = connection.createStatement()) {
            st.execute("create temp table " + TABLE + " (line integer not null, name varchar(300) not null, "
                    + "name_normalized varchar(300) not null, acronym varchar(50), country varchar(2) not null, "
                    + "category varchar(10) not null, year_granted integer, status varchar(12) not null, "
                    + "unique (name_normalized, country)) on commit drop");
        }
        this.insert = connection.prepareStatement("insert into " + TABLE + " values (?, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (name_normalized, country) do nothing");
    }

    @Override
    public List<RosterCsv.Repeat> add(RosterCsv.Row row) {
        pending.add(row);
        return pending.size() < BATCH ? List.of() : flush();
    }

    @Override
    public List<RosterCsv.Repeat> finish() {
        List<RosterCsv.Repeat> repeats = flush();
        try {
            insert.close();
            try (Statement st = connection.createStatement()) {
                st.execute("analyze " + TABLE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("staging the roster import", e);
        }
        return repeats;
    }

    /** Writes the pending rows; a row the table refuses (0 rows inserted) repeats an earlier one. */
    private List<RosterCsv.Repeat> flush() {
        if (pending.isEmpty()) {
            return List.of();
        }
        try {
            for (RosterCsv.Row r : pending) {
                int i = 0;
                insert.setInt(++i, r.line());
                insert.setString(++i, r.name());
                insert.setString(++i, r.nameNormalized());
                insert.setString(++i, OrganizationNames.acronymInName(r.name()));
                insert.setString(++i, r.country());
                insert.setString(++i, r.category().name());
                if (r.yearGranted() == null) {
                    insert.setNull(++i, Types.INTEGER);
                } else {
                    insert.setInt(++i, r.yearGranted());
                }
                insert.setString(++i, r.status().name());
                insert.addBatch();
            }
            int[] counts = insert.executeBatch();
            List<RosterCsv.Repeat> repeats = new ArrayList<>();
            for (int k = 0; k < counts.length; k++) {
                if (counts[k] == 0) {
                    repeats.add(new RosterCsv.Repeat(pending.get(k).line(), firstLine(pending.get(k))));
                }
            }
            return repeats;
        } catch (SQLException e) {
            throw new IllegalStateException("staging the roster import", e);
        } finally {
            pending.clear();
        }
    }

    private int firstLine(RosterCsv.Row row) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement("select line from " + TABLE
                + " where name_normalized = ? and country = ?")) {
            q.setString(1, row.nameNormalized());
            q.setString(2, row.country());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
