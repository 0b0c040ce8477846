package org.accredit.objection.rest;

import org.accredit.objection.MemberStateRequests;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.accredit.common.AccreditConfig;
import org.accredit.common.Problem;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.memberstate.MemberStateService;
import org.accredit.memberstate.MemberStateUser;
import org.accredit.objection.Objection;
import org.accredit.objection.ObjectionDisclosure;
import org.accredit.objection.ObjectionService;
import org.accredit.security.CurrentStaff;
import org.accredit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A Member State focal point reads circulated lists and objects; it sees only its own State's objections. */
@Path("/api/v1/member-state/lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEMBER_STATE)
@Tag(name = "Non-objection procedure (Member States)")
public class MemberStateListResource {

    private final ObjectionService objections;
    private final MemberStateService memberStates;
    private final CurrentStaff caller;
    private final AccreditConfig accredit;

    public MemberStateListResource(ObjectionService objections, MemberStateService memberStates, CurrentStaff caller,
            AccreditConfig accredit) {
        this.objections = objections;
        this.memberStates = memberStates;
        this.caller = caller;
        this.accredit = accredit;
    }

    @GET
    @Operation(summary = "Lists circulated to Member States (open, closed and decided), newest first")
    public Page<ListViews.Summary> lists(@BeanParam PageRequest page) {
        me();
        return objections.circulatedLists(page).map(l -> ListViews.Summary.of(l, accredit.zone()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A circulated list: the first page of its organizations, deadline, and your State's own objections",
            description = "organizations holds the first page (the default page size) in name order, organizationCount "
                    + "the size of the whole list and organizationsNextCursor the cursor of the next page for GET "
                    + ".../organizations.")
    public ListViews.MemberStateList get(@PathParam("id") UUID id) {
        return ListViews.MemberStateList.of(objections.forMemberState(id, me()), accredit.zone());
    }

    @GET
    @Path("{id}/organizations")
    @Operation(summary = "The organizations of a circulated list, one page at a time, in name order (organization-level "
            + "facts only)")
    public Page<ListViews.OrganizationOnList> organizations(@PathParam("id") UUID id, @BeanParam PageRequest page) {
        me();
        return objections.organizations(id, page).page(ListViews.OrganizationOnList::of);
    }

    @POST
    @Path("{id}/objections")
    @Operation(summary = "Object to an application on the list, with the basis (until the deadline)")
    @APIResponse(responseCode = "201", description = "Lodged", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListViews.OwnObjection.class)), headers = @Header(name = "Location", description = "Where the new resource is", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "409", description = "The window is closed, or your State already objects to this application", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response lodge(@PathParam("id") UUID id, MemberStateRequests.Lodge request, UriInfo uri) {
        Objection o = objections.lodge(id, request, me());
        return Response.created(uri.getAbsolutePathBuilder().path(o.id().toString()).build())
                .entity(ListViews.OwnObjection.of(o)).build();
    }

    @POST
    @Path("{id}/objections/{objectionId}/withdrawal")
    @Operation(summary = "Withdraw your State's objection (until the deadline)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListViews.OwnObjection.class)))
    @APIResponse(responseCode = "409", description = "The objection window is closed, or the objection was withdrawn already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ListViews.OwnObjection withdraw(@PathParam("id") UUID id, @PathParam("objectionId") UUID objectionId) {
        return ListViews.OwnObjection.of(objections.withdraw(id, objectionId, me()));
    }

    @POST
    @Path("{id}/no-objection")
    @Operation(summary = "Declare that your State has no (further) objection to the list (until the deadline)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListViews.MemberStateList.class)))
    @APIResponse(responseCode = "409", description = "The objection window is closed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ListViews.MemberStateList declareNoObjection(@PathParam("id") UUID id) {
        return ListViews.MemberStateList.of(objections.declareNoObjection(id, me()), accredit.zone());
    }

    @POST
    @Path("{id}/disclosure-requests")
    @Operation(summary = "Ask the secretariat for the general basis of the objections to an application (if the policy allows)")
    @APIResponse(responseCode = "201", description = "Asked", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListViews.Disclosure.class)), headers = @Header(name = "Location", description = "Where the new resource is", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "403", description = "The policy (accredit.objection.basis-disclosure) does not allow it, or the account is not a registered focal point", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Your State already asked for the basis of the objections to this application", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response askForBasis(@PathParam("id") UUID id, MemberStateRequests.AskForBasis request, UriInfo uri) {
        ObjectionDisclosure d = objections.askForBasis(id, request, me());
        return Response.created(uri.getAbsolutePathBuilder().path(d.id().toString()).build())
                .entity(ListViews.Disclosure.of(d)).build();
    }

    @GET
    @Path("{id}/disclosure-requests")
    @Operation(summary = "Your State's requests for the basis of objections, and the secretariat's answers")
    public Page<ListViews.Disclosure> disclosures(@PathParam("id") UUID id, @BeanParam PageRequest page) {
        return objections.disclosuresFor(id, me().stateCode(), page).map(ListViews.Disclosure::of);
    }

    private MemberStateUser me() {
        return memberStates.require(caller.subject());
    }
}
