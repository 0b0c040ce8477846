package org.accredit.application.rest;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.accredit.application.Attachment;
import org.accredit.application.AttachmentKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document a para 9 applicant attached, as staff see it (GET .../attachments/{attachmentId} for the PDF). */
@Schema(name = "Attachment")
public record AttachmentView(
        UUID id,
        AttachmentKind kind,
        @Schema(description = "Size of the PDF in bytes") int sizeBytes,
        int pages,
        @Schema(description = "SHA-256 of the PDF, hexadecimal") String sha256,
        Instant uploadedAt) {

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.id(), a.kind(), a.sizeBytes(), a.pages(), HexFormat.of().formatHex(a.sha256()),
                a.uploadedAt());
    }

    /** An application's attachments: at most one of each kind, so never paged. */
    @Schema(name = "AttachmentList")
    public record AttachmentList(@Schema(required = true) List<AttachmentView> items) {
    }
}
