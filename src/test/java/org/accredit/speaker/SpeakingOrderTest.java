package org.accredit.speaker;

import static org.accredit.organization.RegionalGroup.AFRICAN;
import static org.accredit.organization.RegionalGroup.ASIA_PACIFIC;
import static org.accredit.organization.RegionalGroup.EASTERN_EUROPEAN;
import static org.accredit.organization.RegionalGroup.LATIN_AMERICAN_AND_CARIBBEAN;
import static org.accredit.organization.RegionalGroup.OTHER;
import static org.accredit.organization.RegionalGroup.WESTERN_EUROPEAN_AND_OTHERS;
import static org.accredit.registration.Gender.FEMALE;
import static org.accredit.registration.Gender.MALE;
import static org.accredit.registration.Gender.UNDISCLOSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.accredit.organization.RegionalGroup;
import org.accredit.registration.Gender;
import org.accredit.speaker.SpeakingOrder.Candidate;
import org.junit.jupiter.api.Test;

/** The suggested order of speakers, against orders computed by hand from the rule in {@link SpeakingOrder}. */
class SpeakingOrderTest {

    private static final Instant NINE = Instant.parse("2026-03-02T14:00:00Z");

    /** Request number {@code n} (its id ends in n) made {@code minute} minutes after nine. */
    private static Candidate c(int n, int minute, RegionalGroup group, Gender gender) {
        return new Candidate(id(n), NINE.plusSeconds(60L * minute), group, gender);
    }

    private static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-0000-0000-%012d", n));
    }

    private static List<Integer> order(Candidate... candidates) {
        List<Candidate> input = List.of(candidates);
        List<Integer> numbers = SpeakingOrder.suggest(input).stream()
                .map(c -> Integer.parseInt(c.id().toString().substring(24))).toList();
        // the input's order does not matter
        List<Candidate> shuffled = new ArrayList<>(input);
        Collections.shuffle(shuffled, new Random(42));
        assertEquals(SpeakingOrder.suggest(input), SpeakingOrder.suggest(shuffled));
        return numbers;
    }

    @Test
    void noRequestsNoSpeakers() {
        assertTrue(SpeakingOrder.suggest(List.of()).isEmpty());
    }

    @Test
    void oneRequest() {
        assertEquals(List.of(1), order(c(1, 0, OTHER, null)));
    }

    @Test
    void theDocumentedExample() {
        // African F 9:00, African M 9:04, WEOG M 9:01, WEOG F 9:02, Latin American F 9:03
        assertEquals(List.of(1, 5, 3, 2, 4), order(
                c(1, 0, AFRICAN, FEMALE), c(2, 4, AFRICAN, MALE), c(3, 1, WESTERN_EUROPEAN_AND_OTHERS, MALE),
                c(4, 2, WESTERN_EUROPEAN_AND_OTHERS, FEMALE), c(5, 3, LATIN_AMERICAN_AND_CARIBBEAN, FEMALE)));
    }

    @Test
    void oneGroupOnlyAlternatesGendersWhereItCan() {
        // 1 F first; 2 F would repeat F: the earliest of another known gender is 3 M; then the head 2 F;
        // then 4 F repeats F and no other gender is left
        assertEquals(List.of(1, 3, 2, 4), order(
                c(1, 0, AFRICAN, FEMALE), c(2, 1, AFRICAN, FEMALE), c(3, 2, AFRICAN, MALE), c(4, 3, AFRICAN, FEMALE)));
    }

    @Test
    void theRoundRobinStartsWithTheFirstRequestsGroupAndWrapsAround() {
        // WEOG asked first: WEOG 1 M, then (Other empty) African 2 M (no other gender there), Eastern
        // European 3 F, then WEOG 4 F (the same as 3, but no other gender left in WEOG)
        assertEquals(List.of(1, 2, 3, 4), order(
                c(1, 0, WESTERN_EUROPEAN_AND_OTHERS, MALE), c(2, 1, AFRICAN, MALE), c(3, 2, EASTERN_EUROPEAN, FEMALE),
                c(4, 3, WESTERN_EUROPEAN_AND_OTHERS, FEMALE)));
    }

    @Test
    void otherIsTheLastGroupOfTheRound() {
        assertEquals(List.of(1, 2, 3), order(c(1, 0, OTHER, FEMALE), c(2, 1, AFRICAN, MALE), c(3, 2, OTHER, MALE)));
    }

    @Test
    void missingAndUndisclosedGendersNeitherTriggerNorSatisfyTheBalance() {
        // 1 F; 2 undisclosed is not "the same" as F: head; after 2 (unknown) the head 3 (none given);
        // after 3 (unknown) the head 4 M; then 5 F differs from M
        assertEquals(List.of(1, 2, 3, 4, 5), order(c(1, 0, AFRICAN, FEMALE), c(2, 1, AFRICAN, UNDISCLOSED),
                c(3, 2, AFRICAN, null), c(4, 3, AFRICAN, MALE), c(5, 4, AFRICAN, FEMALE)));
        // 1 F; the head 2 F repeats F: 3 (undisclosed) is not taken as "different", 4 M is; then 2 F, then 3
        assertEquals(List.of(1, 4, 2, 3), order(c(1, 0, AFRICAN, FEMALE), c(2, 1, AFRICAN, FEMALE),
                c(3, 2, AFRICAN, UNDISCLOSED), c(4, 3, AFRICAN, MALE)));
        // nobody gave a gender: the round robin alone
        assertEquals(List.of(1, 3, 2), order(c(1, 0, ASIA_PACIFIC, null), c(2, 1, ASIA_PACIFIC, null),
                c(3, 2, EASTERN_EUROPEAN, null)));
    }

    @Test
    void requestsAtTheSameMomentGoByIdAsPostgresqlOrdersUuids() {
        // 2 (African) and 1 (Latin American) at 9:00: 1 has the smaller id, so Latin America starts
        assertEquals(List.of(1, 2), order(c(2, 0, AFRICAN, FEMALE), c(1, 0, LATIN_AMERICAN_AND_CARIBBEAN, FEMALE)));
        // within one group too
        assertEquals(List.of(1, 2), order(c(2, 0, AFRICAN, MALE), c(1, 0, AFRICAN, MALE)));
    }

    /** The request set that the API test (SpeakersFlowTest) seeds, computed by hand here too. */
    @Test
    void theSeededSetOfTheApiTest() {
        // queues: African 3 F, 6 M, 8 (none); Asia-Pacific 7 undisclosed; Latin American 5 M;
        // WEOG 1 F, 2 F, 4 M. WEOG asked first.
        // WEOG 1 F | African: head 3 F repeats F, earliest other known gender 6 M | Asia-Pacific 7 |
        // Latin American 5 (after an undisclosed gender: the head) | WEOG 2 F | African 3 F (8 gave
        // no gender, so no alternative) | WEOG 4 M | African 8
        assertEquals(List.of(1, 6, 7, 5, 2, 3, 4, 8), order(
                c(1, 1, WESTERN_EUROPEAN_AND_OTHERS, FEMALE), c(2, 2, WESTERN_EUROPEAN_AND_OTHERS, FEMALE),
                c(3, 3, AFRICAN, FEMALE), c(4, 4, WESTERN_EUROPEAN_AND_OTHERS, MALE),
                c(5, 5, LATIN_AMERICAN_AND_CARIBBEAN, MALE), c(6, 6, AFRICAN, MALE), c(7, 7, ASIA_PACIFIC, UNDISCLOSED),
                c(8, 8, AFRICAN, null)));
    }

    @Test
    void everyRequestIsPlacedOnce() {
        List<Candidate> many = new ArrayList<>();
        Random random = new Random(7);
        RegionalGroup[] groups = RegionalGroup.values();
        Gender[] genders = {FEMALE, MALE, Gender.OTHER, UNDISCLOSED, null};
        for (int i = 1; i <= 200; i++) {
            many.add(c(i, random.nextInt(50), groups[random.nextInt(groups.length)], genders[random.nextInt(genders.length)]));
        }
        List<Candidate> order = SpeakingOrder.suggest(many);
        assertEquals(200, order.size());
        assertEquals(new java.util.HashSet<>(many), new java.util.HashSet<>(order));
    }
}
