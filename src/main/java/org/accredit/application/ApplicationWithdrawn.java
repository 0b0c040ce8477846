package org.accredit.application;

/**
 * Fired synchronously, inside the withdrawal's transaction, so other features (a non-objection list
 * holding the application) can react in the same transaction.
 */
public record ApplicationWithdrawn(Application application, ApplicationStatus previousStatus) {
}
