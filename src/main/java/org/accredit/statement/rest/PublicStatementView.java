package org.accredit.statement.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.accredit.application.AccreditedOrganization;
import org.accredit.application.ParticipationPath;
import org.accredit.organization.Language;
import org.accredit.session.Session;
import org.accredit.statement.Statement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A published written statement as the public reads it: the organization's public details only
 * (name, acronym, country, path), never its contact nor any person. Lists leave out the text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PublishedStatement")
public record PublicStatementView(
        UUID id,
        UUID sessionId,
        String sessionCode,
        String organizationName,
        String organizationAcronym,
        @Schema(description = "ISO 3166-1 alpha-2") String country,
        ParticipationPath path,
        Language language,
        String title,
        @Schema(description = "Words of the text, counted by ICU4J word segmentation") int wordCount,
        @Schema(description = "Whether it was sent as a PDF (GET /api/v1/public/statements/{id}/document)") boolean hasDocument,
        Instant publishedAt,
        @Schema(description = "publishedAt in the session's time zone, with its offset") String publishedAtLocal,
        @Schema(description = "The session's time zone (IANA)") String timeZone,
        @Schema(description = "The text; absent from lists") String text) {

    static PublicStatementView of(Statement s, Session session, AccreditedOrganization org, boolean withText) {
        return new PublicStatementView(s.id(), s.sessionId(), session.code(), org.name(), org.acronym(), org.country(),
                org.path(), s.language(), s.title(), s.wordCount(), s.hasDocument(), s.publishedAt(),
                Local.of(s.publishedAt(), session), session.timeZone().getId(), withText ? s.text() : null);
    }
}
