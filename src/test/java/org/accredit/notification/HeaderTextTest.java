package org.accredit.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.accredit.organization.Language;
import org.junit.jupiter.api.Test;

/** Applicant input never reaches a mail header with a raw line break. */
class HeaderTextTest {

    @Test
    void lineBreaksAndControlCharactersBecomeOneSpace() {
        assertEquals("Evil Org Bcc: victim@example.org", HeaderText.singleLine("Evil Org\r\nBcc: victim@example.org", 400));
        assertEquals("a b c d e", HeaderText.singleLine("a\rb\nc\u2028d\u0085\u0007e", 400));
        assertEquals("a b", HeaderText.singleLine("a\t\r\n\r\nb", 400));
        assertEquals("trimmed", HeaderText.singleLine("\r\n trimmed \n", 400));
        assertEquals("", HeaderText.singleLine(null, 400));
    }

    @Test
    void longTextIsCut() {
        assertEquals("abc", HeaderText.singleLine("abcdef", 3));
    }

    @Test
    void aCutNeverSplitsAnEmoji() {
        assertEquals("ab", HeaderText.singleLine("ab\uD83D\uDE00", 3));
    }

    @Test
    void subjectsOutsideTheBasicMultilingualPlaneSurviveEncoding() throws Exception {
        String subject = "AHC-2026-00001: reçu \uD83D\uDE00 \uD840\uDC0B " + "долгий текст ".repeat(8) + "\uD83C\uDF0D";
        String encoded = HeaderText.encodedWords(subject);
        for (String line : encoded.split("\n")) {
            assertTrue(line.length() <= 76, line);
            assertTrue(line.chars().allMatch(c -> c >= 0x20 && c < 0x7f), line);
        }
        assertEquals(subject, jakarta.mail.internet.MimeUtility.decodeText(encoded.replace("\n", "\r\n")));
        assertEquals("Plain ASCII subject", HeaderText.encodedWords("Plain ASCII subject"));
    }

    @Test
    void recipientWithALineBreakIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> HeaderText.requireSafeAddress("a@example.org\r\nBcc: b@example.org"));
        assertThrows(IllegalArgumentException.class, () -> HeaderText.requireSafeAddress(" "));
        assertThrows(IllegalArgumentException.class, () -> HeaderText.requireSafeAddress(null));
        assertEquals("a@example.org", HeaderText.requireSafeAddress("a@example.org"));
    }

    @Test
    void outboxRowNeverStoresAMultiLineSubject() {
        OutboxRows.Claimed row = new OutboxRows.Claimed(java.util.UUID.randomUUID(), EmailKind.WITHDRAWAL, "a@example.org",
                Language.en, null, null, null, "{}", 0);
        OutboxRows.Sent sent = OutboxRows.Sent.of(row,
                new RenderedEmail("AHC-2026-00001: withdrawn\r\nBcc: victim@example.org", "text", "<p>html</p>"));
        assertEquals("AHC-2026-00001: withdrawn Bcc: victim@example.org", sent.subject());
        assertEquals("text", sent.text(), "a sent email keeps its bodies");
    }

    @Test
    void aSentEmailThatCarriesASecretKeepsNoBodies() {
        OutboxRows.Claimed row = new OutboxRows.Claimed(java.util.UUID.randomUUID(), EmailKind.ACKNOWLEDGEMENT,
                "a@example.org", Language.en, null, null, null, "{}", 0);
        OutboxRows.Sent sent = OutboxRows.Sent.of(row, new RenderedEmail("AHC-2026-00001: received", "secret", "<p>secret</p>"));
        assertTrue(sent.forgetSecret());
        assertEquals(null, sent.text());
        assertEquals(null, sent.html());
    }
}
