package org.accredit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The applicant vocabulary never tells the result of the objection window (plain JUnit, issue 8 section 1). */
class ApplicantStatusTest {

    @Test
    void bothResultsOfTheWindowReadTheSame() {
        assertEquals(ApplicantStatus.AWAITING_COMMITTEE_DECISION, ApplicantStatus.of(ApplicationStatus.OBJECTED));
        assertEquals(ApplicantStatus.AWAITING_COMMITTEE_DECISION, ApplicantStatus.of(ApplicationStatus.NO_OBJECTION));
        assertEquals(ApplicantStatus.UNDER_CONSIDERATION_BY_MEMBER_STATES, ApplicantStatus.of(ApplicationStatus.IN_CIRCULATION));
    }

    @Test
    void aRecommendationIsStillInReview() {
        assertEquals(ApplicantStatus.IN_REVIEW, ApplicantStatus.of(ApplicationStatus.RECOMMENDED));
    }

    @Test
    void finalOutcomesAreShownAsSuch() {
        assertEquals(ApplicantStatus.APPROVED, ApplicantStatus.of(ApplicationStatus.APPROVED));
        assertEquals(ApplicantStatus.NOT_APPROVED, ApplicantStatus.of(ApplicationStatus.NOT_APPROVED));
        assertEquals(ApplicantStatus.REJECTED, ApplicantStatus.of(ApplicationStatus.REJECTED));
        assertEquals(ApplicantStatus.WITHDRAWN, ApplicantStatus.of(ApplicationStatus.WITHDRAWN));
    }

    @Test
    void anOrganizationSeesItsAccreditationSuspendedOrWithdrawn() {
        assertEquals(ApplicantStatus.SUSPENDED, ApplicantStatus.of(ApplicationStatus.SUSPENDED));
        assertEquals(ApplicantStatus.ACCREDITATION_WITHDRAWN, ApplicantStatus.of(ApplicationStatus.ACCREDITATION_WITHDRAWN));
        assertEquals(ApplicantStatus.SUSPENDED, ApplicantStatus.ofName("SUSPENDED"));
    }

    @Test
    void noInternalWordOfTheWindowExistsInTheVocabulary() {
        Set<String> words = Arrays.stream(ApplicantStatus.values()).map(Enum::name).collect(Collectors.toSet());
        for (String internal : new String[] {"OBJECTED", "NO_OBJECTION", "IN_CIRCULATION", "RECOMMENDED"}) {
            assertFalse(words.contains(internal), internal);
        }
        for (ApplicationStatus s : ApplicationStatus.values()) {
            ApplicantStatus.of(s); // total: every internal status has an applicant word
        }
    }

    @Test
    void theApplicationSaysItInTheApplicantVocabulary() {
        Application a = ApplicationWorkflowTest.inStatus(ApplicationStatus.OBJECTED, ParticipationPath.PARA_9);
        assertEquals(ApplicantStatus.AWAITING_COMMITTEE_DECISION, a.applicantStatus());
    }
}
