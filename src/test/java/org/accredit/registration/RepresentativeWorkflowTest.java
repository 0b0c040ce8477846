package org.accredit.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.accredit.common.IllegalTransitionException;
import org.accredit.common.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every step of a representative's registration, and the registration window, without Quarkus. */
class RepresentativeWorkflowTest {

    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final UUID SESSION = UUID.randomUUID();
    static final UUID ORG = UUID.randomUUID();

    static RepresentativeRequest person(String email, AttendanceMode mode) {
        return new RepresentativeRequest(UUID.randomUUID(), " Amina Diallo ", "Director", "Institute", email, mode,
                Gender.FEMALE, "sn");
    }

    static Representative requested() {
        return Representative.register(SESSION, ORG, person(" Amina@Example.ORG ", AttendanceMode.IN_PERSON), NOW);
    }

    static Representative late() {
        return Representative.registerLate(SESSION, ORG, person("late@example.org", AttendanceMode.ONLINE), NOW);
    }

    @Test
    void aRegistrationInsideTheWindowIsRequestedWithItsPersonNormalized() {
        Representative r = requested();
        assertEquals(RepresentativeStatus.REQUESTED, r.status());
        assertFalse(r.late());
        assertEquals("Amina Diallo", r.name());
        assertEquals("amina@example.org", r.emailNormalized());
        assertEquals("SN", r.nationality());
        assertTrue(r.status().holdsSeat());
    }

    @Test
    void aLateRegistrationIsALateRequest() {
        Representative r = late();
        assertEquals(RepresentativeStatus.LATE_REQUEST, r.status());
        assertTrue(r.late());
        assertTrue(r.status().holdsSeat());
    }

    @Test
    void confirmingARequestNeedsNoReasonAndRecordsWhoAndWhen() {
        Representative r = requested();
        r.confirm("reviewer", null, NOW.plusSeconds(60));
        assertEquals(RepresentativeStatus.CONFIRMED, r.status());
        assertEquals("reviewer", r.decidedBy());
        assertEquals(NOW.plusSeconds(60), r.decidedAt());
        assertNull(r.decisionReason());
        assertTrue(r.status().holdsSeat());
    }

    @Test
    void aLateRequestIsAcceptedOnlyWithAReason() {
        Representative r = late();
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> r.confirm("reviewer", "  ", NOW));
        assertEquals(422, e.httpStatus());
        assertEquals(RepresentativeStatus.LATE_REQUEST, r.status());
        r.confirm("approver", "Letter received by the 6 p.m. deadline by email", NOW);
        assertEquals(RepresentativeStatus.CONFIRMED, r.status());
        assertEquals("Letter received by the 6 p.m. deadline by email", r.decisionReason());
        assertTrue(r.late(), "a confirmed late request stays marked late");
    }

    @Test
    void aRefusalNeedsAReasonAndFreesTheSeat() {
        Representative r = late();
        assertEquals(422, assertThrows(RuleViolationException.class, () -> r.refuse("reviewer", null, NOW)).httpStatus());
        r.refuse("reviewer", "Not on the letter", NOW);
        assertEquals(RepresentativeStatus.REFUSED, r.status());
        assertEquals("Not on the letter", r.decisionReason());
        assertFalse(r.status().holdsSeat());
    }

    @Test
    void aRepresentativeIsWithdrawnFromRequestedOrConfirmed() {
        Representative a = requested();
        a.withdraw(NOW);
        assertEquals(RepresentativeStatus.WITHDRAWN, a.status());
        assertFalse(a.status().holdsSeat());
        Representative b = requested();
        b.confirm("reviewer", null, NOW);
        b.withdraw(NOW);
        assertEquals(RepresentativeStatus.WITHDRAWN, b.status());
    }

    @Test
    void aReplacementGivesUpTheSeatAndTheSuccessorNamesTheOldOne() {
        Representative old = requested();
        old.confirm("reviewer", null, NOW);
        Representative successor = Representative.register(SESSION, ORG, person("new@example.org", AttendanceMode.ONLINE), NOW);
        old.replaceBy(successor, NOW);
        assertEquals(RepresentativeStatus.REPLACED, old.status());
        assertEquals(old.id(), successor.replacesId());
        assertEquals(RepresentativeStatus.REQUESTED, successor.status());
    }

    @Test
    void aSuccessorMustBeOfTheSameOrganizationAndSession() {
        Representative old = requested();
        Representative other = Representative.register(UUID.randomUUID(), ORG, person("x@example.org", AttendanceMode.ONLINE), NOW);
        assertThrows(IllegalArgumentException.class, () -> old.replaceBy(other, NOW));
        assertEquals(RepresentativeStatus.REQUESTED, old.status());
    }

    /** From each final status, and from CONFIRMED for a second decision, every step is refused with 409. */
    @ParameterizedTest
    @EnumSource(value = RepresentativeStatus.class, names = {"REFUSED", "WITHDRAWN", "REPLACED"})
    void aClosedRegistrationTakesNoStep(RepresentativeStatus closed) {
        for (Consumer<Representative> step : steps()) {
            Representative r = in(closed);
            IllegalTransitionException e = assertThrows(IllegalTransitionException.class, () -> step.accept(r));
            assertEquals(409, e.httpStatus());
            assertEquals(closed, r.status());
        }
    }

    @Test
    void aConfirmedRegistrationIsNotDecidedAgain() {
        Representative r = in(RepresentativeStatus.CONFIRMED);
        assertThrows(IllegalTransitionException.class, () -> r.confirm("approver", "again", NOW));
        assertThrows(IllegalTransitionException.class, () -> r.refuse("approver", "changed my mind", NOW));
        assertEquals(RepresentativeStatus.CONFIRMED, r.status());
        assertEquals("reviewer", r.decidedBy());
    }

    @Test
    void theEnumSaysWhichStatusesHoldASeat() {
        EnumSet<RepresentativeStatus> holding = EnumSet.noneOf(RepresentativeStatus.class);
        for (RepresentativeStatus s : RepresentativeStatus.values()) {
            if (s.holdsSeat()) {
                holding.add(s);
            }
        }
        assertEquals(EnumSet.of(RepresentativeStatus.REQUESTED, RepresentativeStatus.LATE_REQUEST,
                RepresentativeStatus.CONFIRMED), holding);
    }

    // ---- the window ----------------------------------------------------------------------------

    static final Instant OPENS = Instant.parse("2026-11-01T04:00:00Z");
    static final Instant CUT_OFF = Instant.parse("2026-11-24T23:00:00Z");
    static final Instant SESSION_OPENS = Instant.parse("2026-12-01T15:00:00Z");
    static final RegistrationWindow WINDOW = new RegistrationWindow(OPENS, CUT_OFF, SESSION_OPENS);

    @Test
    void theWindowOpensInclusivelyAndClosesExclusively() {
        assertEquals(RegistrationWindow.Timing.NOT_YET_OPEN, WINDOW.at(OPENS.minusNanos(1000)));
        assertEquals(RegistrationWindow.Timing.IN_WINDOW, WINDOW.at(OPENS));
        assertEquals(RegistrationWindow.Timing.IN_WINDOW, WINDOW.at(CUT_OFF.minusNanos(1000)));
        assertEquals(RegistrationWindow.Timing.LATE, WINDOW.at(CUT_OFF));
        assertEquals(RegistrationWindow.Timing.LATE, WINDOW.at(SESSION_OPENS.minusNanos(1000)));
        assertEquals(RegistrationWindow.Timing.SESSION_OPENED, WINDOW.at(SESSION_OPENS));
    }

    @Test
    void registeringBeforeTheWindowOrOnceTheSessionOpenedIsRefused() {
        assertEquals(409, assertThrows(RuleViolationException.class,
                () -> WINDOW.requireRegistrable(OPENS.minus(Duration.ofDays(1)))).httpStatus());
        assertEquals(409, assertThrows(RuleViolationException.class,
                () -> WINDOW.requireRegistrable(SESSION_OPENS)).httpStatus());
        assertEquals(RegistrationWindow.Timing.LATE, WINDOW.requireRegistrable(CUT_OFF.plusSeconds(1)));
        WINDOW.requireChangeable(CUT_OFF.plusSeconds(1));
        assertEquals(409, assertThrows(RuleViolationException.class,
                () -> WINDOW.requireChangeable(SESSION_OPENS.plusSeconds(1))).httpStatus());
    }

    private static Representative in(RepresentativeStatus status) {
        Representative r = requested();
        switch (status) {
            case CONFIRMED -> r.confirm("reviewer", null, NOW);
            case REFUSED -> r.refuse("reviewer", "No", NOW);
            case WITHDRAWN -> r.withdraw(NOW);
            case REPLACED -> r.replaceBy(Representative.register(SESSION, ORG, person("s@example.org", AttendanceMode.ONLINE), NOW), NOW);
            default -> {
            }
        }
        assertEquals(status, r.status());
        return r;
    }

    private static java.util.List<Consumer<Representative>> steps() {
        return java.util.List.of(
                r -> r.confirm("approver", "reason", NOW),
                r -> r.refuse("approver", "reason", NOW),
                r -> r.withdraw(NOW),
                r -> r.replaceBy(Representative.register(SESSION, ORG, person(UUID.randomUUID() + "@example.org",
                        AttendanceMode.ONLINE), NOW), NOW));
    }
}
