package org.accredit.statement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.accredit.common.validation.SingleLine;
import org.accredit.organization.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A written statement sent as text (application/json). Its length in characters is bounded by
 * accredit.statements.max-text-characters, its words by accredit.statements.max-words.
 */
public record StatementRequest(
        @NotNull @Schema(description = "The UN language the statement is written in") Language language,
        @NotBlank @Size(max = Statement.MAX_TITLE) @SingleLine String title,
        @NotBlank @Schema(description = "The statement; at most accredit.statements.max-words words (2,000) counted by "
                + "ICU4J word segmentation, and accredit.statements.max-text-characters characters (30,000)") String text) {
}
