package org.accredit.call;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.accredit.common.validation.SingleLine;

/** A call for applications as an admin sets it; instants carry their offset (e.g. -05:00 for New York in winter). */
public record CallRequest(
        @NotBlank @Size(max = 200) @SingleLine String title,
        @NotNull OffsetDateTime opensAt,
        @NotNull OffsetDateTime closesAt) {
}
