package org.accredit.registration.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.accredit.application.AccreditedOrganization;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.registration.AttendanceMode;
import org.accredit.registration.RegistrationService;
import org.accredit.registration.Representative;
import org.accredit.registration.RepresentativeStatus;
import org.accredit.security.Roles;
import org.accredit.session.Session;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The secretariat's list of a session's registrations, with the organizations and personal data (staff only). */
@Path("/api/v1/sessions/{sessionId}/registrations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
@Tag(name = "Session registrations")
public class RegistrationResource {

    private final RegistrationService registrations;

    public RegistrationResource(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @GET
    @Operation(summary = "List a session's registrations (secretariat)", description = "In registration order; pass "
            + "nextCursor as cursor for the next page. Holds representatives' personal data: staff only.")
    public Page<RegistrationViews.Staff> list(@PathParam("sessionId") UUID sessionId,
            @QueryParam("status") RepresentativeStatus status,
            @QueryParam("mode") AttendanceMode mode,
            @QueryParam("late") @Pattern(regexp = "true|false", message = "{org.accredit.validation.Boolean.message}")
            @Parameter(description = "true: late requests only; false: registrations made inside the window only") String late,
            @BeanParam PageRequest page) {
        Page<Representative> found = registrations.list(sessionId, status, mode,
                late == null ? null : Boolean.valueOf(late), page);
        Session session = registrations.session(sessionId);
        Map<UUID, AccreditedOrganization> orgs = registrations.organizations(found.items());
        return found.map(r -> RegistrationViews.Staff.of(r, session, orgs.get(r.applicationId())));
    }
}
