package org.accredit.statement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the secretariat declines a statement; the organization reads it. */
public record DeclineRequest(
        @NotBlank @Size(max = 2000) @Schema(description = "Shown to the organization") String reason) {
}
