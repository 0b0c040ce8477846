package org.accredit.application;

/** A status transition an application made. */
public record StatusChange(ApplicationStatus from, ApplicationStatus to) {
}
