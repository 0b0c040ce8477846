package org.accredit.call.rest;

import org.accredit.call.CallRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.UUID;
import org.accredit.call.CallForApplications;
import org.accredit.call.CallService;
import org.accredit.common.AccreditConfig;
import org.accredit.common.Problem;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.security.CurrentStaff;
import org.accredit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Calls for applications")
public class CallResource {

    private final CallService calls;
    private final CurrentStaff staff;
    private final AccreditConfig config;
    private final Clock clock;

    public CallResource(CallService calls, CurrentStaff staff, AccreditConfig config, Clock clock) {
        this.calls = calls;
        this.staff = staff;
        this.config = config;
        this.clock = clock;
    }

    @GET
    @PermitAll
    @Operation(summary = "List calls for applications (public)", description = "The latest opening first; pass "
            + "nextCursor as cursor for the next page.")
    public Page<CallView> list(@BeanParam PageRequest page) {
        return calls.list(page).map(this::view);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "Read one call for applications (public)")
    public CallView get(UUID id) {
        return view(calls.get(id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Open a call for applications (admin)")
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallView.class)), headers = @Header(name = "Location", description = "Where the new resource is", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "409", description = "The call would overlap another call", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The window is not valid (it closes before it opens)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(CallRequest request, UriInfo uri) {
        CallForApplications call = calls.create(request, staff.name());
        return Response.created(uri.getAbsolutePathBuilder().path(call.id().toString()).build()).entity(view(call)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a call's title or window (admin)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallView.class)))
    @APIResponse(responseCode = "409", description = "The call would overlap another call", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The window is not valid (it closes before it opens)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CallView update(UUID id, CallRequest request) {
        return view(calls.update(id, request));
    }

    private CallView view(CallForApplications c) {
        return CallView.of(c, config.zone(), clock.instant());
    }
}
