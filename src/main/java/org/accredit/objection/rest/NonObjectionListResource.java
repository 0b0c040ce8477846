package org.accredit.objection.rest;

import org.accredit.objection.ListRequests;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.accredit.common.AccreditConfig;
import org.accredit.common.Problem;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.objection.ListStatus;
import org.accredit.objection.NonObjectionList;
import org.accredit.objection.NonObjectionListService;
import org.accredit.objection.ObjectionConfig;
import org.accredit.objection.ObjectionService;
import org.accredit.security.CurrentStaff;
import org.accredit.security.Roles;
import org.accredit.common.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The secretariat's non-objection lists (resolution 75/282 para 9). */
@Path("/api/v1/non-objection-lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Non-objection procedure")
public class NonObjectionListResource {

    private final NonObjectionListService lists;
    private final ObjectionService objections;
    private final CurrentStaff staff;
    private final AccreditConfig accredit;
    private final ObjectionConfig config;

    public NonObjectionListResource(NonObjectionListService lists, ObjectionService objections, CurrentStaff staff,
            AccreditConfig accredit, ObjectionConfig config) {
        this.lists = lists;
        this.objections = objections;
        this.staff = staff;
        this.accredit = accredit;
        this.config = config;
    }

    @POST
    @RolesAllowed(Roles.APPROVER)
    @Operation(summary = "Draw up a new non-objection list for a call")
    @APIResponse(responseCode = "201", description = "Drawn up", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListViews.Detail.class)), headers = @Header(name = "Location", description = "Where the new resource is", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "404", description = "The call does not exist", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(ListRequests.CreateList request, UriInfo uri) {
        NonObjectionList list = lists.create(request, staff.as(Roles.APPROVER));
        return Response.created(uri.getAbsolutePathBuilder().path(list.id().toString()).build())
                .entity(ListViews.Detail.of(lists.details(list.id()), accredit.zone())).build();
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "Non-objection lists, newest first")
    public Page<ListViews.Summary> list(@QueryParam("callId") UUID callId, @QueryParam("status") ListStatus status,
            @BeanParam PageRequest page) {
        return lists.page(callId, status, page).map(l -> ListViews.Summary.of(l, accredit.zone()));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "One list with the first page of its applications and how many Member States answered",
            description = "entries holds the first page (the default page size) in name order, entryCount the size of "
                    + "the whole list and entriesNextCursor the cursor of the next page for GET .../entries. Every "
                    + "command below that answers with the list does the same.")
    public ListViews.Detail get(@PathParam("id") UUID id) {
        return detail(lists.details(id));
    }

    @GET
    @Path("{id}/entries")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "The list's applications, one page at a time, in name order (normalized organization name, "
            + "then id), with the standing objections to each")
    public Page<ListViews.ListEntry> entries(@PathParam("id") UUID id, @BeanParam PageRequest page) {
        return ListViews.Detail.entries(lists.entries(id, page));
    }

    @POST
    @Path("{id}/applications")
    @RolesAllowed(Roles.APPROVER)
    @Operation(summary = "Add a RECOMMENDED para 9 application of the list's call (draft lists only)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListViews.Detail.class)))
    @APIResponse(responseCode = "404", description = "The list or the application does not exist", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a RECOMMENDED para 9 application of the list's call, already on a list, or the list is not a draft", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ListViews.Detail add(@PathParam("id") UUID id, ListRequests.AddApplication request) {
        return detail(lists.addApplication(id, request, staff.as(Roles.APPROVER)));
    }

    @DELETE
    @Path("{id}/applications/{applicationId}")
    @RolesAllowed(Roles.APPROVER)
    @Operation(summary = "Take an application off a draft list")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListViews.Detail.class)))
    @APIResponse(responseCode = "409", description = "The list is not a draft", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ListViews.Detail remove(@PathParam("id") UUID id, @PathParam("applicationId") UUID applicationId) {
        return detail(lists.removeApplication(id, applicationId, staff.as(Roles.APPROVER)));
    }

    @GET
    @Path("{id}/preview")
    @RolesAllowed(Roles.APPROVER)
    @Operation(summary = "The list as Member States will see it (organization-level facts only)")
    public ListViews.MemberStateList preview(@PathParam("id") UUID id) {
        return ListViews.MemberStateList.of(objections.preview(id), accredit.zone());
    }

    @POST
    @Path("{id}/circulation")
    @RolesAllowed(Roles.APPROVER)
    @Operation(summary = "Circulate the list to every Member State focal point",
            description = "Default deadline: the configured number of working days after today (weekends and UN holidays "
                    + "do not count) at the configured time in New York. A shorter deadline needs a reason and is only "
                    + "proposed: the list stays DRAFT (shortDeadline.pending) until another approver confirms it. "
                    + "Refused (409) while no Member State has a focal point.")
    @APIResponse(responseCode = "200", description = "Circulated, or a short deadline proposed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListViews.Detail.class)))
    @APIResponse(responseCode = "409", description = "Not a draft, an application no longer RECOMMENDED, or no Member State "
            + "has a focal point", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A short deadline without a reason, or a deadline in the past", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ListViews.Detail circulate(@PathParam("id") UUID id, @RequestBody(required = false) ListRequests.Circulation request) {
        return detail(lists.circulate(id, request, staff.as(Roles.APPROVER)));
    }

    @POST
    @Path("{id}/circulation/confirmation")
    @RolesAllowed(Roles.APPROVER)
    @Operation(summary = "Confirm the short deadline another approver proposed, and circulate the list with it")
    @APIResponse(responseCode = "200", description = "Circulated", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListViews.Detail.class)))
    @APIResponse(responseCode = "403", description = "The approver who proposed the short deadline cannot confirm it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No short deadline pending, or no Member State has a focal point", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ListViews.Detail confirmCirculation(@PathParam("id") UUID id) {
        return detail(lists.confirmCirculation(id, staff.as(Roles.APPROVER)));
    }

    @POST
    @Path("{id}/early-closure")
    @RolesAllowed(Roles.APPROVER)
    @Operation(summary = "Close the objection window before the deadline (only once every Member State with a focal "
            + "point has objected to something on the list or declared no objection; refused while no Member State has "
            + "a focal point)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListViews.Detail.class)))
    @APIResponse(responseCode = "409", description = "The list is not in circulation, Member States with a focal point have not all answered, or no Member State has a focal point", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ListViews.Detail closeEarly(@PathParam("id") UUID id) {
        return detail(lists.closeEarly(id, staff.as(Roles.APPROVER)));
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed(Roles.APPROVER)
    @Operation(summary = "Record the Committee's decision on a closed list (applicants are emailed the outcome)",
            description = "A decision that approves objected applications (approvedDespiteObjection) is only proposed: "
                    + "the list stays CLOSED (pendingDecision) until another approver confirms it.")
    @APIResponse(responseCode = "200", description = "Recorded, or a decision approving objected applications proposed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListViews.Detail.class)))
    @APIResponse(responseCode = "409", description = "The objection window of the list is not closed, or a decision is already pending", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The decision date is in the future, or an approval despite an objection lacks its reason", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ListViews.Detail decide(@PathParam("id") UUID id, ListRequests.Decision request) {
        return detail(lists.decide(id, request, staff.as(Roles.APPROVER)));
    }

    @POST
    @Path("{id}/decision/confirmation")
    @RolesAllowed(Roles.APPROVER)
    @Operation(summary = "Confirm the Committee's decision another approver proposed (approving despite an objection), "
            + "and record it")
    @APIResponse(responseCode = "200", description = "Decision recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListViews.Detail.class)))
    @APIResponse(responseCode = "403", description = "The approver who proposed the decision cannot confirm it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No decision pending", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ListViews.Detail confirmDecision(@PathParam("id") UUID id) {
        return detail(lists.confirmDecision(id, staff.as(Roles.APPROVER)));
    }

    @GET
    @Path("{id}/objections")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "The objections to the list's applications (the objecting State only for roles the policy allows)")
    public Page<ListViews.StaffObjection> objections(@PathParam("id") UUID id, @BeanParam PageRequest page) {
        boolean showState = config.stateIdentityVisibleTo().stream().anyMatch(staff::hasRole);
        return objections.objections(id, page).map(o -> ListViews.StaffObjection.of(o, showState));
    }

    @GET
    @Path("{id}/disclosure-requests")
    @RolesAllowed(Roles.APPROVER)
    @Operation(summary = "Member States' requests for the general basis of objections, and the answers")
    public Page<ListViews.Disclosure> disclosureRequests(@PathParam("id") UUID id, @BeanParam PageRequest page) {
        return objections.disclosures(id, page).map(ListViews.Disclosure::of);
    }

    @POST
    @Path("{id}/disclosure-requests/{requestId}/disclosure")
    @RolesAllowed(Roles.APPROVER)
    @Operation(summary = "Disclose the general basis of the objections to the requesting State (when the policy allows)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListViews.Disclosure.class)))
    @APIResponse(responseCode = "403", description = "The policy (accredit.objection.basis-disclosure) does not allow disclosures", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The request was answered already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ListViews.Disclosure disclose(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId,
            ListRequests.Disclosure request) {
        return ListViews.Disclosure.of(objections.disclose(id, requestId, request, staff.as(Roles.APPROVER)));
    }

    private ListViews.Detail detail(org.accredit.objection.ListDetails d) {
        return ListViews.Detail.of(d, accredit.zone());
    }
}
