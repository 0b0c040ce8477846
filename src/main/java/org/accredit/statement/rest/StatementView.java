package org.accredit.statement.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.accredit.application.AccreditedOrganization;
import org.accredit.application.ParticipationPath;
import org.accredit.organization.Language;
import org.accredit.session.Session;
import org.accredit.statement.Statement;
import org.accredit.statement.StatementStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A written statement as the secretariat and its organization see it. Lists leave out the text;
 * decidedBy is shown to staff only. Moments are instants (UTC) and, for the submission and the
 * publication, local date-times with their offset in the session's time zone.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "WrittenStatement")
public record StatementView(
        UUID id,
        UUID sessionId,
        String sessionCode,
        @Schema(description = "The organization's approved application") UUID applicationId,
        String applicationReference,
        String organizationName,
        String organizationAcronym,
        @Schema(description = "ISO 3166-1 alpha-2") String country,
        ParticipationPath path,
        Language language,
        String title,
        @Schema(description = "Words of the text, counted by ICU4J word segmentation") int wordCount,
        @Schema(description = "Whether it was sent as a PDF (GET .../document)") boolean hasDocument,
        @Schema(description = "Pages of the PDF") Integer documentPages,
        @Schema(description = "Size of the PDF in bytes") Integer documentBytes,
        StatementStatus status,
        Instant submittedAt,
        @Schema(description = "submittedAt in the session's time zone, with its offset") String submittedAtLocal,
        Instant decidedAt,
        @Schema(description = "Staff only: who published or declined it") String decidedBy,
        Instant publishedAt,
        @Schema(description = "publishedAt in the session's time zone, with its offset") String publishedAtLocal,
        @Schema(description = "Why the secretariat declined it") String declineReason,
        Instant withdrawnAt,
        @Schema(description = "The session's time zone (IANA)") String timeZone,
        @Schema(description = "The text (as sent, or extracted from the PDF); absent from lists") String text) {

    static StatementView of(Statement s, Session session, AccreditedOrganization org, boolean staff, boolean withText) {
        return new StatementView(s.id(), s.sessionId(), session.code(), org.applicationId(), org.reference(), org.name(),
                org.acronym(), org.country(), org.path(), s.language(), s.title(), s.wordCount(), s.hasDocument(),
                s.documentPages(), s.documentBytes(), s.status(), s.submittedAt(), Local.of(s.submittedAt(), session),
                s.decidedAt(), staff ? s.decidedBy() : null, s.publishedAt(), Local.of(s.publishedAt(), session),
                s.declineReason(), s.withdrawnAt(), session.timeZone().getId(), withText ? s.text() : null);
    }
}
