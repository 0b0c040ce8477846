package org.accredit.objection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.accredit.application.Application;
import org.accredit.application.ApplicationStatus;
import org.accredit.application.ContactPerson;
import org.accredit.application.OrganizationDetails;
import org.accredit.common.RuleViolationException;
import org.accredit.organization.Language;
import org.accredit.organization.OrganizationType;
import org.junit.jupiter.api.Test;

/** The safeguards of the non-objection procedure in the domain (plain JUnit, issue 8 section 5). */
class NonObjectionSafeguardsDomainTest {

    static final Instant NOW = Instant.parse("2026-11-02T15:00:00Z");
    static final Instant SOON = NOW.plus(Duration.ofDays(2));

    private static NonObjectionList draft() {
        return new NonObjectionList(UUID.randomUUID(), "List", "approver", NOW);
    }

    @Test
    void aShortDeadlineNeedsAReason() {
        NonObjectionList list = draft();
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> list.proposeShortDeadline(1, SOON, " ", "approver", NOW));
        assertEquals(422, e.httpStatus());
        assertFalse(list.hasPendingShortDeadline());
    }

    @Test
    void aShortDeadlineIsConfirmedByASecondApproverOnly() {
        NonObjectionList list = draft();
        list.proposeShortDeadline(1, SOON, "Session starts early", "approver", NOW);
        assertTrue(list.hasPendingShortDeadline());
        assertEquals(ListStatus.DRAFT, list.status(), "only proposed");

        RuleViolationException same = assertThrows(RuleViolationException.class,
                () -> list.confirmShortDeadline(1, "approver", NOW));
        assertEquals(403, same.httpStatus());
        assertEquals(ListStatus.DRAFT, list.status());

        assertEquals(SOON, list.confirmShortDeadline(1, "approver2", NOW));
        assertEquals(ListStatus.CIRCULATED, list.status());
        assertEquals(SOON, list.deadline());
        assertEquals("approver", list.deadlineProposedBy());
        assertEquals("approver2", list.deadlineConfirmedBy());
        assertEquals("Session starts early", list.shortDeadlineReason());
    }

    @Test
    void nothingToConfirmWithoutAProposal() {
        NonObjectionList list = draft();
        assertEquals(409, assertThrows(RuleViolationException.class, () -> list.confirmShortDeadline(1, "approver2", NOW))
                .httpStatus());
        list.proposeShortDeadline(1, SOON, "reason", "approver", NOW);
        list.cancelPendingShortDeadline();
        assertFalse(list.hasPendingShortDeadline());
        assertNull(list.deadlineProposedBy());
    }

    @Test
    void aDecisionApprovingDespiteAnObjectionIsConfirmedByASecondApproverOnly() {
        NonObjectionList list = draft();
        list.circulate(1, SOON, "approver", NOW);
        list.close("system", SOON);
        list.proposeDecision("A/AC.291/6", LocalDate.of(2026, 11, 10), "approver", NOW);
        assertTrue(list.hasPendingDecision());
        assertEquals(403, assertThrows(RuleViolationException.class, () -> list.requireDecisionConfirmableBy("approver"))
                .httpStatus());
        list.requireDecisionConfirmableBy("approver2");
    }

    @Test
    void theApplicationRefusesAnApprovalDespiteObjectionWithoutASecondApprover() {
        Application a = Application.submit(UUID.randomUUID(), "AHC-2026-00001",
                new OrganizationDetails("Cyber Civil Society", null, OrganizationType.CIVIL_SOCIETY_ORGANIZATION, "FR",
                        null, null, null),
                new ContactPerson("A. Person", null, "a@example.org", null), Language.en, null, UUID.randomUUID(),
                new byte[32], NOW);
        a.startReview(NOW);
        a.recommend("reviewer", NOW);
        a.circulate(NOW);
        a.closeObjectionWindow(true, NOW);
        assertEquals(403, assertThrows(RuleViolationException.class,
                () -> a.recordCommitteeDecision("approver", "A/AC.291/6", NOW, true, "reason", "approver", NOW)).httpStatus());
        assertEquals(403, assertThrows(RuleViolationException.class,
                () -> a.recordCommitteeDecision("approver", "A/AC.291/6", NOW, true, "reason", null, NOW)).httpStatus());
        assertEquals(ApplicationStatus.OBJECTED, a.status());
        a.recordCommitteeDecision("approver2", "A/AC.291/6", NOW, true, "reason", "approver", NOW);
        assertEquals(ApplicationStatus.APPROVED, a.status());
    }
}
