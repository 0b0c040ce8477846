package org.accredit.statement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.accredit.common.validation.SingleLine;
import org.accredit.organization.Language;

/** What comes with a statement sent as a PDF (the query parameters language and title). */
public record DocumentRequest(
        @NotNull @Pattern(regexp = "ar|zh|en|fr|ru|es", message = "{org.accredit.validation.LanguageCode.message}") String language,
        @NotBlank @Size(max = Statement.MAX_TITLE) @SingleLine String title) {

    Language lang() {
        return Language.valueOf(language);
    }
}
