package org.accredit.application;

import java.util.UUID;

/**
 * The secretariat's queue: optional filters (the page is a PageRequest) and the order. {@code country}
 * an ISO-2 code; {@code assignee} the reviewer the applications are assigned to ("assigned to me").
 */
public record QueueFilter(ApplicationStatus status, ParticipationPath path, UUID callId, String text, String country,
        String assignee, QueueSort sort) {

    public QueueFilter(ApplicationStatus status, ParticipationPath path, UUID callId, String text) {
        this(status, path, callId, text, null, null, QueueSort.OLDEST);
    }

    public QueueFilter {
        sort = sort == null ? QueueSort.OLDEST : sort;
    }

    /** The same filters without the status (the counts per status of the queue's summary). */
    public QueueFilter anyStatus() {
        return new QueueFilter(null, path, callId, text, country, assignee, sort);
    }
}
