package org.accredit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.accredit.support.Api;
import org.junit.jupiter.api.Test;

/**
 * The queue's summary: with filters, exact counts per status; without, each status counted up to the cap
 * (one short index range per status instead of the whole table), marked "more" past it, exact below it.
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
        Api.submit(Api.body(name + " One", "INTERGOVERNMENTAL_ORGANIZATION", "FR", null, Api.uniqueEmail(), "en"));
        Api.submit(Api.body(name + " Two", "INTERGOVERNMENTAL_ORGANIZATION", "BR", null, Api.uniqueEmail(), "en"));

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

        // a filter counts exactly, whatever the cap
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
