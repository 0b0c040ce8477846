package org.accredit.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.accredit.common.RuleViolationException;
import org.accredit.support.TestPdfs;
import org.junit.jupiter.api.Test;

/** PDFs built with PDFBox, and bytes that only claim to be one. */
class PdfDocumentsTest {

    private static final long MB = 1 << 20;

    private static RuleViolationException refused(byte[] bytes, long maxBytes, int maxPages) {
        return assertThrows(RuleViolationException.class, () -> PdfDocuments.check(bytes, maxBytes, maxPages));
    }

    @Test
    void notAPdf() {
        RuleViolationException e = refused("Hello, I am a PDF".getBytes(StandardCharsets.UTF_8), MB, 10);
        assertEquals(422, e.httpStatus());
        assertTrue(e.getMessage().contains("%PDF-"), e.getMessage());
        assertEquals(422, refused(new byte[0], MB, 10).httpStatus());
    }

    @Test
    void garbageAfterTheSignature() {
        RuleViolationException e = refused("%PDF-1.7\n garbage \u0000\u0001 not a PDF at all".getBytes(StandardCharsets.ISO_8859_1), MB, 10);
        assertEquals(422, e.httpStatus());
        assertEquals("The file could not be read as a PDF.", e.getMessage());
    }

    @Test
    void encrypted() {
        RuleViolationException e = refused(TestPdfs.encrypted("Secret statement"), MB, 10);
        assertEquals(422, e.httpStatus());
        assertTrue(e.getMessage().contains("encrypted"), e.getMessage());
    }

    @Test
    void oversized() {
        byte[] pdf = TestPdfs.ofWords(50);
        RuleViolationException e = refused(pdf, pdf.length - 1, 10);
        assertEquals(413, e.httpStatus());
        assertEquals(pdf.length, PdfDocuments.check(pdf, pdf.length, 10).bytes().length, "exactly the limit passes");
    }

    @Test
    void tooManyPages() {
        byte[] pdf = TestPdfs.ofPages(4);
        RuleViolationException e = refused(pdf, MB, 3);
        assertEquals(422, e.httpStatus());
        assertTrue(e.getMessage().contains("4 pages"), e.getMessage());
        assertEquals(4, PdfDocuments.check(pdf, MB, 4).pages());
    }

    @Test
    void textIsExtractedAndItsWordsCounted() {
        byte[] pdf = TestPdfs.withLines(List.of("The Committee met in New York on 3 May 2024.",
                "Civil society took part."), null);
        PdfDocuments.PdfText read = PdfDocuments.checkWithText(pdf, MB, 10);
        PdfDocuments.PdfFile file = read.file();
        assertEquals(1, file.pages());
        assertEquals(32, file.sha256().length);
        String text = read.text();
        assertTrue(text.contains("The Committee met in New York on 3 May 2024."), text);
        assertTrue(text.contains("Civil society took part."), text);
        assertEquals(14, WordCount.of(text, Locale.ENGLISH));
    }

    @Test
    void manyPagesOfWordsAreCountedFromTheirText() {
        String text = PdfDocuments.checkWithText(TestPdfs.ofWords(2001), 4 * MB, 30).text();
        assertEquals(2001, WordCount.of(text, Locale.ENGLISH));
    }
}
