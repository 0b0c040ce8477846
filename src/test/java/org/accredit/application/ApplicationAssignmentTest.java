package org.accredit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.accredit.common.IllegalTransitionException;
import org.accredit.common.RuleViolationException;
import org.accredit.ecosoc.EcosocStatus;
import org.accredit.organization.OrganizationType;
import org.junit.jupiter.api.Test;

/** Assignment, in plain JUnit: allowed while the application is open, refused once decided or withdrawn. */
class ApplicationAssignmentTest {

    static final Instant T1 = ApplicationWorkflowTest.T0.plusSeconds(60);

    static Application para7() {
        return ApplicationWorkflowTest.newApplication(OrganizationType.INTERGOVERNMENTAL_ORGANIZATION, null);
    }

    @Test
    void anOpenApplicationIsAssignedAndReassignedWithoutChangingItsStatus() {
        Application a = para7();
        assertNull(a.assignedTo());
        a.assignTo(" reviewer2 ", "chief", T1);
        assertEquals("reviewer2", a.assignedTo());
        assertEquals(T1, a.assignedAt());
        assertEquals(ApplicationStatus.SUBMITTED, a.status());
        a.startReview(T1);
        a.recommend("reviewer", T1);
        a.assignTo("reviewer", "approver", T1.plusSeconds(1));
        assertEquals("reviewer", a.assignedTo());
        assertEquals(ApplicationStatus.RECOMMENDED, a.status());
    }

    @Test
    void aDecidedOrWithdrawnApplicationIsNotAssigned() {
        Application rejected = para7();
        rejected.rejectAtScreening("reviewer", "Not an IGO.", T1);
        assertEquals(409, assertThrows(IllegalTransitionException.class,
                () -> rejected.assignTo("reviewer2", "chief", T1)).httpStatus());

        Application withdrawn = para7();
        withdrawn.withdraw(null, T1);
        assertThrows(IllegalTransitionException.class, () -> withdrawn.assignTo("reviewer2", "chief", T1));

        Application approved = para7();
        approved.startReview(T1);
        approved.recommend("reviewer", T1);
        approved.approve("approver", true, EcosocStatus.ACTIVE, T1);
        assertThrows(IllegalTransitionException.class, () -> approved.assignTo("reviewer2", "chief", T1));
        assertNull(approved.assignedTo());
    }

    @Test
    void anAssignmentNeedsAReviewer() {
        Application a = para7();
        assertThrows(RuleViolationException.class, () -> a.assignTo("  ", "chief", T1));
        assertNull(a.assignedTo());
    }
}
