package org.accredit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.accredit.common.IllegalTransitionException;
import org.accredit.common.RuleViolationException;
import org.accredit.ecosoc.EcosocCategory;
import org.accredit.ecosoc.EcosocStatus;
import org.accredit.organization.Language;
import org.accredit.organization.OrganizationType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The workflow rules, in plain JUnit: every allowed and every refused transition. */
class ApplicationWorkflowTest {

    static final Instant T0 = Instant.parse("2026-11-02T15:00:00Z");
    static final UUID CALL = UUID.randomUUID();
    static final UUID ENTRY = UUID.randomUUID();

    static Application newApplication(OrganizationType type, EcosocCategory claim) {
        return Application.submit(UUID.randomUUID(), "AHC-2026-00001",
                new OrganizationDetails("Example Org", null, type, "FR", null, null, null),
                new ContactPerson("A. Person", null, "a@example.org", null), Language.en, claim,
                ParticipationPath.of(type, claim != null && type.mayClaimEcosocStatus()).needsOpenCall() ? CALL : null,
                new byte[32], T0);
    }

    static Application para7() {
        return newApplication(OrganizationType.INTERGOVERNMENTAL_ORGANIZATION, null);
    }

    static Application para8() {
        return newApplication(OrganizationType.NGO, EcosocCategory.SPECIAL);
    }

    static Application para9() {
        return newApplication(OrganizationType.ACADEMIC_INSTITUTION, null);
    }

    /** Drives an application of the given path to the given status through the intent methods. */
    static Application inStatus(ApplicationStatus target, ParticipationPath path) {
        Application a = path == ParticipationPath.PARA_7 ? para7() : path == ParticipationPath.PARA_8 ? para8() : para9();
        if (path == ParticipationPath.PARA_8) {
            a.confirmEcosocMatch(ENTRY, "reviewer", T0);
        }
        switch (target) {
            case SUBMITTED:
                return a;
            case IN_REVIEW:
                a.startReview(T0);
                return a;
            case INFORMATION_REQUESTED:
                a.startReview(T0);
                a.requestInformation("Which expertise?", T0);
                return a;
            case RECOMMENDED:
                a.startReview(T0);
                a.recommend("reviewer", T0);
                return a;
            case APPROVED:
                a.startReview(T0);
                a.recommend("reviewer", T0);
                if (path == ParticipationPath.PARA_9) {
                    a.circulate(T0);
                    a.closeObjectionWindow(false, T0);
                    a.recordCommitteeDecision("approver", "A/AC.291/6", T0, false, null, null, T0);
                } else {
                    a.approve("approver", true, EcosocStatus.ACTIVE, T0);
                }
                return a;
            case SUSPENDED:
                a = inStatus(ApplicationStatus.APPROVED, path);
                a.suspendAccreditation("approver", "ECOSOC status suspended", T0);
                return a;
            case ACCREDITATION_WITHDRAWN:
                a = inStatus(ApplicationStatus.APPROVED, path);
                a.withdrawAccreditation("approver", "ECOSOC status withdrawn", T0);
                return a;
            case REJECTED:
                a.rejectAtScreening("reviewer", "Out of scope", T0);
                return a;
            case WITHDRAWN:
                a.withdraw(null, T0);
                return a;
            case IN_CIRCULATION:
            case NO_OBJECTION:
            case OBJECTED:
            case NOT_APPROVED:
                a.startReview(T0);
                a.recommend("reviewer", T0);
                a.circulate(T0);
                if (target == ApplicationStatus.IN_CIRCULATION) {
                    return a;
                }
                a.closeObjectionWindow(target != ApplicationStatus.NO_OBJECTION, T0);
                if (target == ApplicationStatus.NOT_APPROVED) {
                    a.recordCommitteeDecision("approver", "A/AC.291/6", T0, false, null, null, T0);
                }
                return a;
            default:
                throw new IllegalArgumentException(target.name());
        }
    }

    static ParticipationPath pathThatReaches(ApplicationStatus s) {
        return EnumSet.of(ApplicationStatus.IN_CIRCULATION, ApplicationStatus.NO_OBJECTION, ApplicationStatus.OBJECTED,
                ApplicationStatus.NOT_APPROVED).contains(s) ? ParticipationPath.PARA_9 : ParticipationPath.PARA_7;
    }

    /** Each intent method, with the status it leads to when allowed. */
    enum Step {
        START_REVIEW(ApplicationStatus.IN_REVIEW, a -> a.startReview(T0)),
        REQUEST_INFORMATION(ApplicationStatus.INFORMATION_REQUESTED, a -> a.requestInformation("q", T0)),
        ANSWER(ApplicationStatus.IN_REVIEW, a -> a.answerInformationRequest("answer", T0)),
        RECOMMEND(ApplicationStatus.RECOMMENDED, a -> a.recommend("reviewer", T0)),
        REJECT_AT_SCREENING(ApplicationStatus.REJECTED, a -> a.rejectAtScreening("reviewer", "r", T0)),
        REJECT_RECOMMENDATION(ApplicationStatus.REJECTED, a -> a.rejectRecommendation("approver", "r", true, T0)),
        APPROVE(ApplicationStatus.APPROVED, a -> a.approve("approver", true, EcosocStatus.ACTIVE, T0)),
        WITHDRAW(ApplicationStatus.WITHDRAWN, a -> a.withdraw(null, T0)),
        CIRCULATE(ApplicationStatus.IN_CIRCULATION, a -> a.circulate(T0)),
        CLOSE_WINDOW_NO_OBJECTION(ApplicationStatus.NO_OBJECTION, a -> a.closeObjectionWindow(false, T0)),
        CLOSE_WINDOW_OBJECTED(ApplicationStatus.OBJECTED, a -> a.closeObjectionWindow(true, T0)),
        COMMITTEE_DECISION(null, a -> a.recordCommitteeDecision("approver", "A/AC.291/6", T0, false, null, null, T0)),
        SUSPEND_ACCREDITATION(ApplicationStatus.SUSPENDED, a -> a.suspendAccreditation("approver", "Status lapsed", T0)),
        REINSTATE_ACCREDITATION(ApplicationStatus.APPROVED, a -> a.reinstateAccreditation("approver", "Status restored", T0)),
        WITHDRAW_ACCREDITATION(ApplicationStatus.ACCREDITATION_WITHDRAWN, a -> a.withdrawAccreditation("approver", "Gone", T0));

        final ApplicationStatus leadsTo;
        final Consumer<Application> action;

        Step(ApplicationStatus leadsTo, Consumer<Application> action) {
            this.leadsTo = leadsTo;
            this.action = action;
        }
    }

    /** Where each step may be taken from (for the path given by {@link #pathThatReaches} / para 9 steps). */
    static Set<ApplicationStatus> allowedFrom(Step step) {
        switch (step) {
            case START_REVIEW: return EnumSet.of(ApplicationStatus.SUBMITTED);
            case REQUEST_INFORMATION: return EnumSet.of(ApplicationStatus.IN_REVIEW);
            case ANSWER: return EnumSet.of(ApplicationStatus.INFORMATION_REQUESTED);
            case RECOMMEND: return EnumSet.of(ApplicationStatus.IN_REVIEW);
            case REJECT_AT_SCREENING: return EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW,
                    ApplicationStatus.INFORMATION_REQUESTED);
            case REJECT_RECOMMENDATION:
            case APPROVE:
            case CIRCULATE: return EnumSet.of(ApplicationStatus.RECOMMENDED);
            case WITHDRAW: return EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW,
                    ApplicationStatus.INFORMATION_REQUESTED, ApplicationStatus.RECOMMENDED, ApplicationStatus.IN_CIRCULATION,
                    ApplicationStatus.NO_OBJECTION, ApplicationStatus.OBJECTED);
            case CLOSE_WINDOW_NO_OBJECTION:
            case CLOSE_WINDOW_OBJECTED: return EnumSet.of(ApplicationStatus.IN_CIRCULATION);
            case COMMITTEE_DECISION: return EnumSet.of(ApplicationStatus.NO_OBJECTION, ApplicationStatus.OBJECTED);
            case SUSPEND_ACCREDITATION: return EnumSet.of(ApplicationStatus.APPROVED);
            case REINSTATE_ACCREDITATION: return EnumSet.of(ApplicationStatus.SUSPENDED);
            case WITHDRAW_ACCREDITATION: return EnumSet.of(ApplicationStatus.APPROVED, ApplicationStatus.SUSPENDED);
            default: throw new IllegalArgumentException(step.name());
        }
    }

    static boolean para9Step(Step step) {
        return step == Step.CIRCULATE || step == Step.CLOSE_WINDOW_NO_OBJECTION || step == Step.CLOSE_WINDOW_OBJECTED
                || step == Step.COMMITTEE_DECISION;
    }

    static Stream<Arguments> everyStepFromEveryStatus() {
        return Stream.of(Step.values()).flatMap(step -> Stream.of(ApplicationStatus.values())
                .map(status -> Arguments.of(step, status)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyStepFromEveryStatus")
    void everyStepIsAllowedExactlyFromItsStatuses(Step step, ApplicationStatus from) {
        ParticipationPath path = para9Step(step) ? ParticipationPath.PARA_9 : pathThatReaches(from);
        if (para9Step(step) && from == ApplicationStatus.APPROVED) {
            path = ParticipationPath.PARA_9;
        }
        Application a = inStatus(from, path);
        if (allowedFrom(step).contains(from)) {
            step.action.accept(a);
            ApplicationStatus expected = step.leadsTo != null ? step.leadsTo
                    : from == ApplicationStatus.NO_OBJECTION ? ApplicationStatus.APPROVED : ApplicationStatus.NOT_APPROVED;
            assertEquals(expected, a.status());
            assertTrue(from.canMoveTo(expected), "the enum must allow what the entity does");
        } else {
            IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> step.action.accept(a));
            assertEquals(from.name(), e.currentStatus());
            assertEquals(from, a.status(), "a refused step changes nothing");
        }
    }

    @ParameterizedTest
    @EnumSource(ApplicationStatus.class)
    void finalStatusesAllowNothing(ApplicationStatus s) {
        assertEquals(s.allowedNext().isEmpty(), s.isFinal());
        assertEquals(EnumSet.of(ApplicationStatus.REJECTED, ApplicationStatus.NOT_APPROVED,
                ApplicationStatus.WITHDRAWN, ApplicationStatus.ACCREDITATION_WITHDRAWN).contains(s), s.isFinal());
    }

    @Nested
    class Standing {

        @ParameterizedTest
        @EnumSource(ParticipationPath.class)
        void anAccreditationIsSuspendedReinstatedAndWithdrawnOnEveryPath(ParticipationPath path) {
            Application a = inStatus(ApplicationStatus.APPROVED, path);
            assertEquals(new StatusChange(ApplicationStatus.APPROVED, ApplicationStatus.SUSPENDED),
                    a.suspendAccreditation("approver", "ECOSOC status suspended", T0));
            assertEquals(ApplicantStatus.SUSPENDED, a.applicantStatus());
            assertTrue(a.status().isOpen(), "a suspended accreditation still keeps the organization from applying again");
            assertEquals(new StatusChange(ApplicationStatus.SUSPENDED, ApplicationStatus.APPROVED),
                    a.reinstateAccreditation("approver", "ECOSOC status restored", T0));
            a.suspendAccreditation("approver", "Again", T0);
            assertEquals(new StatusChange(ApplicationStatus.SUSPENDED, ApplicationStatus.ACCREDITATION_WITHDRAWN),
                    a.withdrawAccreditation("approver", "ECOSOC status withdrawn", T0));
            assertEquals(ApplicantStatus.ACCREDITATION_WITHDRAWN, a.applicantStatus());
            assertFalse(a.status().isOpen(), "a withdrawn accreditation frees the organization to apply again");
            assertTrue(a.nextStatuses().isEmpty());
        }

        @Test
        void everyStandingStepNeedsAReason() {
            for (String reason : new String[] {null, "", "   "}) {
                Application approved = inStatus(ApplicationStatus.APPROVED, ParticipationPath.PARA_8);
                RuleViolationException e = assertThrows(RuleViolationException.class,
                        () -> approved.suspendAccreditation("approver", reason, T0));
                assertEquals(422, e.httpStatus());
                assertThrows(RuleViolationException.class, () -> approved.withdrawAccreditation("approver", reason, T0));
                assertEquals(ApplicationStatus.APPROVED, approved.status());
                Application suspended = inStatus(ApplicationStatus.SUSPENDED, ParticipationPath.PARA_8);
                assertThrows(RuleViolationException.class, () -> suspended.reinstateAccreditation("approver", reason, T0));
                assertEquals(ApplicationStatus.SUSPENDED, suspended.status());
            }
        }

        @Test
        void theApplicantCannotWithdrawAnAccreditationNorAMatchChangeIt() {
            Application a = inStatus(ApplicationStatus.SUSPENDED, ParticipationPath.PARA_8);
            assertThrows(IllegalTransitionException.class, () -> a.withdraw("no", T0));
            assertThrows(IllegalTransitionException.class, () -> a.confirmEcosocMatch(UUID.randomUUID(), "reviewer", T0));
            Application approved = inStatus(ApplicationStatus.APPROVED, ParticipationPath.PARA_8);
            assertThrows(IllegalTransitionException.class, () -> approved.confirmEcosocMatch(UUID.randomUUID(), "reviewer", T0));
        }
    }

    @Nested
    class Paths {

        @Test
        void pathFollowsTypeAndEcosocClaim() {
            assertEquals(ParticipationPath.PARA_7, para7().path());
            assertEquals(ParticipationPath.PARA_7, newApplication(OrganizationType.UN_ENTITY, null).path());
            assertEquals(ParticipationPath.PARA_8, para8().path());
            assertEquals(ParticipationPath.PARA_9, newApplication(OrganizationType.NGO, null).path());
            assertEquals(ParticipationPath.PARA_9, para9().path());
            // any type but IGOs and UN entities may hold consultative status: the claim routes, the roster decides
            for (OrganizationType type : List.of(OrganizationType.PRIVATE_SECTOR, OrganizationType.ACADEMIC_INSTITUTION,
                    OrganizationType.CIVIL_SOCIETY_ORGANIZATION, OrganizationType.NGO)) {
                assertEquals(ParticipationPath.PARA_8, newApplication(type, EcosocCategory.GENERAL).path(), type.name());
                assertEquals(EcosocCategory.GENERAL, newApplication(type, EcosocCategory.GENERAL).ecosocCategoryClaimed());
                assertEquals(ParticipationPath.PARA_9, newApplication(type, null).path(), type.name());
            }
            assertEquals(ParticipationPath.PARA_7, newApplication(OrganizationType.INTERGOVERNMENTAL_ORGANIZATION,
                    EcosocCategory.GENERAL).path());
            assertNull(newApplication(OrganizationType.UN_ENTITY, EcosocCategory.GENERAL).ecosocCategoryClaimed());
        }

        @Test
        void staffMoveAnyNonGovernmentalApplicationFromPara9To8AndBack() {
            for (OrganizationType type : List.of(OrganizationType.PRIVATE_SECTOR, OrganizationType.ACADEMIC_INSTITUTION,
                    OrganizationType.NGO)) {
                Application a = newApplication(type, null);
                a.startReview(T0);
                assertEquals(new PathChange(ParticipationPath.PARA_9, ParticipationPath.PARA_8),
                        a.changePath(ParticipationPath.PARA_8, null, T0));
                assertEquals(ParticipationPath.PARA_8, a.path());
                assertEquals(new PathChange(ParticipationPath.PARA_8, ParticipationPath.PARA_9),
                        a.changePath(ParticipationPath.PARA_9, CALL, T0));
                assertEquals(ParticipationPath.PARA_9, a.path());
            }
            assertThrows(RuleViolationException.class,
                    () -> newApplication(OrganizationType.UN_ENTITY, null).changePath(ParticipationPath.PARA_8, null, T0));
        }

        @Test
        void para9CannotBeApprovedOrRejectedByTheSecretariat() {
            Application a = inStatus(ApplicationStatus.RECOMMENDED, ParticipationPath.PARA_9);
            assertThrows(RuleViolationException.class, () -> a.approve("approver", true, null, T0));
            assertThrows(RuleViolationException.class, () -> a.rejectRecommendation("approver", "r", true, T0));
            assertEquals(ApplicationStatus.RECOMMENDED, a.status());
        }

        @Test
        void onlyPara9IsCirculated() {
            Application a = inStatus(ApplicationStatus.RECOMMENDED, ParticipationPath.PARA_7);
            assertThrows(RuleViolationException.class, () -> a.circulate(T0));
        }

        @Test
        void unconfirmedEcosocClaimMovesToPara9WithItsCall() {
            Application a = para8();
            a.startReview(T0);
            PathChange change = a.changePath(ParticipationPath.PARA_9, CALL, T0);
            assertEquals(new PathChange(ParticipationPath.PARA_8, ParticipationPath.PARA_9), change);
            assertEquals(ParticipationPath.PARA_9, a.path());
            assertEquals(CALL, a.callId());
            assertEquals(ApplicationStatus.IN_REVIEW, a.status());
        }

        @Test
        void pathChangeRules() {
            assertThrows(RuleViolationException.class, () -> para8().changePath(ParticipationPath.PARA_9, null, T0),
                    "para 9 needs a call");
            assertThrows(RuleViolationException.class, () -> para9().changePath(ParticipationPath.PARA_7, null, T0),
                    "an academic institution is not an IGO");
            assertThrows(RuleViolationException.class, () -> para7().changePath(ParticipationPath.PARA_8, null, T0),
                    "an IGO is not an NGO");
            assertThrows(RuleViolationException.class, () -> para7().changePath(ParticipationPath.PARA_7, null, T0),
                    "already there");
            Application recommended = inStatus(ApplicationStatus.RECOMMENDED, ParticipationPath.PARA_8);
            assertThrows(IllegalTransitionException.class,
                    () -> recommended.changePath(ParticipationPath.PARA_9, CALL, T0));
        }
    }

    @Nested
    class Decisions {

        @Test
        void fourEyesRefusesTheRecommenderAsApprover() {
            Application a = inStatus(ApplicationStatus.RECOMMENDED, ParticipationPath.PARA_7);
            RuleViolationException e = assertThrows(RuleViolationException.class,
                    () -> a.approve("reviewer", true, null, T0));
            assertEquals(403, e.httpStatus());
            assertThrows(RuleViolationException.class, () -> a.rejectRecommendation("reviewer", "r", true, T0));
            assertEquals(ApplicationStatus.RECOMMENDED, a.status());
        }

        @Test
        void fourEyesCanBeSwitchedOff() {
            Application a = inStatus(ApplicationStatus.RECOMMENDED, ParticipationPath.PARA_7);
            a.approve("reviewer", false, null, T0);
            assertEquals(ApplicationStatus.APPROVED, a.status());
            assertEquals("reviewer", a.decidedBy());
        }

        @Test
        void para8NeedsAConfirmedMatch() {
            Application a = para8();
            a.startReview(T0);
            a.recommend("reviewer", T0);
            RuleViolationException e = assertThrows(RuleViolationException.class,
                    () -> a.approve("approver", true, EcosocStatus.ACTIVE, T0));
            assertEquals(409, e.httpStatus());
        }

        @ParameterizedTest
        @EnumSource(value = EcosocStatus.class, names = {"SUSPENDED", "WITHDRAWN"})
        void para8NeedsAnActiveStatusAtDecisionTime(EcosocStatus status) {
            Application a = inStatus(ApplicationStatus.RECOMMENDED, ParticipationPath.PARA_8);
            assertThrows(RuleViolationException.class, () -> a.approve("approver", true, status, T0));
            assertThrows(RuleViolationException.class, () -> a.approve("approver", true, null, T0));
            a.approve("approver", true, EcosocStatus.ACTIVE, T0);
            assertEquals(ApplicationStatus.APPROVED, a.status());
        }

        @Test
        void ecosocMatchOnlyForPara8BeforeRecommendation() {
            assertThrows(RuleViolationException.class, () -> para7().confirmEcosocMatch(ENTRY, "reviewer", T0));
            Application recommended = inStatus(ApplicationStatus.RECOMMENDED, ParticipationPath.PARA_8);
            assertThrows(IllegalTransitionException.class, () -> recommended.confirmEcosocMatch(ENTRY, "reviewer", T0));
        }

        @Test
        void rejectionKeepsTheReason() {
            Application a = inStatus(ApplicationStatus.IN_REVIEW, ParticipationPath.PARA_9);
            a.rejectAtScreening("reviewer", "No expertise in cybercrime", T0);
            assertEquals("No expertise in cybercrime", a.decisionReason());
            assertEquals("reviewer", a.decidedBy());
        }

        @Test
        void committeeMayApproveDespiteAnObjectionOnlyWithAReason() {
            Application a = inStatus(ApplicationStatus.OBJECTED, ParticipationPath.PARA_9);
            assertThrows(RuleViolationException.class,
                    () -> a.recordCommitteeDecision("approver", "A/AC.291/6", T0, true, " ", "approver2", T0));
            a.recordCommitteeDecision("approver", "A/AC.291/6", T0, true, "Decided by consensus", "approver2", T0);
            assertEquals(ApplicationStatus.APPROVED, a.status());
            assertEquals("A/AC.291/6", a.decisionReference());
        }

        @Test
        void informationRequestRoundTrip() {
            Application a = inStatus(ApplicationStatus.IN_REVIEW, ParticipationPath.PARA_9);
            a.requestInformation("Which expertise?", T0);
            InformationRequest asked = InformationRequest.ask(a, "Which expertise?", "reviewer", T0);
            assertEquals("Which expertise?", asked.question());
            assertFalse(asked.isAnswered());
            a.answerInformationRequest("Ten years of CERT work", T0);
            asked.answer("Ten years of CERT work", T0);
            assertEquals(ApplicationStatus.IN_REVIEW, a.status());
            assertEquals("Ten years of CERT work", asked.answer());
            assertThrows(RuleViolationException.class, () -> asked.answer("again", T0), "a question is answered once");
            assertFalse(a.status().isFinal());
        }

        @Test
        void aQuestionIsRecordedOnlyWhenTheApplicationAsksForInformation() {
            Application a = inStatus(ApplicationStatus.IN_REVIEW, ParticipationPath.PARA_7);
            assertThrows(IllegalTransitionException.class, () -> InformationRequest.ask(a, "q", "reviewer", T0));
        }
    }
}
