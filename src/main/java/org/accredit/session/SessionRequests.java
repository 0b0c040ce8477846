package org.accredit.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.accredit.common.validation.SingleLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the admin's calendar steps. Moments carry their offset; the session shows them in {@code timeZone}. */
public final class SessionRequests {

    /** The time zone of a New York session, and of a Vienna one (an online session may take any region zone). */
    public static final String NEW_YORK_ZONE = "America/New_York";
    public static final String VIENNA_ZONE = "Europe/Vienna";

    private SessionRequests() {
    }

    @Schema(name = "SessionRequest", description = "A new session")
    public record Create(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*", message = "must be upper-case letters, digits and hyphens")
            @Schema(description = "Unique short code, e.g. AHC-7", example = "AHC-7") String code,
            @NotBlank @Size(max = 200) @SingleLine String title,
            @NotNull SessionKind kind,
            @NotNull Venue venue,
            @NotBlank @Size(max = 40) @SingleLine
            @Schema(description = "IANA zone the session is shown in: America/New_York for New York, Europe/Vienna "
                    + "for Vienna, any region zone (e.g. Europe/Paris) or UTC for an online session") String timeZone,
            @NotNull OffsetDateTime opensAt,
            @NotNull OffsetDateTime closesAt,
            @NotNull OffsetDateTime registrationOpensAt,
            @NotNull OffsetDateTime registrationClosesAt,
            @Schema(description = "Earlier cut-off for para 9 organizations, inside the registration window") OffsetDateTime para9ClosesAt,
            @Min(0) @Max(Session.MAX_SEATS) @Schema(description = "Seats in the room per organization; absent = no limit") Integer inPersonSeats,
            @Min(0) @Max(Session.MAX_SEATS) @Schema(description = "Online seats per organization; absent = no limit") Integer onlineSeats) {
    }

    @Schema(name = "SessionChange", description = "A session rescheduled or given other quotas (the code stays)")
    public record Change(
            @NotBlank @Size(max = 200) @SingleLine String title,
            @NotNull SessionKind kind,
            @NotNull Venue venue,
            @NotBlank @Size(max = 40) @SingleLine
            @Schema(description = "IANA zone, as for a new session") String timeZone,
            @NotNull OffsetDateTime opensAt,
            @NotNull OffsetDateTime closesAt,
            @NotNull OffsetDateTime registrationOpensAt,
            @NotNull OffsetDateTime registrationClosesAt,
            OffsetDateTime para9ClosesAt,
            @Min(0) @Max(Session.MAX_SEATS) Integer inPersonSeats,
            @Min(0) @Max(Session.MAX_SEATS) Integer onlineSeats,
            @Min(0) @Schema(description = "The version read; if given and the session changed since, 409") Long version) {
    }

    @Schema(name = "AgendaItemRequest")
    public record AgendaItem(
            @NotNull @Min(1) @Max(999) @Schema(description = "Unique in the session") Integer number,
            @NotBlank @Size(max = 300) @SingleLine String title) {
    }
}
