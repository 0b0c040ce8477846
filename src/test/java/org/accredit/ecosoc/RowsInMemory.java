package org.accredit.ecosoc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For the CSV tests: a {@link RosterCsv.Staging} that keeps the rows in a list and finds repeats at once, as the
 * import's temporary table does at each batch.
 */
final class RowsInMemory implements RosterCsv.Staging {

    final List<RosterCsv.Row> rows = new ArrayList<>();
    private final Map<RosterCsv.NaturalKey, Integer> firstLine = new HashMap<>();

    static List<RosterCsv.Row> parse(String text, int maxRows, int currentYear) {
        return parse(text.getBytes(StandardCharsets.UTF_8), maxRows, currentYear);
    }

    static List<RosterCsv.Row> parse(byte[] file, int maxRows, int currentYear) {
        RowsInMemory staging = new RowsInMemory();
        RosterCsv.read(file, maxRows, currentYear, staging);
        return staging.rows;
    }

    @Override
    public List<RosterCsv.Repeat> add(RosterCsv.Row row) {
        Integer first = firstLine.putIfAbsent(row.key(), row.line());
        if (first != null) {
            return List.of(new RosterCsv.Repeat(row.line(), first));
        }
        rows.add(row);
        return List.of();
    }

    @Override
    public List<RosterCsv.Repeat> finish() {
        return List.of();
    }
}
