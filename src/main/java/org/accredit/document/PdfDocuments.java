package org.accredit.document;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.accredit.common.RuleViolationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Checks that bytes sent as a PDF are one: the {@code %PDF-} signature, then a full parse with
 * Apache PDFBox in memory only (nothing is written to disk; parsing may use at most a fixed
 * multiple of the file's size). Refuses encrypted files and files over the limits given.
 */
public final class PdfDocuments {

    private static final byte[] SIGNATURE = {'%', 'P', 'D', 'F', '-'};
    /** How much memory the parser may use, as a multiple of the file's size (decompressed streams). */
    private static final long MEMORY_FACTOR = 16;

    private PdfDocuments() {
    }

    /** A checked PDF: its bytes, their SHA-256 and its page count. */
    public record PdfFile(byte[] bytes, byte[] sha256, int pages) {
    }

    /**
     * The bytes as a checked PDF, or a problem: 413 over {@code maxBytes}, 422 when empty, not a PDF,
     * unreadable, encrypted, or longer than {@code maxPages}.
     */
    public static PdfFile check(byte[] bytes, long maxBytes, int maxPages) {
        return read(bytes, maxBytes, maxPages, false).file();
    }

    /** A checked PDF and its text (in reading order), from one parse: see {@link #check}. */
    public record PdfText(PdfFile file, String text) {
    }

    /** {@link #check}, and the text of the PDF (PDFBox's text stripper, sorted by position), parsed once. */
    public static PdfText checkWithText(byte[] bytes, long maxBytes, int maxPages) {
        return read(bytes, maxBytes, maxPages, true);
    }

    private static PdfText read(byte[] bytes, long maxBytes, int maxPages, boolean withText) {
        if (bytes == null || bytes.length == 0) {
            throw notPdf("The file is empty.");
        }
        if (bytes.length > maxBytes) {
            throw new RuleViolationException(413, "Payload too large", "A PDF may not exceed " + maxBytes + " bytes.");
        }
        if (!startsWithSignature(bytes)) {
            throw notPdf("The file is not a PDF: it does not start with %PDF-.");
        }
        try (PDDocument doc = load(bytes)) {
            if (doc.isEncrypted()) {
                throw notPdf("The PDF is encrypted; send it without a password or restrictions.");
            }
            int pages = doc.getNumberOfPages();
            if (pages < 1) {
                throw notPdf("The PDF has no pages.");
            }
            if (pages > maxPages) {
                throw notPdf("The PDF has " + pages + " pages; at most " + maxPages + " are accepted.");
            }
            String text = null;
            if (withText) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                text = stripper.getText(doc);
            }
            return new PdfText(new PdfFile(bytes, sha256(bytes), pages), text);
        } catch (InvalidPasswordException e) {
            throw notPdf("The PDF is encrypted; send it without a password or restrictions.");
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolationException rule) {
                throw rule;
            }
            throw notPdf("The file could not be read as a PDF.");
        }
    }

    private static PDDocument load(byte[] bytes) throws IOException {
        return Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(Math.max(1L << 20, bytes.length * MEMORY_FACTOR)).streamCache);
    }

    private static boolean startsWithSignature(byte[] bytes) {
        if (bytes.length < SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (bytes[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    private static RuleViolationException notPdf(String detail) {
        return new RuleViolationException(422, "Not an acceptable PDF", detail);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
