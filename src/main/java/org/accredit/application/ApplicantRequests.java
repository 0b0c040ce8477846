package org.accredit.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
}
