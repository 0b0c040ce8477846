package org.accredit.speaker.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.accredit.common.Problem;
import org.accredit.security.CurrentStaff;
import org.accredit.security.Roles;
import org.accredit.speaker.SpeakerRequests;
import org.accredit.speaker.SpeakerService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The secretariat's view of an agenda item's list of speakers: read, reorder, publish (reviewers and approvers). */
@Path("/api/v1/sessions/{sessionId}/agenda-items/{itemId}/speakers-list")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
@Tag(name = "Speakers (secretariat)")
public class SpeakersListResource {

    private final SpeakerService speakers;
    private final CurrentStaff staff;

    public SpeakersListResource(SpeakerService speakers, CurrentStaff staff) {
        this.speakers = speakers;
        this.staff = staff;
    }

    @GET
    @Operation(summary = "Read the list of speakers: the requests in their current order, each with its suggested place",
            description = "The suggested order balances the UN regional groups and gender by the rule in the README "
                    + "(Speakers). Until staff reorder, the current order is the suggested one. Requests whose speaker is "
                    + "no longer a confirmed representative, or whose organization is no longer in good standing, are "
                    + "not on the list.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpeakerViews.Staff.class)))
    public SpeakerViews.Staff get(@PathParam("sessionId") UUID sessionId, @PathParam("itemId") UUID itemId) {
        return SpeakerViews.Staff.of(speakers.list(sessionId, itemId));
    }

    @PUT
    @Operation(summary = "Set the order of the list of speakers",
            description = "requestIds must name every request on the list exactly once. Requests made later follow, "
                    + "in their suggested order.")
    @APIResponse(responseCode = "200", description = "Reordered", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpeakerViews.Staff.class)))
    @APIResponse(responseCode = "409", description = "The list is published: its order is frozen", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "requestIds is not the list's requests, each once", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SpeakerViews.Staff reorder(@PathParam("sessionId") UUID sessionId, @PathParam("itemId") UUID itemId,
            SpeakerRequests.Reorder order) {
        return SpeakerViews.Staff.of(speakers.reorder(sessionId, itemId, order, staff.name()));
    }

    @POST
    @Path("publication")
    @Operation(summary = "Publish the list of speaking organizations in its current order, which is frozen from then on")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpeakerViews.Staff.class)))
    @APIResponse(responseCode = "409", description = "Published already, or nobody is on the list", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SpeakerViews.Staff publish(@PathParam("sessionId") UUID sessionId, @PathParam("itemId") UUID itemId) {
        return SpeakerViews.Staff.of(speakers.publish(sessionId, itemId, staff.name()));
    }
}
