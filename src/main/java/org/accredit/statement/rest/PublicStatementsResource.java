package org.accredit.statement.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.accredit.common.Problem;
import org.accredit.statement.StatementService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A published written statement, as anyone reads it; one that is not published is 404. */
@Path("/api/v1/public/statements")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Written submissions")
public class PublicStatementsResource {

    private final StatementService statements;
    private final Views views;

    public PublicStatementsResource(StatementService statements, Views views) {
        this.statements = statements;
        this.views = views;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a published written statement with its text (public)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicStatementView.class)))
    @APIResponse(responseCode = "404", description = "No such published statement", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PublicStatementView get(@PathParam("id") UUID id) {
        return views.published(statements.publishedOne(id), true);
    }

    @GET
    @Path("{id}/document")
    @Produces(Pdf.MEDIA_TYPE)
    @Operation(summary = "Download a published statement's PDF (public)")
    @APIResponse(responseCode = "200", description = "The PDF as sent", content = @Content(mediaType = Pdf.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")), headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"statement-<id>.pdf\"", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such published statement, or it was sent as text", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response document(@PathParam("id") UUID id) {
        return Pdf.download(id, StatementService.documentOf(statements.publishedOne(id)));
    }
}
