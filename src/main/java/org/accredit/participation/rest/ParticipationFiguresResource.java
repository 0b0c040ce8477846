package org.accredit.participation.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.accredit.participation.ParticipationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The participation figures of a session (no authentication): counts only. */
@Path("/api/v1/public/sessions/{sessionId}/figures")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class ParticipationFiguresResource {

    private final ParticipationService participation;

    public ParticipationFiguresResource(ParticipationService participation) {
        this.participation = participation;
    }

    @GET
    @Operation(summary = "Participation figures of a session: organizations by path and UN regional group, "
            + "representatives by mode and gender",
            description = "Counts only, never a name, email or per-organization row. Counted: confirmed representatives "
                    + "and the organizations with at least one; awaitingDecision counts those not decided yet.")
    public FiguresView figures(UUID sessionId) {
        return FiguresView.of(participation.figures(sessionId));
    }
}
