package org.accredit.objection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.accredit.common.validation.SingleLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HolidayRequest", description = "A UN holiday: not a working day of an objection window")
public record HolidayRequest(
        @NotNull @Schema(example = "2026-12-25") LocalDate date,
        @NotBlank @Size(max = 200) @SingleLine @Schema(example = "Christmas Day") String name) {
}
