package org.accredit.publiclist.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.accredit.application.PublicListRow;
import org.accredit.common.SafeCells;

/** RFC 4180 CSV of the public list (Commons CSV); cells that a spreadsheet would run as a formula are prefixed with '. */
final class Csv {

    static final List<String> HEADER = List.of("name", "type", "country", "path", "callId", "decisionReference",
            "decisionDate");

    private Csv() {
    }

    /**
     * Writes the header, then each row as it comes from {@code rows}; UTF-8 to {@code out}, which the
     * response sends on in chunks. Flushes, but leaves {@code out} open (the response owns it). A failed
     * write (the client hung up) is thrown as the IOException it is: the REST layer then drops the
     * connection without logging an error of the service (an UncheckedIOException would be one).
     */
    static void write(Stream<PublicListRow> rows, ZoneId zone, OutputStream out) throws IOException {
        try {
            SafeCells.CsvRows csv = SafeCells.csv(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            csv.row(HEADER);
            rows.forEach(row -> csv.row(cells(PublicOrganization.of(row, zone))));
            csv.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static List<String> cells(PublicOrganization o) {
        return Arrays.asList(
                nonNull(o.name()),
                o.type().name(),
                nonNull(o.country()),
                o.path().name(),
                o.callId() == null ? "" : o.callId().toString(),
                nonNull(o.decisionReference()),
                o.decisionDate() == null ? "" : o.decisionDate().toString());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
