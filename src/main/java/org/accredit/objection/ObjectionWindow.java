package org.accredit.objection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accredit.application.Application;
import org.accredit.application.Applications;
import org.accredit.application.ChangeDetails;
import org.accredit.application.ApplicationStatus;
import org.accredit.application.StatusChange;
import org.accredit.common.AccreditConfig;
import org.accredit.security.Actor;
import org.accredit.application.Journal;
import org.accredit.notification.EmailKind;
import org.accredit.notification.Notifications;

/**
 * Closes an objection window: each application still in circulation moves to OBJECTED (a standing
 * objection) or NO_OBJECTION, the list to CLOSED, and the secretariat gets a summary. The caller
 * holds the list's row lock, so a window closes once however many instances try.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ObjectionWindow {

    private final EntityManager em;
    private final Applications applications;
    private final Journal journal;
    private final Notifications notifications;
    private final ObjectionConfig config;
    private final AccreditConfig accredit;
    private final Clock clock;

    public ObjectionWindow(EntityManager em, Applications applications, Journal journal, Notifications notifications, ObjectionConfig config,
            AccreditConfig accredit, Clock clock) {
        this.em = em;
        this.applications = applications;
        this.journal = journal;
        this.notifications = notifications;
        this.config = config;
        this.accredit = accredit;
        this.clock = clock;
    }

    /** The list's applications, locked in id order (the same order everywhere, so no deadlock). */
    List<Application> lockApplications(UUID listId) {
        return applications.lockInIdOrder(ListEntry.applicationIds(listId));
    }

    /** Standing objections per application of the list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Map<UUID, Long> standingObjections(UUID listId) {
        Map<UUID, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select o.applicationId, count(o) from Objection o where o.listId = :list "
                + "and o.withdrawnAt is null group by o.applicationId", Object[].class).setParameter("list", listId)
                .getResultList()) {
            counts.put((UUID) row[0], (Long) row[1]);
        }
        return counts;
    }

    void close(NonObjectionList list, Actor by, boolean early) {
        Instant now = clock.instant();
        list.close(by.name(), now);
        Map<UUID, Long> standing = standingObjections(list.id());
        List<EmailItems.Closed> items = new ArrayList<>();
        int objected = 0;
        for (Application app : lockApplications(list.id())) {
            if (app.status() != ApplicationStatus.IN_CIRCULATION) {
                continue; // withdrawn at the same moment: its withdrawal takes it off the list
            }
            long count = standing.getOrDefault(app.id(), 0L);
            StatusChange change = app.closeObjectionWindow(count > 0, now);
            journal.statusChanged(app, change, by, ChangeDetails.note((early ? "Objection window closed early"
                    : "Objection window closed") + " on list \"" + list.title() + "\" with " + count + " standing objection(s)."));
            items.add(new EmailItems.Closed(app.reference(), app.orgName(), change.to().name(), count));
            if (count > 0) {
                objected++;
            }
        }
        Map<String, Object> data = new HashMap<>();
        data.put("listTitle", list.title());
        data.put("deadlineLocal", local(list.deadline()));
        data.put("closedAtLocal", local(now));
        data.put("early", early);
        data.put("items", items);
        data.put("objected", objected);
        data.put("noObjection", items.size() - objected);
        notifications.enqueue(null, config.secretariatEmail(), config.secretariatLanguage(), EmailKind.OBJECTION_WINDOW_CLOSED,
                data);
    }

    /** An instant as a New York (accredit.zone) date and time with its zone, for emails. */
    String local(Instant instant) {
        ZonedDateTime t = ZonedDateTime.ofInstant(instant, accredit.zone());
        return String.format("%s %02d:%02d %s (UTC%s)", t.toLocalDate(), t.getHour(), t.getMinute(), accredit.zone().getId(),
                t.getOffset().getId().equals("Z") ? "" : t.getOffset().getId());
    }
}
