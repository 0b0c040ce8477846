package org.accredit.registration;

/** How many representatives of a session take part in one mode with one gender (null: not given). */
public record ModeGenderCount(AttendanceMode mode, Gender gender, long count) {
}
