package org.accredit.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.accredit.common.validation.SingleLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of what an applicant does with its tracking secret. */
public final class ApplicantRequests {

    private ApplicantRequests() {
    }

    @Schema(name = "InformationResponse")
    public record InformationResponse(@NotBlank @Size(max = 8000) String answer) {
    }

    @Schema(name = "WithdrawalRequest")
    public record WithdrawalRequest(@Size(max = 2000) String reason) {
    }

    @Schema(name = "SecretReissueRequest", description = "The lost-secret page: the application's reference and its contact email")
    public record SecretReissueRequest(
            @Schema(examples = "AHC-2026-00042") @NotBlank @Size(max = 24) @SingleLine String reference,
            @Schema(description = "The contact email given in the application (case is ignored)") @NotBlank @Size(max = 254)
            @Email @SingleLine String email) {
    }
}
