package org.accredit.registration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.accredit.common.validation.SingleLine;
import org.accredit.organization.IsoCountry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person an organization registers for a session (or names as a replacement), as its official
 * letter lists them. Status, decisions and the organization are the service's, never the client's.
 */
@Schema(name = "RepresentativeRequest")
public record RepresentativeRequest(
        @NotNull @Schema(description = "The official letter (uploaded for this session) that lists the person") UUID letterId,
        @NotBlank @Size(max = 200) @SingleLine String name,
        @NotBlank @Size(max = 200) @SingleLine String title,
        @NotBlank @Size(max = 300) @SingleLine String employer,
        @NotBlank @Size(max = 254) @Email @SingleLine @Schema(description = "The person's own email address") String email,
        @NotNull AttendanceMode mode,
        @Schema(description = "Optional, for the participation figures only") Gender gender,
        @IsoCountry @Schema(description = "Optional, ISO 3166-1 alpha-2", example = "KE") String nationality) {

    /** The same person, on this letter. */
    public RepresentativeRequest withLetter(UUID letter) {
        return new RepresentativeRequest(letter, name, title, employer, email, mode, gender, nationality);
    }
}
