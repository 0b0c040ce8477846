package org.accredit.registration.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.accredit.common.Problem;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.registration.RegistrationService;
import org.accredit.registration.Representative;
import org.accredit.registration.RepresentativeRequest;
import org.accredit.session.Session;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An accredited organization's representatives for a session. The organization authenticates with
 * the tracking secret of its approved application (header X-Tracking-Secret): an unknown secret
 * answers 404, an application not (or no longer) approved 403.
 */
@Path("/api/v1/sessions/{sessionId}/representatives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Session registrations")
public class RepresentativeResource {

    static final String SECRET = "X-Tracking-Secret";
    static final String SECRET_DOC = "The tracking secret of the organization's approved application";

    private final RegistrationService registrations;

    /** A page of representatives, as the OpenAPI document names it. */
    @Schema(name = "RepresentativePage")
    public record RepresentativePage(@Schema(required = true) java.util.List<RegistrationViews.Own> items, String nextCursor) {
    }

    public RepresentativeResource(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @POST
    @Operation(summary = "Register a representative for a session (accredited organization)", description = "Inside the "
            + "session's registration window (from registrationOpensAt, inclusive, to registrationClosesAt, exclusive; "
            + "para 9 organizations until para9ClosesAt when the session has one) the registration is REQUESTED; after "
            + "the cut-off and before the session opens it is a LATE_REQUEST, which only the secretariat may accept. "
            + "Seats per organization and mode (the session's inPersonSeats and onlineSeats) count the representatives "
            + "REQUESTED, LATE_REQUEST or CONFIRMED. letterId names the official letter uploaded for this session.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegistrationViews.Own.class)), headers = @Header(name = "Location",
            description = "Where the new resource is", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "403", description = "The organization is not (or no longer) accredited", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No application has this secret, or no such session", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Outside the registration window (before it opens, or the session has "
            + "opened), the organization's seats of this mode are taken, or the person is already registered for the session",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "letterId names no letter of the organization for this session", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@PathParam("sessionId") UUID sessionId,
            @HeaderParam(SECRET) @Parameter(required = true, description = SECRET_DOC) String secret,
            RepresentativeRequest request, UriInfo uri) {
        Representative r = registrations.register(secret, sessionId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(r.id().toString()).build())
                .entity(RegistrationViews.Own.of(r, registrations.session(sessionId))).build();
    }

    @GET
    @Operation(summary = "List your representatives for a session (accredited organization)", description = "In "
            + "registration order, every status; pass nextCursor as cursor for the next page.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RepresentativePage.class)))
    @APIResponse(responseCode = "403", description = "The organization is not (or no longer) accredited", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<RegistrationViews.Own> list(@PathParam("sessionId") UUID sessionId,
            @HeaderParam(SECRET) @Parameter(required = true, description = SECRET_DOC) String secret,
            @BeanParam PageRequest page) {
        Page<Representative> found = registrations.own(secret, sessionId, page);
        Session session = registrations.session(sessionId);
        return found.map(r -> RegistrationViews.Own.of(r, session));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one of your representatives for a session (accredited organization)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegistrationViews.Own.class)))
    @APIResponse(responseCode = "403", description = "The organization is not (or no longer) accredited", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegistrationViews.Own get(@PathParam("sessionId") UUID sessionId, @PathParam("id") UUID id,
            @HeaderParam(SECRET) @Parameter(required = true, description = SECRET_DOC) String secret) {
        return RegistrationViews.Own.of(registrations.ownOne(secret, sessionId, id), registrations.session(sessionId));
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Withdraw one of your representatives (accredited organization)", description = "Until the "
            + "session opens; the seat is free again.")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegistrationViews.Own.class)))
    @APIResponse(responseCode = "403", description = "The organization is not (or no longer) accredited", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The session has opened, or the registration was refused, withdrawn or replaced already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegistrationViews.Own withdraw(@PathParam("sessionId") UUID sessionId, @PathParam("id") UUID id,
            @HeaderParam(SECRET) @Parameter(required = true, description = SECRET_DOC) String secret) {
        return RegistrationViews.Own.of(registrations.withdraw(secret, sessionId, id), registrations.session(sessionId));
    }

    @POST
    @Path("{id}/replacement")
    @Operation(summary = "Replace one of your representatives by another person (accredited organization)", description =
            "Until the session opens: the representative becomes REPLACED and the person in the body is registered in the "
            + "same step (REQUESTED inside the window, LATE_REQUEST after the cut-off), within the seats of the new "
            + "person's mode. Answers the new registration.")
    @APIResponse(responseCode = "201", description = "The new registration", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegistrationViews.Own.class)), headers = @Header(name = "Location",
            description = "Where the new resource is", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "403", description = "The organization is not (or no longer) accredited", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The session has opened, the registration cannot be replaced in its "
            + "status, the seats of the new mode are taken, or the new person is already registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "letterId names no letter of the organization for this session", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replace(@PathParam("sessionId") UUID sessionId, @PathParam("id") UUID id,
            @HeaderParam(SECRET) @Parameter(required = true, description = SECRET_DOC) String secret,
            RepresentativeRequest request, UriInfo uri) {
        Representative r = registrations.replace(secret, sessionId, id, request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/sessions").path(sessionId.toString())
                        .path("representatives").path(r.id().toString()).build())
                .entity(RegistrationViews.Own.of(r, registrations.session(sessionId))).build();
    }
}
