package org.accredit.registration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The secretariat's decision on a registration. */
public final class DecisionRequest {

    private DecisionRequest() {
    }

    /** A confirmation: a reason is needed only to accept a late request. */
    @Schema(name = "RegistrationConfirmation")
    public record Confirmation(
            @Size(max = 2000) @Schema(description = "Required to accept a late request; sent to nobody") String reason) {
    }

    /** A refusal, always with a reason (sent to the organization's contact). */
    @Schema(name = "RegistrationRefusal")
    public record Refusal(@NotBlank @Size(max = 2000) String reason) {
    }
}
