package org.accredit.statement.rest;

import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** A statement's PDF as a download: its name is made from the statement's id, never from what was sent. */
final class Pdf {

    static final String MEDIA_TYPE = "application/pdf";

    private Pdf() {
    }

    static Response download(UUID statementId, byte[] bytes) {
        return Response.ok(bytes, MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"statement-" + statementId + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
