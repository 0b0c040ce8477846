package org.accredit.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.hibernate.StatelessSession;
import org.accredit.application.Application;
import org.accredit.application.PathChange;
import org.accredit.application.StatusChange;
import org.accredit.notification.EmailKind;
import org.accredit.notification.Notifications;

/**
 * The one door for the side effects of a change to an application: its history line and, in the
 * same transaction, the email to the applicant. History lines are append-only, so they are written
 * with a stateless insert (executed at once, on the transaction's connection) rather than kept in
 * the persistence context until the flush.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Journal {

    private final StatelessSession inserts;
    private final Notifications notifications;
    private final Clock clock;

    public Journal(StatelessSession inserts, Notifications notifications, Clock clock) {
        this.inserts = inserts;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** A status transition, with the reason the applicant may read and the note only staff read. */
    public void statusChanged(Application app, StatusChange change, Actor actor, String publicReason,
            String internalNote, EmailKind email, Map<String, Object> emailData) {
        inserts.insert(new ApplicationEvent(app.id(), clock.instant(), EventType.STATUS_CHANGED, actor, change.from().name(),
                change.to().name(), null, null, publicReason, internalNote, true));
        emailApplicant(app, email, emailData);
    }

    public void submitted(Application app, Map<String, Object> emailData) {
        inserts.insert(new ApplicationEvent(app.id(), app.submittedAt(), EventType.SUBMITTED, Actor.APPLICANT, null,
                app.status().name(), null, app.path().name(), null, null, true));
        emailApplicant(app, EmailKind.ACKNOWLEDGEMENT, emailData);
    }

    public void pathChanged(Application app, PathChange change, Actor actor, String publicReason, String internalNote,
            Map<String, Object> emailData) {
        inserts.insert(new ApplicationEvent(app.id(), clock.instant(), EventType.PATH_CHANGED, actor, null, null,
                change.from().name(), change.to().name(), publicReason, internalNote, true));
        emailApplicant(app, EmailKind.PATH_CHANGE, emailData);
    }

    /** A line that is not a transition (a match confirmed, a list changed, an objection lodged...). */
    public void note(Application app, EventType type, Actor actor, String publicReason, String internalNote,
            boolean applicantVisible) {
        inserts.insert(new ApplicationEvent(app.id(), clock.instant(), type, actor, null, null, null, null, publicReason,
                internalNote, applicantVisible));
    }

    private void emailApplicant(Application app, EmailKind kind, Map<String, Object> emailData) {
        if (kind == null) {
            return;
        }
        Map<String, Object> data = new java.util.HashMap<>(emailData == null ? Map.of() : emailData);
        data.putIfAbsent("app", ApplicantEmailView.of(app));
        notifications.enqueue(app.id(), app.contactEmail(), app.language(), kind, data);
    }
}
