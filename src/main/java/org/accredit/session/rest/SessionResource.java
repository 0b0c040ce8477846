package org.accredit.session.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.UUID;
import org.accredit.common.Problem;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.security.Roles;
import org.accredit.session.AgendaItem;
import org.accredit.session.Session;
import org.accredit.session.SessionFilter;
import org.accredit.session.SessionKind;
import org.accredit.session.SessionRequests;
import org.accredit.session.SessionService;
import org.accredit.session.Venue;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Committee's calendar: public reading, admin scheduling. */
@Path("/api/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
public class SessionResource {

    private final SessionService sessions;
    private final Clock clock;

    public SessionResource(SessionService sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @GET
    @PermitAll
    @Operation(summary = "The calendar (public)", description = "Sessions by opening, then id; pass nextCursor as "
            + "cursor for the next page. Seat quotas are public; no personal data.")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "400", description = "A bad filter, limit or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<SessionViews.SessionSummary> list(@QueryParam("kind") SessionKind kind, @QueryParam("venue") Venue venue,
            @QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = "The year of the opening (UTC)") Integer year,
            @BeanParam PageRequest page) {
        var now = clock.instant();
        return sessions.list(new SessionFilter(kind, venue, year), page).map(s -> SessionViews.SessionSummary.of(s, now));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One session and its agenda (public)")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "No such session", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SessionViews.Detail get(UUID id) {
        return detail(sessions.get(id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Schedule a session (admin)")
    @APIResponse(responseCode = "201", description = "Scheduled", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionViews.Detail.class)), headers = @Header(name = "Location", description = "Where the new resource is", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "400", description = "Invalid fields (a time zone that does not fit the venue, say)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The code is taken", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The dates do not fit (it closes before it opens, registration closes after the opening, the para 9 cut-off outside the window)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(SessionRequests.Create request, UriInfo uri) {
        Session s = sessions.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(s.id().toString()).build()).entity(detail(s)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Reschedule a session or change its quotas (admin)", description = "Registrations stay; when "
            + "the session's dates move, the contact of every organization with a registered representative, and each "
            + "such representative, is emailed in the organization's language.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionViews.Detail.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such session", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The session is over, or it changed since the version given", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The dates do not fit", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SessionViews.Detail update(UUID id, SessionRequests.Change request) {
        return detail(sessions.update(id, request));
    }

    @POST
    @Path("{id}/agenda-items")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add an item to a session's agenda (admin)")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionViews.Item.class)), headers = @Header(name = "Location", description = "Where the new resource is", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such session", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The session already has an item with this number", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addAgendaItem(UUID id, SessionRequests.AgendaItem request, UriInfo uri) {
        AgendaItem item = sessions.addAgendaItem(id, request);
        return Response.created(uri.getAbsolutePathBuilder().path(item.id().toString()).build())
                .entity(SessionViews.Item.of(item)).build();
    }

    @PUT
    @Path("{id}/agenda-items/{itemId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Renumber or retitle an agenda item (admin)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionViews.Item.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such session or item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The session already has an item with this number", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SessionViews.Item updateAgendaItem(UUID id, UUID itemId, SessionRequests.AgendaItem request) {
        return SessionViews.Item.of(sessions.updateAgendaItem(id, itemId, request));
    }

    @DELETE
    @Path("{id}/agenda-items/{itemId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete an agenda item nothing refers to (admin)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such session or item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Something refers to the item (a request to speak, say)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void deleteAgendaItem(UUID id, UUID itemId) {
        sessions.deleteAgendaItem(id, itemId);
    }

    private SessionViews.Detail detail(Session s) {
        return SessionViews.Detail.of(s, sessions.agenda(s.id()), clock.instant());
    }
}
