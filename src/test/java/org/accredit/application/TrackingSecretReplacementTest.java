package org.accredit.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.accredit.organization.OrganizationType;
import org.junit.jupiter.api.Test;

/** The lost-secret step on the entity (plain JUnit): which email matches, and the replacement itself. */
class TrackingSecretReplacementTest {

    @Test
    void theContactEmailMatchesWhateverItsCaseAndSurroundingSpaces() {
        Application a = ApplicationWorkflowTest.newApplication(OrganizationType.UN_ENTITY, null);
        assertTrue(a.hasContactEmail("a@example.org"));
        assertTrue(a.hasContactEmail("  A@Example.ORG "));
        assertFalse(a.hasContactEmail("b@example.org"));
        assertFalse(a.hasContactEmail("a@example.org.evil"));
        assertFalse(a.hasContactEmail(""));
        assertFalse(a.hasContactEmail(null));
    }

    @Test
    void aNewSecretReplacesTheOldOneAndNothingElse() {
        Application a = ApplicationWorkflowTest.newApplication(OrganizationType.UN_ENTITY, null);
        ApplicationStatus status = a.status();
        var updated = a.updatedAt();
        String secret = TrackingSecrets.generate();

        a.replaceTrackingSecret(TrackingSecrets.hash(secret));

        assertArrayEquals(TrackingSecrets.hash(secret), a.trackingSecretHash());
        assertEquals(status, a.status());
        assertEquals(updated, a.updatedAt(), "no change of status or path");
        assertThrows(IllegalArgumentException.class, () -> a.replaceTrackingSecret(new byte[3]));
        assertThrows(IllegalArgumentException.class, () -> a.replaceTrackingSecret(null));
    }
}
