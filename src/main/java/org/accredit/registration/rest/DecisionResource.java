package org.accredit.registration.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.accredit.common.Problem;
import org.accredit.registration.DecisionRequest;
import org.accredit.registration.RegistrationService;
import org.accredit.registration.Representative;
import org.accredit.security.CurrentStaff;
import org.accredit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The secretariat's decision on one registration: confirmation or refusal (reviewer or approver). */
@Path("/api/v1/representatives/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
@Tag(name = "Session registrations")
public class DecisionResource {

    private final RegistrationService registrations;
    private final CurrentStaff staff;

    public DecisionResource(RegistrationService registrations, CurrentStaff staff) {
        this.registrations = registrations;
        this.staff = staff;
    }

    @POST
    @Path("confirmation")
    @Operation(summary = "Confirm a registration (secretariat)", description = "A late request is accepted only with a "
            + "reason. The organization's contact and the representative are emailed in the organization's language.")
    @APIResponse(responseCode = "200", description = "Confirmed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegistrationViews.Staff.class)))
    @APIResponse(responseCode = "409", description = "The registration is not waiting for a decision (decided, withdrawn or "
            + "replaced), also when another staff member decided it at the same moment", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A late request without a reason", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegistrationViews.Staff confirm(@PathParam("id") UUID id,
            @RequestBody(required = false) DecisionRequest.Confirmation request) {
        return view(registrations.confirm(id, request, staff.actor()));
    }

    @POST
    @Path("refusal")
    @Operation(summary = "Refuse a registration (secretariat)", description = "With a reason, which the organization's "
            + "contact is emailed in the organization's language.")
    @APIResponse(responseCode = "200", description = "Refused", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegistrationViews.Staff.class)))
    @APIResponse(responseCode = "409", description = "The registration is not waiting for a decision (decided, withdrawn or "
            + "replaced), also when another staff member decided it at the same moment", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegistrationViews.Staff refuse(@PathParam("id") UUID id, DecisionRequest.Refusal request) {
        return view(registrations.refuse(id, request, staff.actor()));
    }

    private RegistrationViews.Staff view(Representative r) {
        return RegistrationViews.Staff.of(r, registrations.session(r.sessionId()),
                registrations.organizations(java.util.List.of(r)).get(r.applicationId()));
    }
}
