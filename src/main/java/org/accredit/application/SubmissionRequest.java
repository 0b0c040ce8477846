package org.accredit.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.accredit.common.validation.HttpUrl;
import org.accredit.organization.IsoCountry;
import org.accredit.common.validation.SingleLine;
import org.accredit.ecosoc.EcosocCategory;
import org.accredit.organization.Language;
import org.accredit.organization.OrganizationType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organization's application. The service decides the path from {@code organization.type} and
 * {@code ecosocCategory}; status, ids, path and reviewer cannot be set (such fields are refused).
 */
@Schema(name = "SubmissionRequest")
public record SubmissionRequest(
        @NotNull @Valid Organization organization,
        @Schema(description = "NGOs only: the ECOSOC consultative status claimed (para 8). Leave out for para 9.")
        EcosocCategory ecosocCategory,
        @NotNull @Valid Contact contact,
        @NotNull @Schema(description = "The UN language the applicant is written to in") Language language) {

    public record Organization(
            @NotBlank @Size(min = 2, max = 300) @SingleLine String name,
            @Size(max = 30) @SingleLine String acronym,
            @NotNull OrganizationType type,
            @NotNull @IsoCountry @Schema(example = "FR") String country,
            @Size(max = 500) @HttpUrl @SingleLine @Schema(example = "https://example.org") String website,
            @Size(max = 254) @Email @SingleLine String email,
            @Size(max = 4000) @Schema(description = "Relevant expertise in countering cybercrime") String expertise) {
    }

    public record Contact(
            @NotBlank @Size(max = 200) @SingleLine String name,
            @Size(max = 200) @SingleLine String title,
            @NotBlank @Size(max = 254) @Email @SingleLine String email,
            @Size(max = 40) @SingleLine @jakarta.validation.constraints.Pattern(regexp = "^\\+?[0-9 ().-]{4,40}$",
                    message = "{org.accredit.validation.Phone.message}") String phone) {
    }
}
