package org.accredit.speaker;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.accredit.organization.RegionalGroup;
import org.accredit.registration.Gender;

/**
 * The suggested order of speakers on an agenda item: a pure, deterministic function of the
 * requests (time of request, id, the organization's UN regional group, the speaker's gender).
 *
 * <p>The rule, step by step:
 * <ol>
 * <li><b>Queues.</b> The requests are put in one queue per regional group
 * ({@link RegionalGroup#of} of the organization's country; non-members are {@link RegionalGroup#OTHER}),
 * each queue sorted by time of request, then by id (the id's canonical lowercase text, which is
 * PostgreSQL's order of uuids).</li>
 * <li><b>First group.</b> The round robin starts with the group of the request that came first
 * overall (same tie-break: time of request, then id).</li>
 * <li><b>Round robin.</b> The groups take turns in the fixed order of {@link RegionalGroup}: African,
 * Asia-Pacific, Eastern European, Latin American and Caribbean, Western European and others, Other,
 * then African again; a group whose queue is empty is skipped. Each turn places one request of that
 * group.</li>
 * <li><b>Gender.</b> A turn places the head of the group's queue, except when the speaker placed just
 * before has a <em>known</em> gender (female, male, other) and the head has the same one: then the
 * earliest request of that queue (queue order) whose speaker has a known, different gender is placed
 * instead, if there is one. A missing or undisclosed gender is never "the same" as another and is
 * never chosen as "different": it neither triggers nor satisfies the balancing. The first speaker
 * overall is always the head of the first group.</li>
 * </ol>
 * It ends when every queue is empty, so every request is placed exactly once.
 *
 * <p>Example: African F at 9:00, African M at 9:04, WEOG M at 9:01, WEOG F at 9:02, Latin American F
 * at 9:03 give: African F (first request), Latin American F (next group with requests; no other
 * gender in its queue), WEOG M, African M, WEOG F.
 */
public final class SpeakingOrder {

    /** One request as the rule sees it. {@code gender} may be null (not given). */
    public record Candidate(UUID id, Instant requestedAt, RegionalGroup group, Gender gender) {

        public Candidate {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(requestedAt, "requestedAt");
            Objects.requireNonNull(group, "group");
        }
    }

    /** Time of request, then id as PostgreSQL orders uuids (canonical lowercase text). */
    public static final Comparator<Candidate> ARRIVAL = Comparator.comparing(Candidate::requestedAt)
            .thenComparing(c -> c.id().toString());

    private SpeakingOrder() {
    }

    /** The candidates in the suggested order (a new list; the argument is not changed). */
    public static List<Candidate> suggest(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<RegionalGroup, LinkedList<Candidate>> queues = new EnumMap<>(RegionalGroup.class);
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(ARRIVAL);
        for (Candidate c : sorted) {
            queues.computeIfAbsent(c.group(), g -> new LinkedList<>()).add(c);
        }
        RegionalGroup[] groups = RegionalGroup.values();
        int turn = sorted.get(0).group().ordinal();
        List<Candidate> order = new ArrayList<>(sorted.size());
        Gender previous = null;
        while (order.size() < sorted.size()) {
            LinkedList<Candidate> queue = queues.get(groups[turn]);
            if (queue != null && !queue.isEmpty()) {
                Candidate next = take(queue, previous);
                order.add(next);
                previous = next.gender();
            }
            turn = (turn + 1) % groups.length;
        }
        return order;
    }

    /** The head of the queue, or the earliest of a known, different gender when the head repeats the previous one. */
    private static Candidate take(LinkedList<Candidate> queue, Gender previous) {
        Candidate head = queue.getFirst();
        if (known(previous) && head.gender() == previous) {
            for (Iterator<Candidate> it = queue.iterator(); it.hasNext();) {
                Candidate c = it.next();
                if (known(c.gender()) && c.gender() != previous) {
                    it.remove();
                    return c;
                }
            }
        }
        return queue.removeFirst();
    }

    /** Female, male or other; null (not given) and undisclosed are unknown. */
    static boolean known(Gender gender) {
        return gender != null && gender != Gender.UNDISCLOSED;
    }
}
