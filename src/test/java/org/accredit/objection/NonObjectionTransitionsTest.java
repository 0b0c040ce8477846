package org.accredit.objection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import org.accredit.application.Application;
import org.accredit.application.ApplicationStatus;
import org.accredit.application.ContactPerson;
import org.accredit.application.OrganizationDetails;
import org.accredit.application.ParticipationPath;
import org.accredit.common.DomainException;
import org.accredit.common.IllegalTransitionException;
import org.accredit.common.RuleViolationException;
import org.accredit.memberstate.MemberStateUser;
import org.accredit.organization.Language;
import org.accredit.organization.OrganizationType;
import org.junit.jupiter.api.Test;

/** Every refused transition of the non-objection states, on the application and on the list. */
class NonObjectionTransitionsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");

    private static Application para9(ApplicationStatus target) {
        Application a = Application.submit(UUID.randomUUID(), "AHC-2026-00001",
                new OrganizationDetails("Cyber Civil Society", null, OrganizationType.CIVIL_SOCIETY_ORGANIZATION, "FR",
                        null, null, null),
                new ContactPerson("A. Person", null, "a@example.org", null), Language.en, null, UUID.randomUUID(),
                new byte[32], NOW);
        assertEquals(ParticipationPath.PARA_9, a.path());
        a.startReview(NOW);
        a.recommend("reviewer", NOW);
        a.circulate(NOW);
        if (target == ApplicationStatus.NO_OBJECTION) {
            a.closeObjectionWindow(false, NOW);
        } else if (target == ApplicationStatus.OBJECTED) {
            a.closeObjectionWindow(true, NOW);
        }
        assertEquals(target, a.status());
        return a;
    }

    private static void refused(ApplicationStatus state, Consumer<Application> step) {
        Application a = para9(state);
        assertThrows(DomainException.class, () -> step.accept(a));
        assertEquals(state, a.status(), "a refused step leaves the status alone");
    }

    private static void everyOtherStepIsRefused(ApplicationStatus state) {
        refused(state, a -> a.startReview(NOW));
        refused(state, a -> a.requestInformation("?", NOW));
        refused(state, a -> a.answerInformationRequest("!", NOW));
        refused(state, a -> a.recommend("reviewer", NOW));
        refused(state, a -> a.rejectAtScreening("reviewer", "no", NOW));
        refused(state, a -> a.rejectRecommendation("approver", "no", true, NOW));
        refused(state, a -> a.approve("approver", true, null, NOW));
        refused(state, a -> a.changePath(ParticipationPath.PARA_8, null, NOW));
        refused(state, a -> a.circulate(NOW));
    }

    @Test
    void inCirculationOnlyClosesOrIsWithdrawn() {
        everyOtherStepIsRefused(ApplicationStatus.IN_CIRCULATION);
        refused(ApplicationStatus.IN_CIRCULATION, a -> a.recordCommitteeDecision("approver", "A/AC.291/6", NOW, false, null, null, NOW));
        refused(ApplicationStatus.IN_CIRCULATION, a -> a.recordCommitteeDecision("approver", "A/AC.291/6", NOW, true, "why", "approver2", NOW));
    }

    @Test
    void noObjectionOnlyAwaitsTheCommitteeOrIsWithdrawn() {
        everyOtherStepIsRefused(ApplicationStatus.NO_OBJECTION);
        refused(ApplicationStatus.NO_OBJECTION, a -> a.closeObjectionWindow(true, NOW));
        refused(ApplicationStatus.NO_OBJECTION, a -> a.closeObjectionWindow(false, NOW));
    }

    @Test
    void objectedOnlyAwaitsTheCommitteeOrIsWithdrawn() {
        everyOtherStepIsRefused(ApplicationStatus.OBJECTED);
        refused(ApplicationStatus.OBJECTED, a -> a.closeObjectionWindow(true, NOW));
        refused(ApplicationStatus.OBJECTED, a -> a.closeObjectionWindow(false, NOW));
        RuleViolationException noReason = assertThrows(RuleViolationException.class,
                () -> para9(ApplicationStatus.OBJECTED).recordCommitteeDecision("approver", "A/AC.291/6", NOW, true, " ", "approver2", NOW));
        assertEquals(422, noReason.httpStatus());
    }

    @Test
    void theDecidedStatesAreFinal() {
        Application approved = para9(ApplicationStatus.NO_OBJECTION);
        approved.recordCommitteeDecision("approver", "A/AC.291/6", NOW, false, null, null, NOW);
        assertEquals(ApplicationStatus.APPROVED, approved.status());
        assertThrows(IllegalTransitionException.class, () -> approved.recordCommitteeDecision("approver", "x", NOW, false, null, null, NOW));
        assertThrows(IllegalTransitionException.class, () -> approved.withdraw(null, NOW));

        Application notApproved = para9(ApplicationStatus.OBJECTED);
        notApproved.recordCommitteeDecision("approver", "A/AC.291/6", NOW, false, null, null, NOW);
        assertEquals(ApplicationStatus.NOT_APPROVED, notApproved.status());
        assertThrows(IllegalTransitionException.class, () -> notApproved.closeObjectionWindow(false, NOW));
        assertThrows(IllegalTransitionException.class, () -> notApproved.withdraw(null, NOW));
    }

    // ---- the list ----------------------------------------------------------------------------

    private static NonObjectionList list(ListStatus target) {
        NonObjectionList l = new NonObjectionList(UUID.randomUUID(), "List", "approver", NOW);
        if (target != ListStatus.DRAFT) {
            l.circulate(2, NOW.plusSeconds(3600), "approver", NOW);
        }
        if (target == ListStatus.CLOSED || target == ListStatus.DECIDED) {
            l.close("system", NOW.plusSeconds(7200));
        }
        if (target == ListStatus.DECIDED) {
            l.recordDecision("A/AC.291/6", LocalDate.of(2026, 3, 3), "approver");
        }
        assertEquals(target, l.status());
        return l;
    }

    private static void listRefused(ListStatus state, Consumer<NonObjectionList> step) {
        NonObjectionList l = list(state);
        assertThrows(DomainException.class, () -> step.accept(l));
        assertEquals(state, l.status());
    }

    @Test
    void aDraftCannotCloseOrBeDecidedNorCirculateEmptyOrWithAPastDeadline() {
        listRefused(ListStatus.DRAFT, l -> l.close("system", NOW));
        listRefused(ListStatus.DRAFT, l -> l.recordDecision("A/AC.291/6", LocalDate.of(2026, 3, 3), "approver"));
        listRefused(ListStatus.DRAFT, l -> l.requireOpenForObjections(NOW, "object"));
        listRefused(ListStatus.DRAFT, l -> l.circulate(0, NOW.plusSeconds(60), "approver", NOW));
        listRefused(ListStatus.DRAFT, l -> l.circulate(1, NOW, "approver", NOW));
    }

    @Test
    void aCirculatedListCannotChangeCirculateAgainOrBeDecided() {
        listRefused(ListStatus.CIRCULATED, l -> l.requireDraft("add"));
        listRefused(ListStatus.CIRCULATED, l -> l.circulate(2, NOW.plusSeconds(99999), "approver", NOW));
        listRefused(ListStatus.CIRCULATED, l -> l.recordDecision("A/AC.291/6", LocalDate.of(2026, 3, 3), "approver"));
        NonObjectionList open = list(ListStatus.CIRCULATED);
        open.requireOpenForObjections(NOW.plusSeconds(3599), "object");
        RuleViolationException late = assertThrows(RuleViolationException.class,
                () -> open.requireOpenForObjections(NOW.plusSeconds(3600), "object"));
        assertEquals(409, late.httpStatus());
    }

    @Test
    void aClosedListOnlyAwaitsTheDecision() {
        listRefused(ListStatus.CLOSED, l -> l.requireDraft("add"));
        listRefused(ListStatus.CLOSED, l -> l.circulate(2, NOW.plusSeconds(99999), "approver", NOW));
        listRefused(ListStatus.CLOSED, l -> l.close("system", NOW));
        listRefused(ListStatus.CLOSED, l -> l.requireOpenForObjections(NOW, "object"));
    }

    @Test
    void aDecidedListIsFinal() {
        listRefused(ListStatus.DECIDED, l -> l.requireDraft("add"));
        listRefused(ListStatus.DECIDED, l -> l.circulate(2, NOW.plusSeconds(99999), "approver", NOW));
        listRefused(ListStatus.DECIDED, l -> l.close("system", NOW));
        listRefused(ListStatus.DECIDED, l -> l.recordDecision("again", LocalDate.of(2026, 3, 3), "approver"));
        listRefused(ListStatus.DECIDED, l -> l.requireOpenForObjections(NOW, "object"));
    }

    @Test
    void anObjectionOrADisclosureIsWithdrawnOrMadeOnce() {
        Objection o = new Objection(UUID.randomUUID(), UUID.randomUUID(), "FR", "basis", "ms-fr", NOW);
        o.withdraw("ms-fr", NOW);
        assertEquals(Objection.State.WITHDRAWN, o.state());
        assertThrows(IllegalTransitionException.class, () -> o.withdraw("ms-fr", NOW));

        ObjectionDisclosure d = new ObjectionDisclosure(UUID.randomUUID(), UUID.randomUUID(), "FR", "ms-fr", NOW);
        d.disclose("general", "approver", NOW);
        assertThrows(IllegalTransitionException.class, () -> d.disclose("again", "approver", NOW));
    }

    @Test
    void onlyAUnMemberStateHasMemberStateUsers() {
        assertThrows(RuleViolationException.class, () -> new MemberStateUser("ms-tw", "TW", "x@example.org", Language.en, "admin", NOW));
        assertThrows(RuleViolationException.class, () -> new MemberStateUser("ms-ps", "PS", "x@example.org", Language.ar, "admin", NOW));
        assertEquals("FR", new MemberStateUser("ms-fr2", "FR", "x@example.org", Language.fr, "admin", NOW).stateCode());
    }
}
