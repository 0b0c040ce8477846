package org.accredit.statement.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.accredit.common.Problem;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.statement.StatementService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A session's published written statements, as anyone reads them. */
@Path("/api/v1/public/sessions/{sessionId}/statements")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Written submissions")
public class PublicSessionStatementsResource {

    private final StatementService statements;
    private final Views views;

    public PublicSessionStatementsResource(StatementService statements, Views views) {
        this.statements = statements;
        this.views = views;
    }

    @GET
    @Operation(summary = "List a session's published written statements (public)", description = "The latest "
            + "published first; pass nextCursor as cursor for the next page. The organization's public details only; "
            + "read one for its text.")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "No such session", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<PublicStatementView> list(@PathParam("sessionId") UUID sessionId, @BeanParam PageRequest page) {
        return statements.published(sessionId, page).map(s -> views.published(s, false));
    }
}
