package org.accredit.statement.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.accredit.common.Problem;
import org.accredit.security.CurrentStaff;
import org.accredit.security.Roles;
import org.accredit.statement.DeclineRequest;
import org.accredit.statement.StatementService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The secretariat reads a written statement and publishes or declines it. */
@Path("/api/v1/statements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Written submissions")
public class StatementResource {

    private final StatementService statements;
    private final Views views;
    private final CurrentStaff staff;

    public StatementResource(StatementService statements, Views views, CurrentStaff staff) {
        this.statements = statements;
        this.views = views;
        this.staff = staff;
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "Read a written statement with its text (staff)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "404", description = "No such statement", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatementView get(@PathParam("id") UUID id) {
        return views.staff(statements.get(id), true);
    }

    @GET
    @Path("{id}/document")
    @Produces(Pdf.MEDIA_TYPE)
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "Download a statement's PDF (staff)")
    @APIResponse(responseCode = "200", description = "The PDF as sent", content = @Content(mediaType = Pdf.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")), headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"statement-<id>.pdf\"", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such statement, or it was sent as text", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response document(@PathParam("id") UUID id) {
        return Pdf.download(id, StatementService.documentOf(statements.get(id)));
    }

    @POST
    @Path("{id}/publication")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
    @Operation(summary = "Publish a written statement (reviewer, approver)", description = "It appears on the "
            + "session's public page. Two staff deciding at once: one succeeds, the other gets 409.")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "404", description = "No such statement", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Decided or withdrawn already (currentStatus)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatementView publish(@PathParam("id") UUID id) {
        return views.staff(statements.publish(id, staff.name()), false);
    }

    @POST
    @Path("{id}/declination")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
    @Operation(summary = "Decline a written statement, with a reason the organization reads (reviewer, approver)")
    @APIResponse(responseCode = "200", description = "Declined", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such statement", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Decided or withdrawn already (currentStatus)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatementView decline(@PathParam("id") UUID id, DeclineRequest request) {
        return views.staff(statements.decline(id, request, staff.name()), false);
    }
}
