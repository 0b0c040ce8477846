package org.accredit.application;

import org.accredit.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accredit.common.RowWriter;
import org.accredit.notification.SecretariatConfig;
import org.accredit.notification.EmailKind;
import org.accredit.notification.Notifications;

/**
 * The one door for the side effects of a change to an application: its history line and, in the
 * same transaction, the email to the applicant. History lines are append-only: they are written at
 * once with plain inserts ({@link RowWriter}), a line and its email in one round trip, rather than
 * kept in the persistence context.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Journal {

    private static final String INSERT = "insert into application_event (application_id, occurred_at, type, actor, "
            + "actor_role, from_status, to_status, from_path, to_path, public_reason, internal_note, applicant_visible) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final RowWriter rows;
    private final Notifications notifications;
    private final SecretariatConfig secretariat;
    private final Clock clock;

    public Journal(RowWriter rows, Notifications notifications, SecretariatConfig secretariat, Clock clock) {
        this.rows = rows;
        this.notifications = notifications;
        this.secretariat = secretariat;
        this.clock = clock;
    }

    /**
     * An email to the secretariat's mailbox (accredit.secretariat.email) about what an applicant did.
     * Templates get {@code app} (as in applicant emails) and {@code applicationId} besides {@code data}.
     */
    public void toSecretariat(Application app, EmailKind kind, Map<String, Object> data) {
        Map<String, Object> all = new HashMap<>(data);
        all.put("app", ApplicantEmailView.of(app));
        all.put("applicationId", app.id().toString());
        rows.insert(notifications.outboxRow(app.id(), secretariat.email(), secretariat.language(), kind, all));
    }

    /**
     * A status transition: its history line (with the reason the applicant may read and the note only
     * staff read) and the email {@link TransitionEffects} names for it, if any.
     */
    public void statusChanged(Application app, StatusChange change, Actor actor, ChangeDetails details) {
        append(new HistoryLine(app.id(), clock.instant(), EventType.STATUS_CHANGED, actor, change.from().name(),
                change.to().name(), null, null, details.publicReason(), details.internalNote(), true), app,
                TransitionEffects.email(change, app.path()).orElse(null), details.emailData());
    }

    /**
     * A new application: its row ({@code applicationRow}), its first history line, the roster look-up's
     * line for para 8 ({@code rosterEvent}: a match proposed, or confirmed automatically; {@code rosterNote},
     * staff only), the documents attached ({@code attachments}, para 9) and the acknowledgement, in one round trip.
     */
    public void submitted(Application app, RowWriter.Insert applicationRow, EventType rosterEvent, String rosterNote,
            Map<String, Object> emailData, List<RowWriter.Insert> attachments) {
        List<RowWriter.Insert> inserts = new ArrayList<>(4 + attachments.size());
        inserts.add(applicationRow);
        inserts.addAll(attachments);
        inserts.add(line(new HistoryLine(app.id(), app.submittedAt(), EventType.SUBMITTED, Actor.APPLICANT, null,
                app.status().name(), null, app.path().name(), null, null, true)));
        if (rosterNote != null) {
            inserts.add(line(new HistoryLine(app.id(), app.submittedAt(), rosterEvent,
                    Actor.SYSTEM, null, null, null, null, null, rosterNote, false)));
        }
        inserts.add(email(app, EmailKind.ACKNOWLEDGEMENT, emailData));
        rows.insert(inserts.toArray(RowWriter.Insert[]::new));
    }

    /** A path change: its history line and the email {@link TransitionEffects} names for it. */
    public void pathChanged(Application app, PathChange change, Actor actor, ChangeDetails details) {
        append(new HistoryLine(app.id(), clock.instant(), EventType.PATH_CHANGED, actor, null, null,
                change.from().name(), change.to().name(), details.publicReason(), details.internalNote(), true), app,
                TransitionEffects.email(change), details.emailData());
    }

    /**
     * A new tracking secret, asked for on the lost-secret page ({@code actor} the applicant) or issued by an admin
     * resending the FAILED email that carried the old one: its history line, holding no secret, and the email that
     * carries the new secret to the contact email only (erased from the outbox once delivered). Returns that
     * email's outbox id.
     */
    public UUID trackingSecretReissued(Application app, String newSecret, Actor actor) {
        rows.insert(line(new HistoryLine(app.id(), clock.instant(), EventType.TRACKING_SECRET_REISSUED, actor, null,
                null, null, null, null, null, true)));
        return notifications.enqueue(app.id(), app.contactEmail(), app.language(), EmailKind.SECRET_REISSUED,
                Map.of("trackingSecret", newSecret, "app", ApplicantEmailView.of(app)));
    }

    /** The application was given to a reviewer: a staff-only line naming them (the status stays). */
    public void assigned(Application app, Actor by) {
        note(app, EventType.ASSIGNED, by, null, "assigned to " + app.assignedTo(), false);
    }

    /** A line that is not a transition (a match confirmed, a list changed, an objection lodged...). */
    public void note(Application app, EventType type, Actor actor, String publicReason, String internalNote,
            boolean applicantVisible) {
        append(new HistoryLine(app.id(), clock.instant(), type, actor, null, null, null, null, publicReason,
                internalNote, applicantVisible), app, null, null);
    }

    /** The history line and, when there is one, the email to the applicant: one round trip. */
    private void append(HistoryLine e, Application app, EmailKind email, Map<String, Object> emailData) {
        if (email == null) {
            rows.insert(line(e));
        } else {
            rows.insert(line(e), email(app, email, emailData));
        }
    }

    private static RowWriter.Insert line(HistoryLine e) {
        return new RowWriter.Insert(INSERT, row -> row.uuid(e.applicationId()).instant(e.occurredAt()).text(e.type())
                .text(e.actor()).text(e.actorRole()).text(e.fromStatus()).text(e.toStatus()).text(e.fromPath())
                .text(e.toPath()).text(e.publicReason()).text(e.internalNote()).bool(e.applicantVisible()));
    }

    private RowWriter.Insert email(Application app, EmailKind kind, Map<String, Object> emailData) {
        Map<String, Object> data = new HashMap<>(emailData == null ? Map.of() : emailData);
        data.putIfAbsent("app", ApplicantEmailView.of(app));
        return notifications.outboxRow(app.id(), app.contactEmail(), app.language(), kind, data);
    }
}
