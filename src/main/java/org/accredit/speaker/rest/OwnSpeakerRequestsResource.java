package org.accredit.speaker.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.accredit.common.Problem;
import org.accredit.speaker.SpeakerService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An accredited organization's own requests to speak in one session, across its agenda. */
@Path("/api/v1/sessions/{sessionId}/speaker-requests")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Speakers (accredited organization)")
public class OwnSpeakerRequestsResource {

    private final SpeakerService speakers;

    public OwnSpeakerRequestsResource(SpeakerService speakers) {
        this.speakers = speakers;
    }

    @GET
    @Operation(summary = "List your organization's requests to speak in a session",
            description = "Withdrawn ones included, by time of request. Not paged: an organization has at most one "
                    + "standing request per agenda item.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = SpeakerViews.Own.class)))
    @APIResponse(responseCode = "403", description = SpeakerRequestResource.NOT_APPROVED, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such session, or no application has this tracking secret", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<SpeakerViews.Own> list(@PathParam("sessionId") UUID sessionId,
            @HeaderParam(SpeakerRequestResource.HEADER) @Parameter(required = true, description = SpeakerRequestResource.SECRET) String secret) {
        return speakers.ownRequests(secret, sessionId).stream().map(SpeakerViews.Own::of).toList();
    }
}
