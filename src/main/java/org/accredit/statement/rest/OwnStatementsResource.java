package org.accredit.statement.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.accredit.common.Problem;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.statement.StatementService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An accredited organization's own written statements, by the tracking secret of its approved
 * application: an unknown secret is 404, a secret of an application that is not approved 403, another
 * organization's statement 404.
 */
@Path("/api/v1/organization/statements")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Written submissions")
public class OwnStatementsResource {

    private static final String SECRET = SessionStatementsResource.SECRET;

    private final StatementService statements;
    private final Views views;

    public OwnStatementsResource(StatementService statements, Views views) {
        this.statements = statements;
        this.views = views;
    }

    @GET
    @Operation(summary = "List your organization's written statements", description = "The latest first; pass "
            + "nextCursor as cursor for the next page. Without the texts.")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "403", description = "The secret's application is not approved", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No application has this secret", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<StatementView> list(
            @HeaderParam(SECRET) @Parameter(required = true, description = SessionStatementsResource.SECRET_DESCRIPTION) String secret,
            @QueryParam("sessionId") @Parameter(description = "Only this session's") UUID sessionId,
            @BeanParam PageRequest page) {
        return statements.own(secret, sessionId, page).map(s -> views.own(s, false));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one of your organization's written statements, with its text and status")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "403", description = "The secret's application is not approved", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No application has this secret, or no such statement of yours", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatementView get(@PathParam("id") UUID id,
            @HeaderParam(SECRET) @Parameter(required = true, description = SessionStatementsResource.SECRET_DESCRIPTION) String secret) {
        return views.own(statements.ownStatement(secret, id), true);
    }

    @GET
    @Path("{id}/document")
    @Produces(Pdf.MEDIA_TYPE)
    @Operation(summary = "Download the PDF of one of your organization's statements")
    @APIResponse(responseCode = "200", description = "The PDF as sent", content = @Content(mediaType = Pdf.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")), headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"statement-<id>.pdf\"", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "The secret's application is not approved", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No application has this secret, no such statement of yours, or it was sent as text", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response document(@PathParam("id") UUID id,
            @HeaderParam(SECRET) @Parameter(required = true, description = SessionStatementsResource.SECRET_DESCRIPTION) String secret) {
        return Pdf.download(id, StatementService.documentOf(statements.ownStatement(secret, id)));
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Withdraw one of your organization's statements before the secretariat decides")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "403", description = "The secret's application is not approved", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No application has this secret, or no such statement of yours", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Published, declined or withdrawn already (currentStatus)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatementView withdraw(@PathParam("id") UUID id,
            @HeaderParam(SECRET) @Parameter(required = true, description = SessionStatementsResource.SECRET_DESCRIPTION) String secret) {
        return views.own(statements.withdraw(secret, id), false);
    }
}
