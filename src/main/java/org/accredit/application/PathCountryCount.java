package org.accredit.application;

/** How many organizations of a set are on one participation path in one country. */
public record PathCountryCount(ParticipationPath path, String country, long count) {
}
