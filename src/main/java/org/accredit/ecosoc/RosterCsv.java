package org.accredit.ecosoc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.accredit.common.InvalidFieldsException;
import org.accredit.common.Problem;
import org.accredit.common.validation.SingleLine;
import org.accredit.organization.Countries;
import org.accredit.organization.OrganizationNames;

/**
 * The ECOSOC consultative-status list as CSV: a header naming the columns (any order, any case),
 * then one NGO per line. Columns: {@code name}, {@code category} (general, special, roster),
 * {@code year} (or {@code year_granted}, {@code year granted}; may be empty), {@code country}
 * (ISO 3166-1 alpha-2) and optionally {@code status} (active, suspended, withdrawn; empty means
 * active). Other columns are ignored. A file with any bad line is refused as a whole, with one
 * error per bad field, named "line N: column". The file is read as it goes: each valid row is handed to
 * a {@link Staging} (the import's temporary table), which also finds the NGOs named twice, so memory
 * does not grow with the file (the whole iCSO list, or 100,000 rows).
 */
final class RosterCsv {

    /** The longest name the roster holds (the column's size). */
    static final int MAX_NAME = 300;
    /** The first year an NGO could be granted consultative status. */
    static final int FIRST_YEAR = 1946;
    /** Errors listed in one answer; the detail gives the total. */
    static final int MAX_ERRORS_LISTED = 100;

    /** One NGO of the file, validated. */
    record Row(int line, String name, String nameNormalized, String country, EcosocCategory category,
            Integer yearGranted, EcosocStatus status) {

        NaturalKey key() {
            return new NaturalKey(nameNormalized, country);
        }
    }

    /** What identifies an NGO on the roster: there is no stable public id. */
    record NaturalKey(String nameNormalized, String country) {
    }

    /** A row that names the same NGO (normalized name and country) as the earlier line {@code firstLine}. */
    record Repeat(int line, int firstLine) {
    }

    /**
     * Where the valid rows go. It may hold rows back (to write them in batches); it reports each row that repeats
     * an NGO taken before, when it finds it.
     */
    interface Staging {
        /** Takes a row; returns the repeats found so far and not yet reported (often none). */
        List<Repeat> add(Row row);

        /** No more rows: the repeats among the rows held back. */
        List<Repeat> finish();
    }

    private enum Column {
        NAME("name"), CATEGORY("category"), YEAR("year", "year granted"), COUNTRY("country"), STATUS("status");

        private final List<String> headers;

        Column(String... headers) {
            this.headers = List.of(headers);
        }

        boolean optional() {
            return this == STATUS;
        }

        static Column ofHeader(String header) {
            String h = header.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
            for (Column c : values()) {
                if (c.headers.contains(h)) {
                    return c;
                }
            }
            return null;
        }
    }

    private final int maxRows;
    private final int currentYear;
    /** The first errors by line (at most MAX_ERRORS_LISTED): repeats are found after the lines that follow them. */
    private final TreeMap<Long, Problem.FieldError> listed = new TreeMap<>();
    private int errorCount;

    private RosterCsv(int maxRows, int currentYear) {
        this.maxRows = maxRows;
        this.currentYear = currentYear;
    }

    /**
     * Reads the whole file into {@code staging}; returns the number of rows. Throws {@link InvalidFieldsException}
     * when the file is not UTF-8, the header lacks a column, a line is bad, two lines name the same NGO (normalized
     * name and country), or there are no rows or more than {@code maxRows}.
     */
    static int read(byte[] file, int maxRows, int currentYear, Staging staging) {
        Reader reader = new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        try {
            return new RosterCsv(maxRows, currentYear).read(reader, staging);
        } catch (CharacterCodingException e) {
            throw refusal("The file is not UTF-8 text; nothing was imported.", "file", "must be UTF-8 text (save the CSV as UTF-8)");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading bytes in memory fails only on bad UTF-8
        }
    }

    private int read(Reader reader, Staging staging) throws IOException {
        CsvRecords records = new CsvRecords(reader);
        int rows = 0;
        try {
            List<String> header = records.next();
            if (header == null || isBlank(header)) {
                throw refusal("The file is empty or does not start with the header line.",
                        "header", "the first line must name the columns: name, category, year, country");
            }
            Map<Column, Integer> columns = columns(header);
            List<String> fields;
            int dataRows = 0;
            while ((fields = records.next()) != null) {
                if (isBlank(fields)) {
                    continue;
                }
                if (++dataRows > maxRows) {
                    throw refusal("The file has more than " + maxRows + " rows.", "file",
                            "more than " + maxRows + " rows");
                }
                Row row = row(records.recordLine(), fields, header.size(), columns);
                if (row != null) {
                    repeats(staging.add(row));
                    rows++;
                }
            }
        } catch (CsvRecords.MalformedException e) {
            error(e.line(), null, e.getMessage());
        }
        rows -= repeats(staging.finish());
        if (errorCount > 0) {
            throw new InvalidFieldsException("The file has " + errorCount + " error(s); nothing was imported."
                    + (errorCount > listed.size() ? " The first " + listed.size() + " are listed." : ""),
                    new ArrayList<>(listed.values()));
        }
        if (rows == 0) {
            throw refusal("The file has no rows under the header.", "file", "no rows under the header");
        }
        return rows;
    }

    private int repeats(List<Repeat> repeats) {
        for (Repeat r : repeats) {
            error(r.line(), "name", "the same organization (normalized name and country) as line " + r.firstLine());
        }
        return repeats.size();
    }

    private Map<Column, Integer> columns(List<String> header) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            Column c = Column.ofHeader(header.get(i));
            if (c != null && columns.putIfAbsent(c, i) != null) {
                error(1, header.get(i).strip(), "the column appears twice");
            }
        }
        for (Column c : Column.values()) {
            if (!c.optional() && !columns.containsKey(c)) {
                errorCount++;
                list(1, new Problem.FieldError("header: " + c.headers.get(0),
                        "missing column (header " + String.join(" or ", c.headers) + ", any case)"));
            }
        }
        if (errorCount > 0) {
            throw new InvalidFieldsException("The header line lacks a column or repeats one; nothing was imported.",
                    new ArrayList<>(listed.values()));
        }
        return columns;
    }

    private Row row(int line, List<String> fields, int width, Map<Column, Integer> columns) {
        if (fields.size() != width) {
            error(line, null, "has " + fields.size() + " field(s) where the header has " + width);
            return null;
        }
        int before = errorCount;
        String name = fields.get(columns.get(Column.NAME)).strip();
        String normalized = OrganizationNames.normalize(name);
        if (name.isEmpty()) {
            error(line, "name", "must not be blank");
        } else if (name.length() > MAX_NAME) {
            error(line, "name", "must be at most " + MAX_NAME + " characters");
        } else if (!new SingleLine.Validator().isValid(name, null)) {
            error(line, "name", "must be a single line without control characters");
        } else if (normalized.isEmpty()) {
            error(line, "name", "must contain letters or digits");
        } else if (normalized.length() > MAX_NAME) {
            error(line, "name", "is longer than " + MAX_NAME + " characters once normalized");
        }
        String country = fields.get(columns.get(Column.COUNTRY)).strip().toUpperCase(Locale.ROOT);
        if (!Countries.isIsoAlpha2(country)) {
            error(line, "country", "must be an ISO 3166-1 alpha-2 country code, e.g. FR");
        }
        EcosocCategory category = parseEnum(EcosocCategory.class, fields.get(columns.get(Column.CATEGORY)));
        if (category == null) {
            error(line, "category", "must be general, special or roster");
        }
        Integer year = null;
        String yearText = fields.get(columns.get(Column.YEAR)).strip();
        if (!yearText.isEmpty()) {
            year = yearText.matches("[0-9]{4}") ? Integer.valueOf(yearText) : null;
            if (year == null || year < FIRST_YEAR || year > currentYear) {
                error(line, "year", "must be a year from " + FIRST_YEAR + " to " + currentYear + ", or empty");
            }
        }
        EcosocStatus status = EcosocStatus.ACTIVE;
        Integer statusColumn = columns.get(Column.STATUS);
        if (statusColumn != null && !fields.get(statusColumn).isBlank()) {
            status = parseEnum(EcosocStatus.class, fields.get(statusColumn));
            if (status == null) {
                error(line, "status", "must be active, suspended or withdrawn, or empty");
            }
        }
        return errorCount > before ? null : new Row(line, name, normalized, country, category, year, status);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(t)) {
                return e;
            }
        }
        return null;
    }

    private static boolean isBlank(List<String> fields) {
        return fields.size() == 1 && fields.get(0).isBlank();
    }

    private void error(int line, String column, String message) {
        errorCount++;
        list(line, new Problem.FieldError("line " + line + (column == null ? "" : ": " + column), message));
    }

    /** Keeps the error if it is among the first MAX_ERRORS_LISTED by line (in the order found within a line). */
    private void list(int line, Problem.FieldError error) {
        listed.put(((long) line << 32) | errorCount, error);
        if (listed.size() > MAX_ERRORS_LISTED) {
            listed.pollLastEntry();
        }
    }

    private static InvalidFieldsException refusal(String detail, String field, String message) {
        return new InvalidFieldsException(detail, List.of(new Problem.FieldError(field, message)));
    }
}
