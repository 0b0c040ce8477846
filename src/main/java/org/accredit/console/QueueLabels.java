package org.accredit.console;

import java.util.List;
import org.accredit.application.ApplicationStatus;
import org.accredit.application.ParticipationPath;
import org.accredit.common.FormField;

/** The applications area's words for the workflow's statuses and paths, in the page's language. */
public final class QueueLabels {

    private QueueLabels() {
    }

    public static String status(QueueMessages m, ApplicationStatus s) {
        if (s == null) {
            return "";
        }
        return switch (s) {
            case SUBMITTED -> m.statusSubmitted();
            case IN_REVIEW -> m.statusInReview();
            case INFORMATION_REQUESTED -> m.statusInformationRequested();
            case RECOMMENDED -> m.statusRecommended();
            case IN_CIRCULATION -> m.statusInCirculation();
            case NO_OBJECTION -> m.statusNoObjection();
            case OBJECTED -> m.statusObjected();
            case APPROVED -> m.statusApproved();
            case REJECTED -> m.statusRejected();
            case NOT_APPROVED -> m.statusNotApproved();
            case WITHDRAWN -> m.statusWithdrawn();
            case SUSPENDED -> m.statusSuspended();
            case ACCREDITATION_WITHDRAWN -> m.statusAccreditationWithdrawn();
        };
    }

    /** A status name as stored in a history line (or null). */
    public static String status(QueueMessages m, String name) {
        if (name == null) {
            return "";
        }
        try {
            return status(m, ApplicationStatus.valueOf(name));
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    public static String path(QueueMessages m, ParticipationPath p) {
        if (p == null) {
            return "";
        }
        return switch (p) {
            case PARA_7 -> m.pathPara7();
            case PARA_8 -> m.pathPara8();
            case PARA_9 -> m.pathPara9();
        };
    }

    public static List<FormField.Option> statusOptions(QueueMessages m, ApplicationStatus selected) {
        List<FormField.Option> options = new java.util.ArrayList<>();
        options.add(new FormField.Option("", m.any(), selected == null));
        for (ApplicationStatus s : ApplicationStatus.values()) {
            options.add(new FormField.Option(s.name(), status(m, s), s == selected));
        }
        return options;
    }

    public static List<FormField.Option> pathOptions(QueueMessages m, ParticipationPath selected) {
        List<FormField.Option> options = new java.util.ArrayList<>();
        options.add(new FormField.Option("", m.any(), selected == null));
        for (ParticipationPath p : ParticipationPath.values()) {
            options.add(new FormField.Option(p.name(), path(m, p), p == selected));
        }
        return options;
    }
}
