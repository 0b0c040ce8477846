package org.accredit.application;

import java.util.Map;
import java.util.Optional;
import org.accredit.notification.EmailKind;

/**
 * The one table of what a transition tells the applicant: the email (if any) follows from the status
 * an application reaches and its path; a path change always sends {@link EmailKind#PATH_CHANGE}. The
 * history line follows from the change itself ({@link EventType#STATUS_CHANGED}, {@link
 * EventType#PATH_CHANGED}), written by {@link Journal}. Adding a transition is one intent method on
 * {@link Application} (and its arrow in {@link ApplicationStatus}) plus, if it emails, one row here.
 */
public final class TransitionEffects {

    /** Status reached → email to the applicant, on every path (para 9's approval is the Committee's). */
    private static final Map<ApplicationStatus, EmailKind> EMAIL_ON_REACHING = Map.of(
            ApplicationStatus.INFORMATION_REQUESTED, EmailKind.INFORMATION_REQUEST,
            ApplicationStatus.APPROVED, EmailKind.APPROVAL,
            ApplicationStatus.REJECTED, EmailKind.REJECTION,
            ApplicationStatus.NOT_APPROVED, EmailKind.NOT_APPROVED,
            ApplicationStatus.WITHDRAWN, EmailKind.WITHDRAWAL,
            ApplicationStatus.SUSPENDED, EmailKind.ACCREDITATION_SUSPENDED,
            ApplicationStatus.ACCREDITATION_WITHDRAWN, EmailKind.ACCREDITATION_WITHDRAWN);

    /** Rows that depend on where the application came from: back to APPROVED from a suspension is a reinstatement. */
    private static final Map<StatusChange, EmailKind> BY_CHANGE = Map.of(
            new StatusChange(ApplicationStatus.SUSPENDED, ApplicationStatus.APPROVED), EmailKind.ACCREDITATION_REINSTATED);

    /** Rows that differ by path. */
    private static final Map<ParticipationPath, Map<ApplicationStatus, EmailKind>> BY_PATH = Map.of(
            ParticipationPath.PARA_9, Map.of(ApplicationStatus.APPROVED, EmailKind.COMMITTEE_APPROVAL));

    private TransitionEffects() {
    }

    /** The email an application on {@code path} gets for {@code change}, if any. */
    public static Optional<EmailKind> email(StatusChange change, ParticipationPath path) {
        EmailKind byChange = BY_CHANGE.get(change);
        if (byChange != null) {
            return Optional.of(byChange);
        }
        EmailKind byPath = BY_PATH.getOrDefault(path, Map.of()).get(change.to());
        return Optional.ofNullable(byPath != null ? byPath : EMAIL_ON_REACHING.get(change.to()));
    }

    /** The email for a path change. */
    public static EmailKind email(PathChange change) {
        return EmailKind.PATH_CHANGE;
    }
}
