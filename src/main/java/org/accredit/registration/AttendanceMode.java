package org.accredit.registration;

/** How a representative takes part. */
public enum AttendanceMode {
    IN_PERSON,
    ONLINE
}
