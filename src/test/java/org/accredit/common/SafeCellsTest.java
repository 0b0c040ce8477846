package org.accredit.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Formula-safe cells (OWASP CSV injection) and RFC 4180 CSV through Commons CSV; plain JUnit. */
class SafeCellsTest {

    @Test
    void aCellThatASpreadsheetWouldRunGetsAnApostrophe() {
        for (String bad : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")")) {
            assertEquals("'" + bad, SafeCells.text(bad), bad);
        }
        for (String fine : List.of("a=1", "Plain", "1-2", " =1", "'already", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "\nx")) {
            assertEquals(fine, SafeCells.text(fine), fine);
        }
        assertEquals("", SafeCells.text(null));
        assertEquals("", SafeCells.text(""));
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndReadsBackTheSameCells() throws IOException {
        List<String> header = List.of("a", "b", "c");
        List<List<String>> rows = List.of(List.of("x,y", "say \"hi\"", "two\r\nlines"), List.of("=cmd|' /C calc'!A0", "", "-2"));
        StringBuilder written = new StringBuilder();
        try (SafeCells.CsvRows out = SafeCells.csv(written)) {
            out.row(header);
            rows.forEach(out::row);
        }
        String csv = written.toString();
        assertEquals("a,b,c\r\n\"x,y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n'=cmd|' /C calc'!A0,,'-2\r\n", csv);
        List<CSVRecord> read = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertEquals(List.of("x,y", "say \"hi\"", "two\r\nlines"), read.get(1).toList());
        assertEquals(List.of("'=cmd|' /C calc'!A0", "", "'-2"), read.get(2).toList());
    }
}
