package org.accredit.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.accredit.application.ParticipationPath;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the secretariat's workflow steps. */
public final class StaffRequests {

    private StaffRequests() {
    }

    @Schema(name = "InformationRequest")
    public record InformationRequest(
            @NotBlank @Size(max = 4000) @Schema(description = "The question, sent to the applicant") String question,
            @Size(max = 4000) @Schema(description = "Internal note, staff only") String note) {
    }

    @Schema(name = "ReviewNote")
    public record ReviewNote(@Size(max = 4000) @Schema(description = "Internal note, staff only") String note) {
    }

    @Schema(name = "Rejection")
    public record Rejection(
            @NotBlank @Size(max = 4000) @Schema(description = "The reason, sent to the applicant") String reason,
            @Size(max = 4000) @Schema(description = "Internal note, staff only") String note) {
    }

    @Schema(name = "PathChangeRequest")
    public record PathChangeRequest(
            @NotNull ParticipationPath path,
            @NotBlank @Size(max = 4000) @Schema(description = "Why, sent to the applicant") String reason,
            @Size(max = 4000) @Schema(description = "Internal note, staff only") String note) {
    }

    @Schema(name = "EcosocMatchConfirmation")
    public record EcosocMatchConfirmation(
            @NotNull @Schema(description = "The roster entry this application is") UUID entryId,
            @Size(max = 4000) @Schema(description = "Internal note, staff only") String note) {
    }

    @Schema(name = "Assignment", description = "Who works on an application")
    public record Assignment(
            @NotBlank @Size(max = 200) @org.accredit.common.validation.SingleLine
            @Schema(description = "The user name of the reviewer the application is given to") String assignee) {
    }

    @Schema(name = "StandingChange", description = "A suspension, reinstatement or withdrawal of an accreditation")
    public record StandingChange(
            @NotBlank @Size(max = 4000) @Schema(description = "The reason, sent to the organization and shown in its history") String reason,
            @Size(max = 4000) @Schema(description = "Internal note, staff only") String note) {
    }
}
