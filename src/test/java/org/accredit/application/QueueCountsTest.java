package org.accredit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.accredit.support.Api;
import org.junit.jupiter.api.Test;

/**
 * The queue's summary: without filters or with a path only, each status counted up to the cap (one short
 * index range per status instead of the whole table), marked "more" past it, exact below it; with other
 * filters, exact counts per status.
 */
@QuarkusTest
class QueueCountsTest {

    private static final QueueFilter NO_FILTER = new QueueFilter(null, null, null, null, null, null, QueueSort.OLDEST);

    @Inject
    Applications applications;
    @Inject
    EntityManager em;

    @Test
    void withoutFiltersEachStatusIsCountedUpToTheCap() {
        String name = Api.unique("Counted Org");
        String one = Api.submit(Api.body(name + " One", "INTERGOVERNMENTAL_ORGANIZATION", "FR", null, Api.uniqueEmail(), "en"))
                .path("id");
        Api.submit(Api.body(name + " Two", "INTERGOVERNMENTAL_ORGANIZATION", "BR", null, Api.uniqueEmail(), "en"));
        ParticipationPath path = applications.get(UUID.fromString(one)).path();

        // at least two submitted applications exist: counted up to 1, and more
        StatusCount submitted = of(applications.countByStatus(NO_FILTER, 1)).get(ApplicationStatus.SUBMITTED);
        assertEquals(new StatusCount(ApplicationStatus.SUBMITTED, 1, true), submitted);

        // below the cap the counts are the exact ones
        Map<ApplicationStatus, StatusCount> all = of(applications.countByStatus(NO_FILTER, Integer.MAX_VALUE - 1));
        List<Object[]> exact = em.createNativeQuery("select status, count(*) from application group by status", Object[].class)
                .getResultList();
        assertEquals(exact.size(), all.size());
        for (Object[] row : exact) {
            StatusCount c = all.get(ApplicationStatus.valueOf((String) row[0]));
            assertEquals(((Number) row[1]).longValue(), c.count(), c.toString());
            assertFalse(c.more());
        }

        // a path alone is counted the same way, on that path
        QueueFilter onPath = new QueueFilter(null, path, null, null, null, null, QueueSort.OLDEST);
        assertEquals(new StatusCount(ApplicationStatus.SUBMITTED, 1, true),
                of(applications.countByStatus(onPath, 1)).get(ApplicationStatus.SUBMITTED));
        Map<ApplicationStatus, StatusCount> allOnPath = of(applications.countByStatus(onPath, Integer.MAX_VALUE - 1));
        List<Object[]> exactOnPath = em.createNativeQuery("select status, count(*) from application where path = ?1 group by status",
                Object[].class).setParameter(1, path.name()).getResultList();
        assertEquals(exactOnPath.size(), allOnPath.size());
        for (Object[] row : exactOnPath) {
            assertEquals(new StatusCount(ApplicationStatus.valueOf((String) row[0]), ((Number) row[1]).longValue(), false),
                    allOnPath.get(ApplicationStatus.valueOf((String) row[0])));
        }

        // other filters count exactly, whatever the cap
        Map<ApplicationStatus, StatusCount> named = of(applications.countByStatus(
                new QueueFilter(null, null, null, name, null, null, QueueSort.OLDEST), 1));
        assertEquals(Map.of(ApplicationStatus.SUBMITTED, new StatusCount(ApplicationStatus.SUBMITTED, 2, false)), named);
        assertTrue(applications.countByStatus(new QueueFilter(null, null, null, name + " none", null, null,
                QueueSort.OLDEST), 1).isEmpty());
    }

    private static Map<ApplicationStatus, StatusCount> of(List<StatusCount> counts) {
        return counts.stream().collect(Collectors.toMap(StatusCount::status, c -> c));
    }
}
