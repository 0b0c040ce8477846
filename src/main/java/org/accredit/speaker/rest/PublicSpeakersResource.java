package org.accredit.speaker.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.accredit.common.Problem;
import org.accredit.speaker.SpeakerService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The published list of speaking organizations of an agenda item: public, no personal data. */
@Path("/api/v1/public/sessions/{sessionId}/agenda-items/{itemId}/speakers")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Speakers (public)")
public class PublicSpeakersResource {

    private final SpeakerService speakers;

    public PublicSpeakersResource(SpeakerService speakers) {
        this.speakers = speakers;
    }

    @GET
    @Operation(summary = "Read the published list of speaking organizations (public)",
            description = "Organizations in their order of speaking, with country and UN regional group; never a "
                    + "speaker's name or any other personal data. 404 until the secretariat publishes the list.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpeakerViews.Public.class)))
    @APIResponse(responseCode = "404", description = "No such session or agenda item, or its list is not published", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SpeakerViews.Public get(@PathParam("sessionId") UUID sessionId, @PathParam("itemId") UUID itemId) {
        return SpeakerViews.Public.of(speakers.published(sessionId, itemId));
    }
}
