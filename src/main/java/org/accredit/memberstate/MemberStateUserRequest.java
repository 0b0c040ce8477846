package org.accredit.memberstate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.accredit.common.validation.SingleLine;
import org.accredit.memberstate.UnMemberState;
import org.accredit.organization.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An admin registers a Member State focal point: the identity provider's subject of the user (the
 * token's {@code sub}, which the provider never changes), a login name to show, the State, the
 * focal point's email and language. Give at least one of subject and username; a missing one takes
 * the other's value (in dev, local and test the demo login name is the subject).
 */
@Schema(name = "MemberStateUserRequest")
public record MemberStateUserRequest(
        @Size(min = 1, max = 255) @Pattern(regexp = "^[\\x21-\\x7E]+$", message = "printable ASCII without spaces only")
        @Schema(description = "The identity provider's immutable subject of the user (the token's \"sub\" claim); "
                + "the focal point is found by it. Defaults to username.",
                example = "f3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d") String subject,
        @Size(min = 1, max = 100) @Pattern(regexp = "^[A-Za-z0-9._@-]+$", message = "letters, digits and . _ @ - only")
        @Schema(description = "The login name, shown in lists and the history (not used to find the user). "
                + "Defaults to subject.", example = "ms-fr") String username,
        @NotNull @UnMemberState @Schema(example = "FR") String stateCode,
        @NotBlank @Size(max = 254) @Email @SingleLine String focalPointEmail,
        @NotNull Language language) {
}
