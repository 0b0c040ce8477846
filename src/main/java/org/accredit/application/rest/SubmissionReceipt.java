package org.accredit.application.rest;

import java.time.Instant;
import java.util.UUID;
import org.accredit.application.ApplicationStatus;
import org.accredit.application.ParticipationPath;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the applicant gets back once: keep the tracking secret, it is not shown again (it is also emailed). */
public record SubmissionReceipt(
        UUID id,
        String reference,
        ParticipationPath path,
        ApplicationStatus status,
        Instant submittedAt,
        @Schema(description = "Shown once. Send it in the X-Tracking-Secret header to read, answer or withdraw.")
        String trackingSecret) {
}
