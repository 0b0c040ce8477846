package org.accredit.speaker.rest;

import jakarta.annotation.security.PermitAll;
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
import org.accredit.speaker.SpeakerRequests;
import org.accredit.speaker.SpeakerService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An accredited organization's requests to speak on an agenda item. The organization authenticates
 * with the tracking secret of its approved application (header {@value #HEADER}): an unknown secret
 * answers 404, an application that is not approved 403.
 */
@Path("/api/v1/sessions/{sessionId}/agenda-items/{itemId}/speaker-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Speakers (accredited organization)")
public class SpeakerRequestResource {

    static final String HEADER = "X-Tracking-Secret";
    static final String SECRET = "The tracking secret of the organization's approved application";
    static final String NOT_APPROVED = "The application this secret tracks is not (or no longer) approved";

    private final SpeakerService speakers;

    public SpeakerRequestResource(SpeakerService speakers) {
        this.speakers = speakers;
    }

    @POST
    @Operation(summary = "Ask to speak on an agenda item, naming a confirmed representative as speaker",
            description = "One standing request per organization and item. Refused once the session has closed or "
                    + "the list is published.")
    @APIResponse(responseCode = "201", description = "Requested", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SpeakerViews.Own.class)), headers = @Header(name = "Location",
            description = "Where the new resource is", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "403", description = NOT_APPROVED, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such session or agenda item, or no application has this tracking secret", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The session has closed, the list is published, or the organization "
            + "already has a standing request on this item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The speaker is not a confirmed representative of the organization for "
            + "this session", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response ask(@PathParam("sessionId") UUID sessionId, @PathParam("itemId") UUID itemId,
            @HeaderParam(HEADER) @Parameter(required = true, description = SECRET) String secret,
            SpeakerRequests.Ask request, UriInfo uri) {
        SpeakerViews.Own view = SpeakerViews.Own.of(speakers.ask(secret, sessionId, itemId, request));
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view).build();
    }

    @GET
    @Path("{requestId}")
    @Operation(summary = "Read one of your organization's requests to speak")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpeakerViews.Own.class)))
    @APIResponse(responseCode = "403", description = NOT_APPROVED, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such session, item or request of your organization, or no "
            + "application has this tracking secret", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SpeakerViews.Own get(@PathParam("sessionId") UUID sessionId, @PathParam("itemId") UUID itemId,
            @PathParam("requestId") UUID requestId,
            @HeaderParam(HEADER) @Parameter(required = true, description = SECRET) String secret) {
        return SpeakerViews.Own.of(speakers.ownRequest(secret, sessionId, itemId, requestId));
    }

    @POST
    @Path("{requestId}/withdrawal")
    @Operation(summary = "Withdraw your organization's request to speak (before the list is published)")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpeakerViews.Own.class)))
    @APIResponse(responseCode = "403", description = NOT_APPROVED, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such session, item or request of your organization, or no "
            + "application has this tracking secret", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Withdrawn already, the list is published, or the session has closed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SpeakerViews.Own withdraw(@PathParam("sessionId") UUID sessionId, @PathParam("itemId") UUID itemId,
            @PathParam("requestId") UUID requestId,
            @HeaderParam(HEADER) @Parameter(required = true, description = SECRET) String secret) {
        return SpeakerViews.Own.of(speakers.withdraw(secret, sessionId, itemId, requestId));
    }
}
