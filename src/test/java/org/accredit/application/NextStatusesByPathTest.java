package org.accredit.application;

import static org.accredit.application.ApplicationStatus.APPROVED;
import static org.accredit.application.ApplicationStatus.INFORMATION_REQUESTED;
import static org.accredit.application.ApplicationStatus.IN_CIRCULATION;
import static org.accredit.application.ApplicationStatus.IN_REVIEW;
import static org.accredit.application.ApplicationStatus.NOT_APPROVED;
import static org.accredit.application.ApplicationStatus.NO_OBJECTION;
import static org.accredit.application.ApplicationStatus.OBJECTED;
import static org.accredit.application.ApplicationStatus.RECOMMENDED;
import static org.accredit.application.ApplicationStatus.REJECTED;
import static org.accredit.application.ApplicationStatus.SUBMITTED;
import static org.accredit.application.ApplicationStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The moves the workflow allows next depend on the path (plain JUnit, issue 8 section 5). */
class NextStatusesByPathTest {

    private static Set<ApplicationStatus> next(ApplicationStatus status, ParticipationPath path) {
        return ApplicationWorkflowTest.inStatus(status, path).nextStatuses();
    }

    @Test
    void para7() {
        assertEquals(EnumSet.of(IN_REVIEW, REJECTED, WITHDRAWN), next(SUBMITTED, ParticipationPath.PARA_7));
        assertEquals(EnumSet.of(INFORMATION_REQUESTED, RECOMMENDED, REJECTED, WITHDRAWN), next(IN_REVIEW, ParticipationPath.PARA_7));
        assertEquals(EnumSet.of(IN_REVIEW, REJECTED, WITHDRAWN), next(INFORMATION_REQUESTED, ParticipationPath.PARA_7));
        assertEquals(EnumSet.of(APPROVED, REJECTED, WITHDRAWN), next(RECOMMENDED, ParticipationPath.PARA_7),
                "no IN_CIRCULATION for para 7");
        assertEquals(EnumSet.of(ApplicationStatus.SUSPENDED, ApplicationStatus.ACCREDITATION_WITHDRAWN),
                next(APPROVED, ParticipationPath.PARA_7));
    }

    @Test
    void para8() {
        assertEquals(EnumSet.of(IN_REVIEW, REJECTED, WITHDRAWN), next(SUBMITTED, ParticipationPath.PARA_8));
        assertEquals(EnumSet.of(INFORMATION_REQUESTED, RECOMMENDED, REJECTED, WITHDRAWN), next(IN_REVIEW, ParticipationPath.PARA_8));
        assertEquals(EnumSet.of(APPROVED, REJECTED, WITHDRAWN), next(RECOMMENDED, ParticipationPath.PARA_8),
                "no IN_CIRCULATION for para 8");
        assertEquals(EnumSet.noneOf(ApplicationStatus.class), next(REJECTED, ParticipationPath.PARA_8));
    }

    @Test
    void para9() {
        assertEquals(EnumSet.of(IN_REVIEW, REJECTED, WITHDRAWN), next(SUBMITTED, ParticipationPath.PARA_9));
        assertEquals(EnumSet.of(INFORMATION_REQUESTED, RECOMMENDED, REJECTED, WITHDRAWN), next(IN_REVIEW, ParticipationPath.PARA_9));
        assertEquals(EnumSet.of(IN_CIRCULATION, WITHDRAWN), next(RECOMMENDED, ParticipationPath.PARA_9),
                "a recommended para 9 application is circulated, never approved or rejected by the secretariat");
        assertEquals(EnumSet.of(NO_OBJECTION, OBJECTED, WITHDRAWN), next(IN_CIRCULATION, ParticipationPath.PARA_9));
        assertEquals(EnumSet.of(APPROVED, WITHDRAWN), next(NO_OBJECTION, ParticipationPath.PARA_9));
        assertEquals(EnumSet.of(APPROVED, NOT_APPROVED, WITHDRAWN), next(OBJECTED, ParticipationPath.PARA_9));
        assertEquals(EnumSet.noneOf(ApplicationStatus.class), next(NOT_APPROVED, ParticipationPath.PARA_9));
    }

    /** What nextStatuses lists is exactly what the intent methods do: nothing listed is refused by the path. */
    @ParameterizedTest
    @EnumSource(value = ParticipationPath.class, names = {"PARA_7", "PARA_8"})
    void nonObjectionStatesNeverListedOutsidePara9(ParticipationPath path) {
        for (ApplicationStatus s : ApplicationStatus.values()) {
            for (ApplicationStatus target : s.allowedNext(path)) {
                assertFalse(target.isNonObjectionState(), s + " -> " + target + " on " + path);
            }
        }
        assertFalse(RECOMMENDED.canMoveTo(IN_CIRCULATION, path));
        assertTrue(RECOMMENDED.canMoveTo(IN_CIRCULATION, ParticipationPath.PARA_9));
    }
}
