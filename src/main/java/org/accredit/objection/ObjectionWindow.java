package org.accredit.objection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.accredit.application.Application;
import org.accredit.application.Applications;
import org.accredit.application.ApplicationStatus;
import org.accredit.application.EventType;
import org.accredit.application.ParticipationPath;
import org.accredit.application.StatusChange;
import org.accredit.application.TransitionEffects;
import org.accredit.common.IllegalTransitionException;
import org.hibernate.Session;
import org.accredit.common.AccreditConfig;
import org.accredit.security.Actor;
import org.accredit.notification.EmailKind;
import org.accredit.notification.Notifications;

/**
 * Closes an objection window: each application still in circulation moves to OBJECTED (a standing
 * objection) or NO_OBJECTION, the list to CLOSED, and the secretariat gets a summary (counts and a link
 * to the list). The caller holds the list's row lock and the closure is one transaction, so a window
 * closes once however many instances try, and a crash leaves it circulated, for the next sweep.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ObjectionWindow {

    private final EntityManager em;
    private final Applications applications;
    private final Notifications notifications;
    private final ObjectionConfig config;
    private final AccreditConfig accredit;
    private final Clock clock;

    public ObjectionWindow(EntityManager em, Applications applications, Notifications notifications, ObjectionConfig config,
            AccreditConfig accredit, Clock clock) {
        this.em = em;
        this.applications = applications;
        this.notifications = notifications;
        this.config = config;
        this.accredit = accredit;
        this.clock = clock;
    }

    /** The list's applications, locked in id order (the same order everywhere, so no deadlock). */
    List<Application> lockApplications(UUID listId) {
        return applications.lockInIdOrder(ListEntry.applicationIds(listId));
    }

    /** Standing objections per application of the list, for the given applications of it (one page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    Map<UUID, Long> standingObjections(UUID listId, java.util.Collection<UUID> applicationIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (applicationIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery("select o.applicationId, count(o) from Objection o where o.listId = :list "
                + "and o.applicationId in :ids and o.withdrawnAt is null group by o.applicationId", Object[].class)
                .setParameter("list", listId).setParameter("ids", applicationIds).getResultList()) {
            counts.put((UUID) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * Closes the window of {@code list}, whose row lock the caller holds: every application of the list still in
     * circulation moves, in set-based statements of {@value #SLICE} applications, to its outcome ({@link Application#objectionWindowOutcome}),
     * with one history line each, and the secretariat gets one summary with the counts and a link to the list. The
     * work is the database's: the memory used does not grow with the list (a list of 100,000 applications closes
     * in a 96 MB heap). Application entities loaded earlier in the transaction are stale afterwards, so the
     * persistence context is flushed before and cleared after: callers read the list again (by id) if they need it.
     * Returns how many applications moved, and how many of them to OBJECTED.
     */
    Outcome close(NonObjectionList list, Actor by, boolean early) {
        Instant now = clock.instant();
        list.close(by.name(), now);
        em.flush();
        Outcome outcome = closeApplications(list, by, early, now);
        em.clear();
        Map<String, Object> data = new HashMap<>();
        data.put("listId", list.id().toString());
        data.put("listTitle", list.title());
        data.put("deadlineLocal", local(list.deadline()));
        data.put("closedAtLocal", local(now));
        data.put("early", early);
        data.put("objected", outcome.objected());
        data.put("noObjection", outcome.total() - outcome.objected());
        data.put("total", outcome.total());
        notifications.enqueue(null, config.secretariatEmail(), config.secretariatLanguage(), EmailKind.OBJECTION_WINDOW_CLOSED,
                data);
        return outcome;
    }

    /** What the closure did: applications moved, of which to OBJECTED. */
    record Outcome(int total, int objected) {
    }

    /**
     * A few statements, each taking the next {@value #SLICE} applications of the list (in id order): counts their
     * standing objections, moves those still in circulation (version and updated_at as Hibernate would write them),
     * writes their history lines with the content {@link org.accredit.application.Journal#statusChanged} gives them,
     * and counts the outcomes. The slices keep each statement short (well under the connection's socketTimeout on a
     * busy database); they all belong to the closure's one transaction. An application withdrawn at the same moment
     * is not IN_CIRCULATION once its withdrawal commits (PostgreSQL re-reads a row it waited for), so it stays as it
     * is. The legality of each move is the enum's ({@link ApplicationStatus#pathsAllowing}); a move it refuses rolls
     * the whole closure back with 409, as the entity method would.
     */
    private Outcome closeApplications(NonObjectionList list, Actor by, boolean early, Instant now) {
        requireNoApplicantEmail();
        ApplicationStatus from = ApplicationStatus.IN_CIRCULATION;
        ApplicationStatus objected = Application.objectionWindowOutcome(true);
        ApplicationStatus cleared = Application.objectionWindowOutcome(false);
        String note = (early ? "Objection window closed early" : "Objection window closed") + " on list \"" + list.title()
                + "\" with ";
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        return em.unwrap(Session.class).doReturningWork(connection -> {
            int total = 0;
            int objectedCount = 0;
            UUID after = new UUID(0, 0);
            try (PreparedStatement st = connection.prepareStatement(CLOSE)) {
                while (after != null) {
                    int i = 0;
                    st.setObject(++i, list.id());
                    st.setObject(++i, after);
                    st.setInt(++i, SLICE);
                    st.setObject(++i, list.id());
                    st.setString(++i, objected.name());
                    st.setString(++i, cleared.name());
                    st.setObject(++i, at);
                    st.setString(++i, from.name());
                    st.setObject(++i, at);
                    st.setString(++i, EventType.STATUS_CHANGED.name());
                    st.setString(++i, by.name());
                    st.setString(++i, by.role());
                    st.setString(++i, from.name());
                    st.setString(++i, note);
                    st.setString(++i, " standing objection(s).");
                    st.setString(++i, objected.name());
                    st.setArray(++i, paths(connection, from.pathsAllowing(objected)));
                    st.setArray(++i, paths(connection, from.pathsAllowing(cleared)));
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        if (rs.getInt(3) > 0) {
                            // the statements' changes are undone with the transaction
                            throw new IllegalTransitionException(from, "close the objection window of an application "
                                    + "on a path that has no non-objection procedure");
                        }
                        objectedCount += rs.getInt(1);
                        total += rs.getInt(2);
                        after = rs.getInt(4) < SLICE ? null : rs.getObject(5, UUID.class);
                    }
                }
            }
            return new Outcome(total, objectedCount);
        });
    }

    /** Applications of the list one statement of the closure takes. */
    static final int SLICE = 5_000;

    private static final String CLOSE = """
            with slice as (
                select e.application_id
                  from non_objection_list_entry e
                 where e.list_id = ? and e.application_id > ?
                 order by e.application_id
                 limit ?
            ), standing as (
                select s.application_id, count(o.id) as objections
                  from slice s
                  left join objection o on o.list_id = ? and o.application_id = s.application_id
                                       and o.withdrawn_at is null
                 group by s.application_id
            ), moved as (
                update application a
                   set status = case when s.objections > 0 then cast(? as varchar) else cast(? as varchar) end,
                       updated_at = ?, version = a.version + 1
                  from standing s
                 where a.id = s.application_id and a.status = ?
                returning a.id, a.path, a.status, s.objections
            ), lines as (
                insert into application_event (application_id, occurred_at, type, actor, actor_role, from_status,
                        to_status, from_path, to_path, public_reason, internal_note, applicant_visible)
                select id, ?, ?, ?, ?, ?, status, null, null, null, cast(? as varchar) || objections || cast(? as varchar), true
                  from moved
                returning to_status
            )
            select count(*) filter (where to_status = ?), count(*),
                   (select count(*) from moved
                     where not (path = any(case when objections > 0 then cast(? as varchar[]) else cast(? as varchar[]) end))),
                   (select count(*) from slice),
                   (select application_id from slice order by application_id desc limit 1)
              from lines
            """;

    private static java.sql.Array paths(Connection connection, Set<ParticipationPath> paths) throws SQLException {
        return connection.createArrayOf("varchar", paths.stream().map(Enum::name).toArray());
    }

    /**
     * The set-based closure writes history lines only: it relies on the closure emailing no applicant (the
     * applicants hear of the Committee's decision). Should {@link TransitionEffects} ever name an email for it, the
     * closure refuses to run rather than skip it silently, until it writes those outbox rows too.
     */
    static void requireNoApplicantEmail() {
        ApplicationStatus from = ApplicationStatus.IN_CIRCULATION;
        for (boolean standing : new boolean[] {true, false}) {
            ApplicationStatus to = Application.objectionWindowOutcome(standing);
            for (ParticipationPath path : from.pathsAllowing(to)) {
                if (TransitionEffects.email(new StatusChange(from, to), path).isPresent()) {
                    throw new IllegalStateException("The closure of an objection window sends applicants an email ("
                            + from + " -> " + to + " on " + path + "); ObjectionWindow must write it.");
                }
            }
        }
    }

    /** An instant as a New York (accredit.zone) date and time with its zone, for emails. */
    String local(Instant instant) {
        ZonedDateTime t = ZonedDateTime.ofInstant(instant, accredit.zone());
        return String.format("%s %02d:%02d %s (UTC%s)", t.toLocalDate(), t.getHour(), t.getMinute(), accredit.zone().getId(),
                t.getOffset().getId().equals("Z") ? "" : t.getOffset().getId());
    }
}
