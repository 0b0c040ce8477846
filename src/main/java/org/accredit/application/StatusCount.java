package org.accredit.application;

/**
 * How many applications of one status match the queue's filters: exactly {@code count}, or, when
 * {@code more}, at least that many (the unfiltered queue counts each status up to
 * accredit.queue-count-cap, so that its summary does not read every row).
 */
public record StatusCount(ApplicationStatus status, long count, boolean more) {
}
