package org.accredit.objection;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.accredit.application.Application;
import org.accredit.application.ApplicationStatus;
import org.accredit.application.ParticipationPath;
import org.accredit.application.StatusChange;
import org.accredit.application.TransitionEffects;
import org.junit.jupiter.api.Test;

/** What the set-based closure of a list binds: the enum's targets and legality, and no email to applicants. */
class ObjectionWindowRulesTest {

    @Test
    void theOutcomeIsObjectedWithAStandingObjectionElseNoObjection() {
        assertEquals(ApplicationStatus.OBJECTED, Application.objectionWindowOutcome(true));
        assertEquals(ApplicationStatus.NO_OBJECTION, Application.objectionWindowOutcome(false));
    }

    @Test
    void onlyParaNineApplicationsMoveOutOfCirculation() {
        for (boolean standing : new boolean[] {true, false}) {
            assertEquals(Set.of(ParticipationPath.PARA_9),
                    ApplicationStatus.IN_CIRCULATION.pathsAllowing(Application.objectionWindowOutcome(standing)));
        }
        assertEquals(Set.of(), ApplicationStatus.SUBMITTED.pathsAllowing(ApplicationStatus.OBJECTED));
        assertEquals(Set.of(ParticipationPath.values()), ApplicationStatus.SUBMITTED.pathsAllowing(ApplicationStatus.IN_REVIEW));
    }

    @Test
    void closingTheWindowEmailsNoApplicantSoTheClosureWritesNoOutboxRowForThem() {
        for (boolean standing : new boolean[] {true, false}) {
            StatusChange change = new StatusChange(ApplicationStatus.IN_CIRCULATION, Application.objectionWindowOutcome(standing));
            assertTrue(TransitionEffects.email(change, ParticipationPath.PARA_9).isEmpty(), change.toString());
        }
        assertDoesNotThrow(ObjectionWindow::requireNoApplicantEmail);
    }
}
