package org.accredit.ecosoc;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records as RFC 4180 writes them: fields separated by commas, records ended by CRLF, LF
 * or CR, a field in double quotes may hold commas, line breaks and quotes (doubled). A byte order
 * mark at the start is skipped. Keeps the line on which each record starts, for error messages. Reads
 * as it goes (one record in memory), so a file of 100,000 lines costs no more than one of ten.
 */
final class CsvRecords {

    /** The text is not well-formed CSV; reading cannot go on past this point. */
    static final class MalformedException extends RuntimeException {
        private final int line;

        MalformedException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private static final int NONE = -2;

    private final Reader in;
    private int peeked = NONE;
    private int line = 1;
    private int recordLine;

    CsvRecords(Reader in) throws IOException {
        this.in = in;
        if (peek() == '\uFEFF') {
            read();
        }
    }

    /** The line (1-based) on which the record last returned by {@link #next()} starts. */
    int recordLine() {
        return recordLine;
    }

    /** The next record, or null at the end of the text. A blank line is a record of one empty field. */
    List<String> next() throws IOException {
        int next = read();
        if (next == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        State state = State.FIELD_START;
        for (; next != -1; next = read()) {
            char c = (char) next;
            switch (state) {
                case FIELD_START:
                    if (c == '"') {
                        state = State.QUOTED;
                        break;
                    }
                    state = State.UNQUOTED;
                    // an unquoted field starts with this character
                case UNQUOTED:
                    if (c == ',') {
                        fields.add(field.toString());
                        field.setLength(0);
                        state = State.FIELD_START;
                    } else if (c == '\r' || c == '\n') {
                        endLine(c);
                        fields.add(field.toString());
                        return fields;
                    } else if (c == '"') {
                        throw new MalformedException(line, "a double quote inside an unquoted field; "
                                + "put the whole field in double quotes and double the quote");
                    } else {
                        field.append(c);
                    }
                    break;
                case QUOTED:
                    if (c == '"') {
                        state = State.QUOTE_IN_QUOTED;
                    } else {
                        if (c == '\n' || (c == '\r' && peek() != '\n')) {
                            line++;
                        }
                        field.append(c);
                    }
                    break;
                case QUOTE_IN_QUOTED:
                    if (c == '"') {
                        field.append('"');
                        state = State.QUOTED;
                    } else if (c == ',') {
                        fields.add(field.toString());
                        field.setLength(0);
                        state = State.FIELD_START;
                    } else if (c == '\r' || c == '\n') {
                        endLine(c);
                        fields.add(field.toString());
                        return fields;
                    } else {
                        throw new MalformedException(line, "text after the closing double quote of a field");
                    }
                    break;
            }
        }
        if (state == State.QUOTED) {
            throw new MalformedException(recordLine, "a quoted field is not closed before the end of the file");
        }
        fields.add(field.toString());
        return fields;
    }

    private void endLine(char c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    private int read() throws IOException {
        if (peeked != NONE) {
            int c = peeked;
            peeked = NONE;
            return c;
        }
        return in.read();
    }

    private int peek() throws IOException {
        if (peeked == NONE) {
            peeked = in.read();
        }
        return peeked;
    }
}
