package org.accredit.registration.rest;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.UUID;
import org.accredit.application.AccreditedOrganization;
import org.accredit.registration.AttendanceMode;
import org.accredit.registration.Gender;
import org.accredit.registration.RegistrationLetter;
import org.accredit.registration.Representative;
import org.accredit.registration.RepresentativeStatus;
import org.accredit.session.Session;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the registration endpoints answer; moments as instants and in the session's own time zone. */
public final class RegistrationViews {

    private RegistrationViews() {
    }

    static String local(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime().toString();
    }

    /** An uploaded official letter (never its bytes). */
    @Schema(name = "RegistrationLetter")
    public record Letter(UUID id, UUID sessionId, int sizeBytes, int pages,
            @Schema(description = "SHA-256 of the file, hexadecimal") String sha256, Instant uploadedAt,
            @Schema(description = "uploadedAt in the session's time zone") String uploadedAtLocal, String timeZone) {

        static Letter of(RegistrationLetter l, Session s) {
            return new Letter(l.id(), l.sessionId(), l.sizeBytes(), l.pages(), HexFormat.of().formatHex(l.sha256()),
                    l.uploadedAt(), local(l.uploadedAt(), s.timeZone()), s.timeZone().getId());
        }
    }

    /** A representative as its own organization sees it. */
    @Schema(name = "Representative")
    public record Own(UUID id, UUID sessionId, UUID letterId, String name, String title, String employer, String email,
            AttendanceMode mode, Gender gender, String nationality, RepresentativeStatus status,
            @Schema(description = "Registered after the cut-off (a late request), whatever its status now") boolean late,
            @Schema(description = "The representative this one replaced") UUID replacesId,
            @Schema(description = "The secretariat's reason, for a refusal") String refusalReason,
            Instant registeredAt, String registeredAtLocal, Instant decidedAt, String decidedAtLocal, String timeZone) {

        static Own of(Representative r, Session s) {
            return new Own(r.id(), r.sessionId(), r.letterId(), r.name(), r.title(), r.employer(), r.email(), r.mode(),
                    r.gender(), r.nationality(), r.status(), r.late(), r.replacesId(),
                    r.status() == RepresentativeStatus.REFUSED ? r.decisionReason() : null, r.registeredAt(),
                    local(r.registeredAt(), s.timeZone()), r.decidedAt(), local(r.decidedAt(), s.timeZone()),
                    s.timeZone().getId());
        }
    }

    /** The organization of a registration, for the secretariat. */
    @Schema(name = "RegistrationOrganization")
    public record Organization(UUID applicationId, String reference, String name, String path, String country) {

        static Organization of(AccreditedOrganization o) {
            return new Organization(o.applicationId(), o.reference(), o.name(), o.path().name(), o.country());
        }
    }

    /** A registration as the secretariat sees it: the person, the organization and the decision. */
    @Schema(name = "Registration")
    public record Staff(UUID id, UUID sessionId, Organization organization, UUID letterId, String name, String title,
            String employer, String email, AttendanceMode mode, Gender gender, String nationality,
            RepresentativeStatus status, boolean late, UUID replacesId, String decidedBy, String decisionReason,
            Instant registeredAt, String registeredAtLocal, Instant decidedAt, String decidedAtLocal, String timeZone) {

        static Staff of(Representative r, Session s, AccreditedOrganization org) {
            return new Staff(r.id(), r.sessionId(), Organization.of(org), r.letterId(), r.name(), r.title(), r.employer(),
                    r.email(), r.mode(), r.gender(), r.nationality(), r.status(), r.late(), r.replacesId(), r.decidedBy(),
                    r.decisionReason(), r.registeredAt(), local(r.registeredAt(), s.timeZone()), r.decidedAt(),
                    local(r.decidedAt(), s.timeZone()), s.timeZone().getId());
        }
    }
}
