package org.accredit.registration;

/** A representative's gender, optional, for the participation figures only. */
public enum Gender {
    FEMALE,
    MALE,
    OTHER,
    UNDISCLOSED
}
