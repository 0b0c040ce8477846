package org.accredit.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.accredit.common.IllegalTransitionException;
import org.accredit.organization.Language;
import org.junit.jupiter.api.Test;

/** Every step of a written statement's workflow, allowed and refused, without Quarkus. */
class StatementWorkflowTest {

    private static final Instant T0 = Instant.parse("2026-04-01T14:00:00Z");
    private static final Instant T1 = T0.plusSeconds(3600);

    private static Statement submitted() {
        return Statement.ofText(UUID.randomUUID(), UUID.randomUUID(), Language.en, "Title", "Some text", 2, T0);
    }

    private static Statement in(StatementStatus status) {
        Statement s = submitted();
        switch (status) {
            case SUBMITTED -> { }
            case PUBLISHED -> s.publish("approver", T0);
            case DECLINED -> s.decline("reviewer", "Off topic", T0);
            case WITHDRAWN -> s.withdraw(T0);
        }
        return s;
    }

    @Test
    void theTable() {
        assertEquals(EnumSet.of(StatementStatus.PUBLISHED, StatementStatus.DECLINED, StatementStatus.WITHDRAWN),
                StatementStatus.SUBMITTED.allowedNext());
        for (StatementStatus end : Set.of(StatementStatus.PUBLISHED, StatementStatus.DECLINED, StatementStatus.WITHDRAWN)) {
            assertTrue(end.allowedNext().isEmpty(), end + " is final");
        }
        assertTrue(StatementStatus.SUBMITTED.counts());
        assertTrue(StatementStatus.PUBLISHED.counts());
        assertFalse(StatementStatus.DECLINED.counts());
        assertFalse(StatementStatus.WITHDRAWN.counts());
    }

    @Test
    void aNewStatementIsSubmitted() {
        Statement s = submitted();
        assertEquals(StatementStatus.SUBMITTED, s.status());
        assertEquals(T0, s.submittedAt());
        assertFalse(s.hasDocument());
        assertNull(s.publishedAt());
    }

    @Test
    void publish() {
        Statement s = submitted();
        s.publish("approver", T1);
        assertEquals(StatementStatus.PUBLISHED, s.status());
        assertEquals(T1, s.publishedAt());
        assertEquals("approver", s.decidedBy());
        assertTrue(s.isPublished());
    }

    @Test
    void declineWithAReason() {
        Statement s = submitted();
        s.decline("reviewer", "Not about the Committee's work", T1);
        assertEquals(StatementStatus.DECLINED, s.status());
        assertEquals("Not about the Committee's work", s.declineReason());
        assertEquals(T1, s.decidedAt());
        assertNull(s.publishedAt());
    }

    @Test
    void withdrawBeforeADecision() {
        Statement s = submitted();
        s.withdraw(T1);
        assertEquals(StatementStatus.WITHDRAWN, s.status());
        assertEquals(T1, s.withdrawnAt());
        assertNull(s.decidedAt());
    }

    @Test
    void everyStepFromAFinalStatusIsRefused() {
        for (StatementStatus from : Set.of(StatementStatus.PUBLISHED, StatementStatus.DECLINED, StatementStatus.WITHDRAWN)) {
            assertRefused(from, s -> s.publish("approver", T1));
            assertRefused(from, s -> s.decline("approver", "late", T1));
            assertRefused(from, s -> s.withdraw(T1));
        }
    }

    private static void assertRefused(StatementStatus from, Consumer<Statement> step) {
        Statement s = in(from);
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> step.accept(s));
        assertEquals(409, e.httpStatus());
        assertEquals(from.name(), e.currentStatus());
        assertEquals(from, s.status(), "nothing changed");
    }

    @Test
    void aDocumentStatementKeepsItsPdf() {
        byte[] pdf = {'%', 'P', 'D', 'F', '-'};
        Statement s = Statement.ofDocument(UUID.randomUUID(), UUID.randomUUID(), Language.zh, "T", "text", 1, pdf,
                new byte[32], 2, T0);
        assertTrue(s.hasDocument());
        assertEquals(5, s.documentBytes());
        assertEquals(2, s.documentPages());
    }

    @Test
    void extractedTextLosesControlCharacters() {
        assertEquals("a b\nc", ExtractedText.clean("  a\u0000b\nc\u0007 "));
        assertEquals("plain", ExtractedText.clean("plain"));
        assertEquals("", ExtractedText.clean(null));
    }
}
