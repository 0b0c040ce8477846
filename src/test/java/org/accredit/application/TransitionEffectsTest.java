package org.accredit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.accredit.notification.EmailKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one table of the email a transition sends (each row as the callers chose it before the table). */
class TransitionEffectsTest {

    private static Optional<EmailKind> email(ApplicationStatus from, ApplicationStatus to, ParticipationPath path) {
        return TransitionEffects.email(new StatusChange(from, to), path);
    }

    @ParameterizedTest
    @EnumSource(ParticipationPath.class)
    void applicantFacingStepsEmail(ParticipationPath path) {
        assertEquals(Optional.of(EmailKind.INFORMATION_REQUEST),
                email(ApplicationStatus.IN_REVIEW, ApplicationStatus.INFORMATION_REQUESTED, path));
        assertEquals(Optional.of(EmailKind.REJECTION), email(ApplicationStatus.IN_REVIEW, ApplicationStatus.REJECTED, path));
        assertEquals(Optional.of(EmailKind.WITHDRAWAL), email(ApplicationStatus.SUBMITTED, ApplicationStatus.WITHDRAWN, path));
    }

    @Test
    void approvalIsTheSecretariatsOnPara7And8AndTheCommitteesOnPara9() {
        assertEquals(Optional.of(EmailKind.APPROVAL),
                email(ApplicationStatus.RECOMMENDED, ApplicationStatus.APPROVED, ParticipationPath.PARA_7));
        assertEquals(Optional.of(EmailKind.APPROVAL),
                email(ApplicationStatus.RECOMMENDED, ApplicationStatus.APPROVED, ParticipationPath.PARA_8));
        assertEquals(Optional.of(EmailKind.COMMITTEE_APPROVAL),
                email(ApplicationStatus.NO_OBJECTION, ApplicationStatus.APPROVED, ParticipationPath.PARA_9));
        assertEquals(Optional.of(EmailKind.NOT_APPROVED),
                email(ApplicationStatus.OBJECTED, ApplicationStatus.NOT_APPROVED, ParticipationPath.PARA_9));
    }

    @ParameterizedTest
    @EnumSource(ParticipationPath.class)
    void theStandingOfAnAccreditationIsEmailedAndAReinstatementIsNoSecondApproval(ParticipationPath path) {
        assertEquals(Optional.of(EmailKind.ACCREDITATION_SUSPENDED),
                email(ApplicationStatus.APPROVED, ApplicationStatus.SUSPENDED, path));
        assertEquals(Optional.of(EmailKind.ACCREDITATION_REINSTATED),
                email(ApplicationStatus.SUSPENDED, ApplicationStatus.APPROVED, path));
        assertEquals(Optional.of(EmailKind.ACCREDITATION_WITHDRAWN),
                email(ApplicationStatus.APPROVED, ApplicationStatus.ACCREDITATION_WITHDRAWN, path));
        assertEquals(Optional.of(EmailKind.ACCREDITATION_WITHDRAWN),
                email(ApplicationStatus.SUSPENDED, ApplicationStatus.ACCREDITATION_WITHDRAWN, path));
    }

    @Test
    void internalStepsSendNothing() {
        assertEquals(Optional.empty(), email(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW, ParticipationPath.PARA_9));
        assertEquals(Optional.empty(),
                email(ApplicationStatus.INFORMATION_REQUESTED, ApplicationStatus.IN_REVIEW, ParticipationPath.PARA_9));
        assertEquals(Optional.empty(), email(ApplicationStatus.IN_REVIEW, ApplicationStatus.RECOMMENDED, ParticipationPath.PARA_7));
        assertEquals(Optional.empty(),
                email(ApplicationStatus.RECOMMENDED, ApplicationStatus.IN_CIRCULATION, ParticipationPath.PARA_9));
        assertEquals(Optional.empty(), email(ApplicationStatus.IN_CIRCULATION, ApplicationStatus.OBJECTED, ParticipationPath.PARA_9));
        assertEquals(Optional.empty(),
                email(ApplicationStatus.IN_CIRCULATION, ApplicationStatus.NO_OBJECTION, ParticipationPath.PARA_9));
    }

    @Test
    void aPathChangeEmails() {
        assertEquals(EmailKind.PATH_CHANGE,
                TransitionEffects.email(new PathChange(ParticipationPath.PARA_9, ParticipationPath.PARA_8)));
    }
}
