package org.accredit.memberstate.rest;

import org.accredit.memberstate.MemberStateUserRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.accredit.common.Problem;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.memberstate.MemberStateService;
import org.accredit.memberstate.MemberStateUser;
import org.accredit.security.CurrentStaff;
import org.accredit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/member-state-users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Member States (admin)")
public class MemberStateUserResource {

    private final MemberStateService memberStates;
    private final CurrentStaff staff;

    public MemberStateUserResource(MemberStateService memberStates, CurrentStaff staff) {
        this.memberStates = memberStates;
        this.staff = staff;
    }

    @POST
    @Operation(summary = "Register a Member State focal point (the identity provider's subject, login name, State, "
            + "focal point email, language)")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberStateUserView.class)), headers = @Header(name = "Location", description = "Where the new resource is", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "409", description = "A Member State user with this login name or subject exists already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The State is not a UN Member State", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(MemberStateUserRequest request, UriInfo uri) {
        MemberStateUser user = memberStates.create(request, staff.name());
        return Response.created(uri.getAbsolutePathBuilder().path(user.username()).build())
                .entity(MemberStateUserView.of(user)).build();
    }

    @GET
    @Operation(summary = "The Member State focal points", description = "By State, then login name; pass nextCursor as cursor for the next page.")
    public Page<MemberStateUserView> list(@BeanParam PageRequest page) {
        return memberStates.page(page).map(MemberStateUserView::of);
    }
}
