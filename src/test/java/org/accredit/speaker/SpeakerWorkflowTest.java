package org.accredit.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.accredit.common.IllegalTransitionException;
import org.junit.jupiter.api.Test;

/** Every step of the speaker workflows, allowed and refused, without Quarkus. */
class SpeakerWorkflowTest {

    private static final Instant T = Instant.parse("2026-03-02T14:00:00Z");

    private static SpeakerRequest request() {
        return new SpeakerRequest(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "Cooperation", T);
    }

    @Test
    void requestStatuses() {
        assertEquals(Set.of(SpeakerRequestStatus.WITHDRAWN), SpeakerRequestStatus.REQUESTED.allowedNext());
        assertTrue(SpeakerRequestStatus.WITHDRAWN.allowedNext().isEmpty());
        assertTrue(SpeakerRequestStatus.REQUESTED.canMoveTo(SpeakerRequestStatus.WITHDRAWN));
        assertFalse(SpeakerRequestStatus.WITHDRAWN.canMoveTo(SpeakerRequestStatus.REQUESTED));
        assertFalse(SpeakerRequestStatus.REQUESTED.canMoveTo(SpeakerRequestStatus.REQUESTED));
    }

    @Test
    void aNewRequestStandsWithoutAPlace() {
        SpeakerRequest r = request();
        assertEquals(SpeakerRequestStatus.REQUESTED, r.status());
        assertNull(r.position());
        assertNull(r.withdrawnAt());
    }

    @Test
    void aStandingRequestIsPlacedAndWithdrawn() {
        SpeakerRequest r = request();
        r.placeAt(3);
        assertEquals(3, r.position());
        r.clearPosition();
        assertNull(r.position());
        r.placeAt(1);
        r.withdraw(T.plusSeconds(60));
        assertEquals(SpeakerRequestStatus.WITHDRAWN, r.status());
        assertEquals(T.plusSeconds(60), r.withdrawnAt());
        assertNull(r.position(), "a withdrawn request has no place");
    }

    @Test
    void aWithdrawnRequestIsNeitherWithdrawnAgainNorPlaced() {
        SpeakerRequest r = request();
        r.withdraw(T);
        IllegalTransitionException again = assertThrows(IllegalTransitionException.class, () -> r.withdraw(T));
        assertEquals("WITHDRAWN", again.currentStatus());
        assertEquals(409, again.httpStatus());
        assertThrows(IllegalTransitionException.class, () -> r.placeAt(1));
    }

    @Test
    void aPlaceStartsAtOne() {
        assertThrows(IllegalArgumentException.class, () -> request().placeAt(0));
    }

    @Test
    void listStatuses() {
        assertEquals(Set.of(SpeakersListStatus.PUBLISHED), SpeakersListStatus.DRAFT.allowedNext());
        assertTrue(SpeakersListStatus.PUBLISHED.allowedNext().isEmpty());
        assertTrue(SpeakersListStatus.DRAFT.open());
        assertFalse(SpeakersListStatus.PUBLISHED.open());
        assertFalse(SpeakersListStatus.PUBLISHED.canMoveTo(SpeakersListStatus.DRAFT));
    }

    @Test
    void aDraftListTakesRequestsWithdrawalsAndReorderings() {
        SpeakersList list = new SpeakersList(UUID.randomUUID(), UUID.randomUUID());
        assertEquals(SpeakersListStatus.DRAFT, list.status());
        list.requireOpenForRequests();
        list.requireOpenForWithdrawals();
        list.reorder("reviewer", T);
        assertEquals("reviewer", list.reorderedBy());
        assertEquals(T, list.reorderedAt());
        assertEquals(SpeakersListStatus.DRAFT, list.status());
        assertNull(list.publishedAt());
    }

    @Test
    void publishingFreezesTheList() {
        SpeakersList list = new SpeakersList(UUID.randomUUID(), UUID.randomUUID());
        list.publish("approver", T);
        assertEquals(SpeakersListStatus.PUBLISHED, list.status());
        assertEquals("approver", list.publishedBy());
        assertEquals(T, list.publishedAt());
        assertEquals("PUBLISHED", assertThrows(IllegalTransitionException.class, () -> list.publish("approver", T))
                .currentStatus());
        assertThrows(IllegalTransitionException.class, () -> list.reorder("reviewer", T));
        assertThrows(IllegalTransitionException.class, list::requireOpenForRequests);
        assertThrows(IllegalTransitionException.class, list::requireOpenForWithdrawals);
        assertNull(list.reorderedBy(), "a refused step changes nothing");
    }
}
