package org.accredit.registration;

import java.time.Instant;
import java.util.UUID;

/**
 * One registration of a session as the staff export shows it: the representative's details (personal
 * data: staff only), a read-only projection, never a managed entity (an export reads thousands), with
 * its id (with the registration time, the key of the export's next batch).
 */
public record RegistrationRow(UUID id, UUID applicationId, String name, String title, String employer, String email,
        AttendanceMode mode, Gender gender, String nationality, RepresentativeStatus status, boolean late,
        Instant registeredAt) {
}
