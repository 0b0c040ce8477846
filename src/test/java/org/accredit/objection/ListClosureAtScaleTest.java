package org.accredit.objection;

import static org.accredit.support.Api.ensureOpenCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.accredit.application.Application;
import org.accredit.application.ApplicationStatus;
import org.accredit.common.IllegalTransitionException;
import org.accredit.security.Actor;
import org.accredit.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The closure of a long list (12,000 applications, seeded with SQL; closed in slices of 5,000): every application in circulation moves once,
 * with one history line, standing objections decide the outcome, withdrawn applications stay as they are, the
 * secretariat's summary counts right, two sweeps at once close it once, and a closure that fails leaves the list
 * circulated for the next sweep.
 */
@QuarkusTest
class ListClosureAtScaleTest {

    /** More than two slices of the closure (ObjectionWindow.SLICE). */
    static final int SIZE = 12_000;

    @Inject
    ObjectionWindowSweep sweep;
    @Inject
    ObjectionWindow window;
    @Inject
    TestClock clock;
    @Inject
    EntityManager em;

    String callId;

    @BeforeEach
    void setUp() {
        callId = ensureOpenCall();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * A circulated list whose deadline passed, of {@code size} para 9 applications in circulation: every 10th has a
     * standing objection (the 20th two, from two States), every 7th a withdrawn one only, and every 100th was
     * withdrawn by its applicant at the moment of closure (still on the list, WITHDRAWN).
     */
    UUID dueList(String title, int size) {
        UUID listId = UUID.randomUUID();
        String tag = listId.toString().substring(0, 8);
        Instant deadline = clock.instant().minus(Duration.ofMinutes(1));
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into non_objection_list (id, call_id, title, status, created_at, created_by, "
                            + "circulated_at, circulated_by, deadline) values (?1, ?2, ?3, 'CIRCULATED', ?4, 'approver', ?4, "
                            + "'approver', ?5)")
                    .setParameter(1, listId).setParameter(2, UUID.fromString(callId)).setParameter(3, title)
                    .setParameter(4, deadline.minus(Duration.ofDays(14))).setParameter(5, deadline).executeUpdate();
            em.createNativeQuery("insert into application (id, reference, path, status, call_id, org_name, org_name_normalized, "
                            + "org_type, country, contact_name, contact_email, language, tracking_secret_hash, submitted_at, "
                            + "updated_at) select gen_random_uuid(), 'T-' || ?1 || '-' || i, 'PARA_9', "
                            + "case when i % 100 = 0 then 'WITHDRAWN' else 'IN_CIRCULATION' end, ?2, 'Scale Org ' || ?1 || ' ' || i, "
                            + "'scale org ' || ?1 || ' ' || i, 'CIVIL_SOCIETY_ORGANIZATION', 'KE', 'Contact', 'c@example.org', 'en', "
                            + "decode(md5(?1 || '-' || i), 'hex'), ?3, ?3 from generate_series(1, ?4) i")
                    .setParameter(1, tag).setParameter(2, UUID.fromString(callId)).setParameter(3, deadline.minus(Duration.ofDays(30)))
                    .setParameter(4, size).executeUpdate();
            em.createNativeQuery("insert into non_objection_list_entry (list_id, application_id, added_at, added_by) "
                            + "select ?1, id, ?2, 'approver' from application where reference like ?3")
                    .setParameter(1, listId).setParameter(2, deadline.minus(Duration.ofDays(15))).setParameter(3, "T-" + tag + "-%")
                    .executeUpdate();
            objections(listId, tag, "FR", "i % 10 = 0", false);
            objections(listId, tag, "DE", "i % 20 = 0", false);
            objections(listId, tag, "BR", "i % 7 = 0", true);
        });
        return listId;
    }

    private void objections(UUID listId, String tag, String state, String which, boolean withdrawn) {
        em.createNativeQuery("insert into objection (id, list_id, application_id, state_code, basis, lodged_by, lodged_at, "
                        + "withdrawn_by, withdrawn_at) select gen_random_uuid(), ?1, a.id, ?2, 'Test basis', 'ms', a.submitted_at, "
                        + (withdrawn ? "'ms', a.submitted_at" : "null, null") + " from application a, lateral (select "
                        + "cast(split_part(a.reference, '-', 3) as int) as i) n where a.reference like ?3 and " + which)
                .setParameter(1, listId).setParameter(2, state).setParameter(3, "T-" + tag + "-%").executeUpdate();
    }

    private long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    private long onList(UUID listId, String status) {
        return count("select count(*) from application a join non_objection_list_entry e on e.application_id = a.id "
                + "where e.list_id = ?1 and a.status = ?2", listId, status);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> summary(UUID listId) throws Exception {
        List<String> data = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select template_data from "
                + "outbox_email where kind = 'OBJECTION_WINDOW_CLOSED' and template_data like ?1")
                .setParameter(1, "%" + listId + "%").getResultList());
        assertEquals(1, data.size(), "one summary for the list");
        return new ObjectMapper().readValue(data.get(0), Map.class);
    }

    @Test
    void twoSweepsAtOnceCloseALongListOnceWithOneLineEachAndASummaryOfCounts() throws Exception {
        String title = "Scale list " + UUID.randomUUID();
        assertTrue(SIZE > 2 * ObjectionWindow.SLICE, "the closure takes several slices");
        UUID listId = dueList(title, SIZE);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> runs = List.of(
                    pool.submit(() -> { start.await(); return sweep.sweepDue(); }),
                    pool.submit(() -> { start.await(); return sweep.sweepDue(); }));
            start.countDown();
            assertTrue(runs.get(0).get() + runs.get(1).get() >= 1, "one of the sweeps closed the list");
        } finally {
            pool.shutdown();
        }
        assertEquals(0, sweep.sweepDue(), "a further sweep finds nothing to do");
        assertEquals(1, count("select count(*) from non_objection_list where id = ?1 and status = 'CLOSED' "
                + "and closed_by = 'system'", listId));

        // every 100th withdrawn; of the others, every 10th but those objected, every 20th but those by two States
        long withdrawn = SIZE / 100;
        long objected = SIZE / 10 - withdrawn;
        long twice = SIZE / 20 - withdrawn;
        long moved = SIZE - withdrawn;
        assertEquals(objected, onList(listId, "OBJECTED"));
        assertEquals(moved - objected, onList(listId, "NO_OBJECTION"));
        assertEquals(withdrawn, onList(listId, "WITHDRAWN"), "withdrawn applications stay withdrawn");
        assertEquals(0, onList(listId, "IN_CIRCULATION"));

        String lines = "from application_event h join non_objection_list_entry e on e.application_id = h.application_id "
                + "where e.list_id = ?1 ";
        assertEquals(moved, count("select count(*) " + lines, listId));
        assertEquals(moved, count("select count(distinct h.application_id) " + lines, listId), "one line per application");
        assertEquals(0, count("select count(*) " + lines + "and not (h.type = 'STATUS_CHANGED' and h.actor = 'system' "
                + "and h.actor_role = 'system' and h.from_status = 'IN_CIRCULATION' and h.from_path is null "
                + "and h.to_path is null and h.public_reason is null and h.applicant_visible)", listId), "lines as the Journal writes them");
        String note = "Objection window closed on list \"" + title + "\" with ";
        assertEquals(objected - twice, count("select count(*) " + lines
                + "and h.to_status = 'OBJECTED' and h.internal_note = ?2", listId, note + "1 standing objection(s)."));
        assertEquals(twice, count("select count(*) " + lines
                + "and h.to_status = 'OBJECTED' and h.internal_note = ?2", listId, note + "2 standing objection(s)."));
        assertEquals(moved - objected, count("select count(*) " + lines
                + "and h.to_status = 'NO_OBJECTION' and h.internal_note = ?2", listId, note + "0 standing objection(s)."));
        assertEquals(moved, count("select count(*) from application a join non_objection_list_entry e on e.application_id = a.id "
                + "join non_objection_list l on l.id = e.list_id where l.id = ?1 and a.version = 1 and a.updated_at = l.closed_at",
                listId), "version and updated_at move as Hibernate moves them");

        Map<String, Object> summary = summary(listId);
        assertEquals((int) moved, summary.get("total"));
        assertEquals((int) objected, summary.get("objected"));
        assertEquals((int) (moved - objected), summary.get("noObjection"));
        assertEquals(listId.toString(), summary.get("listId"));
        assertNull(summary.get("items"), "no line per application");
    }

    @Test
    void aClosureRefusedHalfWayLeavesTheListCirculatedAndTheNextSweepClosesIt() throws Exception {
        UUID listId = dueList("Scale refused " + UUID.randomUUID(), 300);
        // an application in circulation on a path without the non-objection procedure: the enum refuses its move,
        // after the statement moved the others
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update application set path = 'PARA_8' where id = "
                + "(select application_id from non_objection_list_entry e join application a on a.id = e.application_id "
                + "where e.list_id = ?1 and a.status = 'IN_CIRCULATION' limit 1)").setParameter(1, listId).executeUpdate());

        assertThrows(IllegalTransitionException.class, () -> sweep.sweepDue());
        assertEquals(1, count("select count(*) from non_objection_list where id = ?1 and status = 'CIRCULATED'", listId));
        assertEquals(300 - 3, onList(listId, "IN_CIRCULATION"), "nothing moved");
        assertEquals(0, count("select count(*) from application_event h join non_objection_list_entry e "
                + "on e.application_id = h.application_id where e.list_id = ?1", listId));

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update application set path = 'PARA_9' where id in "
                + "(select application_id from non_objection_list_entry where list_id = ?1)").setParameter(1, listId).executeUpdate());
        assertTrue(sweep.sweepDue() >= 1);
        assertEquals(0, onList(listId, "IN_CIRCULATION"));
        assertEquals(300 - 3, summary(listId).get("total"));
    }

    @Test
    void applicationsLoadedBeforeTheClosureAreReadAgainAfterIt() {
        UUID listId = dueList("Scale stale " + UUID.randomUUID(), 20);
        QuarkusTransaction.requiringNew().run(() -> {
            UUID appId = (UUID) em.createNativeQuery("select e.application_id from non_objection_list_entry e join application a "
                    + "on a.id = e.application_id where e.list_id = ?1 and a.status = 'IN_CIRCULATION' limit 1")
                    .setParameter(1, listId).getSingleResult();
            assertEquals(ApplicationStatus.IN_CIRCULATION, em.find(Application.class, appId).status());
            NonObjectionList list = em.find(NonObjectionList.class, listId, LockModeType.PESSIMISTIC_WRITE);
            window.close(list, Actor.SYSTEM, false);
            Application after = em.find(Application.class, appId);
            assertTrue(after.status() == ApplicationStatus.NO_OBJECTION || after.status() == ApplicationStatus.OBJECTED,
                    after.status().name());
            assertEquals(1, after.version());
        });
    }
}
