package org.accredit.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Text cells for spreadsheets (CSV, XLSX) that a spreadsheet never runs as a formula (OWASP, "CSV
 * injection"): a cell that starts with {@code = + - @}, a tab or a carriage return gets a leading
 * apostrophe. CSV is written with Apache Commons CSV (RFC 4180: comma, double quotes, CRLF), row by row as
 * an export reads them; every export of the service goes through here, so the rule is the same everywhere.
 */
public final class SafeCells {

    /** The first characters that make a spreadsheet read a cell as a formula. */
    static final String FORMULA_STARTS = "=+-@\t\r";

    /** RFC 4180 (CRLF records, minimal quoting). */
    public static final CSVFormat CSV = CSVFormat.RFC4180;

    private SafeCells() {
    }

    /** The value as a cell: null is empty; a value a spreadsheet would run as a formula gets a leading '. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** A CSV writer on {@code out}; close it (or flush it) when done. */
    public static CsvRows csv(Appendable out) {
        try {
            return new CsvRows(new CSVPrinter(out, CSV));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes records, each cell through {@link #text}. */
    public static final class CsvRows implements AutoCloseable {
        private final CSVPrinter printer;

        private CsvRows(CSVPrinter printer) {
            this.printer = printer;
        }

        public void row(List<String> cells) {
            try {
                for (String cell : cells) {
                    printer.print(text(cell));
                }
                printer.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void flush() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                printer.close(true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
