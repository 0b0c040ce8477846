package org.accredit.application;

import java.util.UUID;

/** The secretariat's queue: optional filters (the page is a PageRequest). */
public record QueueFilter(ApplicationStatus status, ParticipationPath path, UUID callId, String text) {
}
