package org.accredit.session;

/** What the public calendar may be narrowed to: each null means any. {@code year} is the opening's year (UTC). */
public record SessionFilter(SessionKind kind, Venue venue, Integer year) {
}
