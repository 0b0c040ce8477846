package org.accredit.memberstate.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.accredit.common.validation.SingleLine;
import org.accredit.memberstate.UnMemberState;
import org.accredit.organization.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An admin creates a Member State focal point's account: the login name the identity provider authenticates. */
@Schema(name = "MemberStateUserRequest")
public record MemberStateUserRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9._@-]+$", message = "letters, digits and . _ @ - only")
        @Schema(description = "The login name (as the identity provider knows it)", example = "ms-fr") String username,
        @NotNull @UnMemberState @Schema(example = "FR") String stateCode,
        @NotBlank @Size(max = 254) @Email @SingleLine String focalPointEmail,
        @NotNull Language language) {
}
