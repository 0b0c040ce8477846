package org.accredit.ecosoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.accredit.common.InvalidFieldsException;
import org.accredit.common.Problem;
import org.junit.jupiter.api.Test;

/** The CSV reading of the ECOSOC list: RFC 4180 quoting, headers, per-line errors, all or nothing. */
class RosterCsvTest {

    private static final int YEAR = 2026;

    private static List<RosterCsv.Row> parse(String text) {
        return RowsInMemory.parse(text, 20_000, YEAR);
    }

    private static List<String> errors(String text) {
        InvalidFieldsException e = assertThrows(InvalidFieldsException.class, () -> parse(text));
        assertEquals(400, e.httpStatus());
        return e.errors().stream().map(err -> err.field() + " | " + err.message()).toList();
    }

    private static List<String> fields(String text) {
        InvalidFieldsException e = assertThrows(InvalidFieldsException.class, () -> parse(text));
        return e.errors().stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void readsColumnsByHeaderNameInAnyOrderAndCase() {
        List<RosterCsv.Row> rows = parse("Country,YEAR_GRANTED,Name,Category,Extra\r\nfr,1999,Médecins du Monde,Special,x\r\n");
        assertEquals(1, rows.size());
        RosterCsv.Row r = rows.get(0);
        assertEquals("Médecins du Monde", r.name());
        assertEquals("medecins du monde", r.nameNormalized());
        assertEquals("FR", r.country());
        assertEquals(EcosocCategory.SPECIAL, r.category());
        assertEquals(1999, r.yearGranted());
        assertEquals(EcosocStatus.ACTIVE, r.status());
        assertEquals(2, r.line());
    }

    @Test
    void acceptsEachSpellingOfTheYearHeader() {
        for (String header : List.of("year", "year_granted", "Year Granted", "YEAR  GRANTED")) {
            List<RosterCsv.Row> rows = parse("name,category," + header + ",country\nA,roster,2001,KE\n");
            assertEquals(2001, rows.get(0).yearGranted(), header);
        }
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaksOfTheirOwn() {
        List<RosterCsv.Row> rows = parse("name,category,year,country\n"
                + "\"Friends of the Earth, International\",general,1971,NL\n"
                + "\"The \"\"Good\"\" Foundation\",roster,,US\n"
                + "\"Plain\",\"special\",\"2010\",\"CH\"");
        assertEquals(3, rows.size());
        assertEquals("Friends of the Earth, International", rows.get(0).name());
        assertEquals("The \"Good\" Foundation", rows.get(1).name());
        assertNull(rows.get(1).yearGranted());
        assertEquals("Plain", rows.get(2).name());
        assertEquals(EcosocCategory.SPECIAL, rows.get(2).category());
        assertEquals(4, rows.get(2).line());
    }

    @Test
    void aByteOrderMarkAtTheStartIsSkippedAndUnicodeNamesSurvive() {
        byte[] file = ("\uFEFFname,category,year,country,status\n"
                + "جمعية الإمارات لحقوق الإنسان,special,2014,AE,active\n"
                + "中国民间组织国际交流促进会,special,2005,CN,suspended\n"
                + "Asociación Pro Derechos Humanos de España,Roster,1998,es,WITHDRAWN\n").getBytes(StandardCharsets.UTF_8);
        List<RosterCsv.Row> rows = RowsInMemory.parse(file, 100, YEAR);
        assertEquals(3, rows.size());
        assertEquals("جمعية الإمارات لحقوق الإنسان", rows.get(0).name());
        assertEquals("中国民间组织国际交流促进会", rows.get(1).name());
        assertEquals(EcosocStatus.SUSPENDED, rows.get(1).status());
        assertEquals("asociacion pro derechos humanos de espana", rows.get(2).nameNormalized());
        assertEquals(EcosocStatus.WITHDRAWN, rows.get(2).status());
        assertEquals("ES", rows.get(2).country());
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() {
        byte[] latin1 = "name,category,year,country\nM\u00e9decins,special,1999,FR\n".getBytes(StandardCharsets.ISO_8859_1);
        InvalidFieldsException e = assertThrows(InvalidFieldsException.class, () -> RowsInMemory.parse(latin1, 100, YEAR));
        assertEquals("file", e.errors().get(0).field());
    }

    @Test
    void badValuesAreReportedPerLineAndColumn() {
        List<String> errors = errors("name,category,year,country,status\n"
                + "Good One,special,2001,FR,\n"
                + "Bad Category,consultative,2001,FR,\n"
                + "Bad Country,special,2001,XX,\n"
                + "Bad Year,special,19x9,FR,\n"
                + "Future,special,2031,FR,\n"
                + "Too Early,special,1900,FR,\n"
                + "Bad Status,special,2001,FR,dormant\n"
                + ",special,2001,FR,\n"
                + "!!!,special,2001,FR,\n"
                + "Two Bad,general,abc,ZZZ,\n"
                + "Short,special,2001\n");
        assertEquals(List.of(
                "line 3: category | must be general, special or roster",
                "line 4: country | must be an ISO 3166-1 alpha-2 country code, e.g. FR",
                "line 5: year | must be a year from 1946 to 2026, or empty",
                "line 6: year | must be a year from 1946 to 2026, or empty",
                "line 7: year | must be a year from 1946 to 2026, or empty",
                "line 8: status | must be active, suspended or withdrawn, or empty",
                "line 9: name | must not be blank",
                "line 10: name | must contain letters or digits",
                "line 11: country | must be an ISO 3166-1 alpha-2 country code, e.g. FR",
                "line 11: year | must be a year from 1946 to 2026, or empty",
                "line 12 | has 3 field(s) where the header has 5"), errors);
    }

    @Test
    void namesAreBoundedAndOnOneLine() {
        String longName = "N".repeat(301);
        List<String> fields = fields("name,category,year,country\n"
                + longName + ",special,2001,FR\n"
                + "\"Two\nLines\",special,2001,FR\n"
                + "Fine,special,2001,FR\n");
        // the quoted line break makes the third record start on line 3 and the fourth on line 5
        assertEquals(List.of("line 2: name", "line 3: name"), fields);
        assertEquals(1, parse("name,category,year,country\n" + "N".repeat(300) + ",special,2001,FR\n").size());
    }

    @Test
    void lineNumbersCountLineBreaksInsideQuotedFields() {
        List<String> fields = fields("name,category,year,country\n"
                + "\"Multi\r\nline\r\nnote\",special,2001,FR\r\n"
                + "After,special,2001,QQ\r\n");
        assertEquals(List.of("line 2: name", "line 5: country"), fields);
    }

    @Test
    void aMissingColumnIsNamed() {
        List<String> errors = errors("name,category,country\nA,special,FR\n");
        assertEquals(List.of("header: year | missing column (header year or year granted, any case)"), errors);
        assertEquals(List.of("header: name", "header: country"), fields("title,category,year\nA,special,2001\n"));
    }

    @Test
    void aRepeatedColumnIsRefused() {
        assertEquals(List.of("line 1: Year_Granted"), fields("name,category,year,Year_Granted,country\nA,special,2001,2001,FR\n"));
    }

    @Test
    void duplicateNaturalKeysInOneFileAreRefused() {
        List<String> errors = errors("name,category,year,country\n"
                + "Friends of the Earth,general,1971,NL\n"
                + "Friends of the Earth,general,1971,DE\n"
                + "FRIENDS OF THE EARTH!,special,1980,nl\n");
        assertEquals(List.of("line 4: name | the same organization (normalized name and country) as line 2"), errors);
    }

    @Test
    void malformedQuotingStopsTheReadingAtItsLine() {
        assertEquals(List.of("line 3"), fields("name,category,year,country\nA,special,2001,FR\nB \"x\",special,2001,FR\n"));
        assertEquals(List.of("line 2"), fields("name,category,year,country\n\"A\"b,special,2001,FR\n"));
        assertEquals(List.of("line 2"), fields("name,category,year,country\n\"Never closed,special,2001,FR\nB,special,2001,FR\n"));
    }

    @Test
    void anEmptyFileOrOneWithoutRowsIsRefused() {
        assertEquals(List.of("header"), fields(""));
        assertEquals(List.of("header"), fields("\n\nname,category,year,country\n"));
        assertEquals(List.of("file"), fields("name,category,year,country\n\n\n"));
    }

    @Test
    void blankLinesAreSkipped() {
        List<RosterCsv.Row> rows = parse("name,category,year,country\n\nA,special,2001,FR\n\n\nB,roster,2002,DE");
        assertEquals(List.of("A", "B"), rows.stream().map(RosterCsv.Row::name).toList());
        assertEquals(6, rows.get(1).line());
    }

    @Test
    void theRowLimitHolds() {
        StringBuilder csv = new StringBuilder("name,category,year,country\n");
        for (int i = 0; i < 11; i++) {
            csv.append("Org ").append(i).append(",special,2001,FR\n");
        }
        assertEquals(11, RowsInMemory.parse(csv.toString(), 11, YEAR).size());
        InvalidFieldsException e = assertThrows(InvalidFieldsException.class, () -> RowsInMemory.parse(csv.toString(), 10, YEAR));
        assertEquals("file", e.errors().get(0).field());
        assertTrue(e.getMessage().contains("more than 10 rows"), e.getMessage());
    }

    @Test
    void onlyTheFirstHundredErrorsAreListedButAllAreCounted() {
        StringBuilder csv = new StringBuilder("name,category,year,country\n");
        for (int i = 0; i < 150; i++) {
            csv.append("Org ").append(i).append(",special,2001,XX\n");
        }
        InvalidFieldsException e = assertThrows(InvalidFieldsException.class, () -> parse(csv.toString()));
        assertEquals(RosterCsv.MAX_ERRORS_LISTED, e.errors().size());
        assertTrue(e.getMessage().startsWith("The file has 150 error(s)"), e.getMessage());
    }
}
