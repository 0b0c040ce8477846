package org.accredit.objection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a Member State sends. */
public final class MemberStateRequests {

    /** Longest basis of an objection (characters). */
    public static final int BASIS_MAX = 2000;

    private MemberStateRequests() {
    }

    @Schema(name = "ObjectionRequest")
    public record Lodge(
            @NotNull UUID applicationId,
            @NotBlank @Size(max = BASIS_MAX) @Schema(description = "The basis of the objection (confidential to the secretariat)") String basis) {
    }

    @Schema(name = "BasisDisclosureRequest")
    public record AskForBasis(@NotNull UUID applicationId) {
    }
}
