package org.accredit.objection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.accredit.common.validation.SingleLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the secretariat sends to draw up, circulate and decide a non-objection list. */
public final class ListRequests {

    private ListRequests() {
    }

    @Schema(name = "NonObjectionListRequest")
    public record CreateList(
            @NotNull @Schema(description = "The call for applications the list is drawn from") UUID callId,
            @NotBlank @Size(max = 200) @SingleLine String title) {
    }

    @Schema(name = "ListEntryRequest")
    public record AddApplication(@NotNull UUID applicationId) {
    }

    @Schema(name = "CirculationRequest")
    public record Circulation(
            @Schema(description = "Explicit deadline with its offset; by default the configured number of working days "
                    + "after circulation, at the configured time in New York. A deadline before that is only proposed: "
                    + "it needs a reason and a second approver's confirmation") OffsetDateTime deadline,
            @Size(max = 2000) @Pattern(regexp = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*",
                    message = "must not contain control characters other than line breaks and tabs")
            @Schema(description = "Why the deadline is shorter than the configured window (required then)")
            String reason) {
    }

    @Schema(name = "CommitteeDecisionRequest")
    public record Decision(
            @NotBlank @Size(max = 200) @SingleLine @Schema(example = "A/AC.291/6, annex I, decision I") String documentReference,
            @NotNull @Schema(description = "The day the Committee decided", example = "2022-02-24") LocalDate decidedOn,
            @Size(max = 500) @Schema(description = "Objected applications the Committee approved anyway, each with its reason")
            List<@NotNull @Valid ApprovedDespiteObjection> approvedDespiteObjection) {
    }

    @Schema(name = "ApprovedDespiteObjection")
    public record ApprovedDespiteObjection(
            @NotNull UUID applicationId,
            @NotBlank @Size(max = 4000) String reason) {
    }

    @Schema(name = "DisclosureRequest", description = "The general basis of the objections, as the secretariat words it")
    public record Disclosure(@NotBlank @Size(max = 2000) String generalBasis) {
    }
}
