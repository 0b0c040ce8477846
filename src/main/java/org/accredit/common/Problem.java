package org.accredit.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, with one entry per bad field. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        @Schema(description = "For 409 on a workflow step: the current status") String currentStatus,
        @Schema(description = "One entry per bad field") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null);
    }

    @Schema(name = "FieldError")
    public record FieldError(String field, String message) {
    }
}
