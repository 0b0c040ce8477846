package org.accredit.application;

import java.util.UUID;

/** The secretariat's queue: optional filters, a cursor from the previous page and a page size. */
public record QueueFilter(ApplicationStatus status, ParticipationPath path, UUID callId, String text, String cursor,
        int limit) {
}
