package org.accredit.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accredit.application.AccreditedOrganization;
import org.accredit.application.Applications;
import org.accredit.notification.EmailKind;
import org.accredit.notification.Notifications;
import org.accredit.organization.Language;
import org.accredit.session.SessionRescheduled;

/**
 * When a session's dates change, registrations stay and everyone affected is told: the contact of
 * each organization with a representative holding a seat (requested, late request or confirmed), and
 * each such representative, in the organization's language, with the old and new dates in the
 * session's time zone. Observes {@link SessionRescheduled} synchronously, inside the transaction
 * that changed the session: the emails are written to the outbox with the change, or not at all.
 */
@ApplicationScoped
public class RescheduleNotices {

    /** Representatives holding a seat, grouped by organization (index representative_session_idx). */
    private static final String HOLDING_A_SEAT = "select application_id, name, email from representative "
            + "where session_id = ?1 and status in ('REQUESTED', 'LATE_REQUEST', 'CONFIRMED') "
            + "order by application_id, registered_at, id";

    private final EntityManager em;
    private final Applications applications;
    private final Notifications notifications;

    public RescheduleNotices(EntityManager em, Applications applications, Notifications notifications) {
        this.em = em;
        this.applications = applications;
        this.notifications = notifications;
    }

    void onRescheduled(@Observes SessionRescheduled event) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(HOLDING_A_SEAT).setParameter(1, event.sessionId()).getResultList();
        UUID current = null;
        AccreditedOrganization org = null;
        for (Object[] row : rows) {
            UUID applicationId = (UUID) row[0];
            if (!applicationId.equals(current)) {
                current = applicationId;
                org = applications.organization(applicationId);
                notifications.enqueue(org.applicationId(), org.contactEmail(), org.language(), EmailKind.SESSION_RESCHEDULED,
                        data(event, org, org.contactName(), false));
            }
            notifications.enqueue(org.applicationId(), (String) row[2], org.language(), EmailKind.SESSION_RESCHEDULED,
                    data(event, org, (String) row[1], true));
        }
    }

    private static Map<String, Object> data(SessionRescheduled e, AccreditedOrganization org, String name,
            boolean representative) {
        Language language = org.language();
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("code", e.code());
        session.put("title", e.title());
        session.put("oldOpens", moment(e.oldOpensAt(), ZoneId.of(e.oldTimeZone()), language));
        session.put("oldCloses", moment(e.oldClosesAt(), ZoneId.of(e.oldTimeZone()), language));
        session.put("opens", moment(e.opensAt(), ZoneId.of(e.timeZone()), language));
        session.put("closes", moment(e.closesAt(), ZoneId.of(e.timeZone()), language));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("session", session);
        data.put("name", name);
        data.put("organization", org.name());
        data.put("reference", org.reference());
        data.put("representative", representative);
        return data;
    }

    /** A moment as a reader of {@code language} writes it, in the session's zone (named, to be plain). */
    static String moment(Instant instant, ZoneId zone, Language language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(language.locale())
                .format(ZonedDateTime.ofInstant(instant, zone)) + " (" + zone.getId() + ")";
    }
}
