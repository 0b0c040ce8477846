package org.accredit.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * PDFs built with PDFBox for tests: Latin text in Helvetica (a standard font, nothing embedded), on
 * as many A4 pages as needed. This machine has no CJK font to embed, so Chinese is tested as text.
 */
public final class TestPdfs {

    private static final int WORDS_PER_LINE = 12;
    private static final int LINES_PER_PAGE = 50;

    private TestPdfs() {
    }

    /** A PDF whose text is {@code words} (single words, Latin letters), 12 a line, 50 lines a page. */
    public static byte[] withWords(List<String> words) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < words.size(); i += WORDS_PER_LINE) {
            lines.add(String.join(" ", words.subList(i, Math.min(words.size(), i + WORDS_PER_LINE))));
        }
        return withLines(lines, null);
    }

    /** A PDF of {@code n} words: "word" repeated. */
    public static byte[] ofWords(int n) {
        return withWords(java.util.Collections.nCopies(n, "word"));
    }

    /** A PDF of {@code pages} pages, one line each. */
    public static byte[] ofPages(int pages) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < pages * LINES_PER_PAGE; i++) {
            lines.add(i % LINES_PER_PAGE == 0 ? "Page " + (i / LINES_PER_PAGE + 1) : "");
        }
        return withLines(lines, null);
    }

    /** A one-page PDF encrypted with an owner password (it opens without one, but is encrypted). */
    public static byte[] encrypted(String text) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        return withLines(List.of(text), policy);
    }

    public static byte[] withLines(List<String> lines, StandardProtectionPolicy policy) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int start = 0; start < Math.max(1, lines.size()); start += LINES_PER_PAGE) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 9);
                    content.setLeading(14);
                    content.newLineAtOffset(40, 800);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + LINES_PER_PAGE))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            if (policy != null) {
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
