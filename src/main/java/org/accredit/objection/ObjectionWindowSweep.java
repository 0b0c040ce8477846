package org.accredit.objection;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.accredit.common.DatabaseOutage;
import org.accredit.common.WorkInHand;
import org.accredit.security.Actor;
import org.jboss.logging.Logger;

/**
 * Closes the objection windows whose deadline passed. Each list is claimed with
 * {@code FOR UPDATE SKIP LOCKED} and closed in its own transaction; its status moves to CLOSED in
 * that transaction, so any number of instances, or two runs at once, close each list exactly once. A
 * closure is set-based ({@link ObjectionWindow#close}): its memory does not grow with the list, and an
 * instance that dies mid-way leaves the list circulated (rolled back, its lock gone) for the next sweep.
 * On shutdown the sweep stops between lists.
 */
@ApplicationScoped
public class ObjectionWindowSweep {

    private static final Logger LOG = Logger.getLogger(ObjectionWindowSweep.class);

    private final EntityManager em;
    private final ObjectionWindow window;
    private final WorkInHand work;
    private final Clock clock;

    public ObjectionWindowSweep(EntityManager em, ObjectionWindow window, WorkInHand work, Clock clock) {
        this.em = em;
        this.window = window;
        this.work = work;
        this.clock = clock;
    }

    @Scheduled(every = "${accredit.objection.sweep-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        DatabaseOutage.scheduledTurn("Objection deadline sweep", this::sweepDue);
    }

    /**
     * Closes every due list; returns how many this call closed. Once shutdown starts no further list is taken, and
     * the shutdown waits for the one in hand ({@link WorkInHand}).
     */
    public int sweepDue() {
        int closed = 0;
        while (work.begin()) {
            boolean one;
            try {
                one = closeNextDue();
            } finally {
                work.end();
            }
            if (!one) {
                break;
            }
            closed++;
        }
        return closed;
    }

    @Transactional
    boolean closeNextDue() {
        @SuppressWarnings("unchecked")
        List<NonObjectionList> due = em.createNativeQuery("select * from non_objection_list where status = 'CIRCULATED' "
                        + "and deadline <= ?1 order by deadline, id limit 1 for update skip locked", NonObjectionList.class)
                .setParameter(1, clock.instant())
                .getResultList();
        if (due.isEmpty()) {
            return false;
        }
        NonObjectionList list = due.get(0);
        long started = System.nanoTime();
        ObjectionWindow.Outcome outcome = window.close(list, Actor.SYSTEM, false);
        LOG.infof("Objection window of list %s closed at its deadline: %d application(s) moved, %d objected, in %d ms",
                list.id(), outcome.total(), outcome.objected(), (System.nanoTime() - started) / 1_000_000);
        return true;
    }
}
