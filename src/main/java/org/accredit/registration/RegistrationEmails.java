package org.accredit.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.accredit.application.AccreditedOrganization;
import org.accredit.notification.EmailKind;
import org.accredit.notification.Notifications;
import org.accredit.session.Session;

/**
 * The emails of a decision on a registration, written to the outbox in the deciding transaction,
 * in the organization's language: on confirmation to its contact and to the representative, on
 * refusal to its contact with the reason.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RegistrationEmails {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Notifications notifications;

    public RegistrationEmails(Notifications notifications) {
        this.notifications = notifications;
    }

    void confirmed(Representative r, Session session, AccreditedOrganization org) {
        Map<String, Object> data = data(r, session, org);
        notifications.enqueue(org.applicationId(), org.contactEmail(), org.language(), EmailKind.REGISTRATION_CONFIRMED, data);
        notifications.enqueue(org.applicationId(), r.email(), org.language(), EmailKind.REPRESENTATIVE_CONFIRMED, data);
    }

    void refused(Representative r, Session session, AccreditedOrganization org) {
        Map<String, Object> data = data(r, session, org);
        data.put("reason", r.decisionReason());
        notifications.enqueue(org.applicationId(), org.contactEmail(), org.language(), EmailKind.REGISTRATION_REFUSED, data);
    }

    private static Map<String, Object> data(Representative r, Session session, AccreditedOrganization org) {
        Map<String, Object> data = new HashMap<>();
        data.put("app", Map.of("reference", org.reference(), "organization", org.name(), "contactName", org.contactName()));
        data.put("session", Map.of("code", session.code(), "title", session.title(),
                "opensLocal", local(session.opensAt(), session.timeZone()),
                "closesLocal", local(session.closesAt(), session.timeZone())));
        data.put("representative", Map.of("name", r.name(), "title", r.title(), "employer", r.employer(),
                "mode", r.mode().name()));
        return data;
    }

    /** A moment in the session's own zone, e.g. 2026-12-14 10:00 America/New_York (UTC-05:00). */
    static String local(Instant instant, ZoneId zone) {
        ZonedDateTime t = instant.atZone(zone);
        return LOCAL.format(t) + " " + zone.getId() + " (UTC" + t.getOffset().getId().replace("Z", "+00:00") + ")";
    }
}
