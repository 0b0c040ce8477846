package org.accredit.application;

/** A move from one participation path to another. */
public record PathChange(ParticipationPath from, ParticipationPath to) {
}
