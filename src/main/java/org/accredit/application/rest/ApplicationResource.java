package org.accredit.application.rest;

import org.accredit.application.SubmissionRequest;
import org.accredit.application.StaffRequests;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accredit.common.FormBody;
import org.accredit.common.FormPosts;
import org.accredit.idempotency.FormRetries;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import java.util.UUID;
import org.accredit.application.Application;
import org.accredit.application.ApplicationService;
import org.accredit.application.RosterMatchService;
import org.accredit.application.ApplicationStatus;
import org.accredit.application.Attachment;
import org.accredit.application.AttachmentKind;
import org.accredit.application.ParticipationPath;
import org.accredit.application.PublicPostLimits;
import org.accredit.application.QueueFilter;
import org.accredit.application.QueueSort;
import org.accredit.application.Submission;
import org.accredit.common.Problem;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.ratelimit.ClientAddress;
import org.accredit.security.CurrentStaff;
import org.accredit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Submission (anyone) and the secretariat's queue and workflow steps. */
@Path("/api/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Applications")
public class ApplicationResource {

    private final ApplicationService applications;
    private final RosterMatchService roster;
    private final PublicPostLimits limits;
    private final CurrentStaff staff;
    private final FormBody forms;
    private final FormPosts posts;
    private final FormRetries retries;

    public ApplicationResource(ApplicationService applications, RosterMatchService roster, PublicPostLimits limits,
            CurrentStaff staff, FormBody forms, FormPosts posts, FormRetries retries) {
        this.applications = applications;
        this.roster = roster;
        this.limits = limits;
        this.staff = staff;
        this.forms = forms;
        this.posts = posts;
        this.retries = retries;
    }

    @POST
    @PermitAll
    @Operation(summary = "Apply to take part", description = "The path (para 7, 8 or 9 of resolution 75/282) follows "
            + "from the organization type and any ECOSOC claim. Para 9 needs an open call. The tracking secret is "
            + "returned once and emailed.")
    @APIResponse(responseCode = "201", description = "Received", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionReceipt.class)), headers = @Header(name = "Location", description = "Where the new resource is", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An application for this organization is already under consideration in this call", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No call for applications is open (para 9), or an attached file is "
            + "not an acceptable PDF (not a PDF, encrypted, too many pages)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many requests from this client address or for this contact email; "
            + "Retry-After gives the seconds to wait", headers = @Header(name = "Retry-After", description = "Seconds to wait",
            schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RequestBody(required = true, description = "As JSON, or as a form post (urlencoded or multipart) with the same "
            + "fields, a nested field named with dots (organization.name, contact.email); an empty form field counts as "
            + "left out. A form's hidden honeypot field (" + FormPosts.HONEYPOT + ") must stay empty; a form may carry its Idempotency-Key in the hidden field "
            + FormRetries.FIELD + ".", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionRequest.class)),
            @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED, schema = @Schema(implementation = SubmissionRequest.class)),
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = SubmissionRequest.class))})
    @Extension(name = "x-form-files", value = "statutes: Para 9 applicants only: the organization's statutes (PDF, "
            + "at most accredit.attachments.max-bytes and max-pages) | registrationCertificate: Para 9 applicants only: "
            + "the organization's registration certificate (PDF, same limits)")
    @APIResponse(responseCode = "413", description = "The body, a field or an attached file is too large", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "303", description = "A form post whose Accept header prefers text/html (a browser): "
            + "see the thank-you page (accredit.forms.thank-you-url), with ?reference= the new application's reference; "
            + "also the answer, without a reference and with nothing stored, to a post whose honeypot field is filled",
            headers = @Header(name = "Location", description = "The thank-you page", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")))
    public Response submit(SubmissionRequest request, UriInfo uri, @Context HttpServerRequest http) {
        limits.submission(ClientAddress.of(http), request == null || request.contact() == null ? null : request.contact().email());
        return created(applications.submit(request, Map.of()), uri);
    }

    private static Response created(Submission s, UriInfo uri) {
        Application a = s.application();
        return Response.created(uri.getAbsolutePathBuilder().path(a.id().toString()).build())
                .entity(new SubmissionReceipt(a.id(), a.reference(), a.path(), a.status(), a.submittedAt(), s.trackingSecret()))
                .build();
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(hidden = true) // documented with submit
    public Response submitForm(byte[] form, UriInfo uri, @Context HttpServerRequest http,
            @Context HttpHeaders headers) {
        return submitFields(posts.fields(form), Map.of(), uri, http, headers);
    }

    @POST
    @PermitAll
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(hidden = true) // documented with submit
    public Response submitMultipart(MultipartFormDataInput input, UriInfo uri, @Context HttpServerRequest http,
            @Context HttpHeaders headers) {
        Set<String> fileParts = java.util.Arrays.stream(AttachmentKind.values()).map(AttachmentKind::part)
                .collect(java.util.stream.Collectors.toSet());
        Map<String, List<String>> fields = FormPosts.fields(input, fileParts);
        Map<AttachmentKind, byte[]> attachments = new java.util.EnumMap<>(AttachmentKind.class);
        if (!FormPosts.honeypot(fields)) {
            for (AttachmentKind kind : AttachmentKind.values()) {
                byte[] bytes = posts.file(input, kind.part());
                if (bytes != null) {
                    attachments.put(kind, bytes);
                }
            }
        }
        return submitFields(fields, attachments, uri, http, headers);
    }

    private Response submitFields(Map<String, List<String>> fields, Map<AttachmentKind, byte[]> attachments, UriInfo uri,
            HttpServerRequest http, HttpHeaders headers) {
        if (FormPosts.honeypot(fields)) {
            limits.submission(ClientAddress.of(http), null);
            return posts.discarded();
        }
        Map<String, byte[]> files = new java.util.HashMap<>();
        attachments.forEach((kind, bytes) -> files.put(kind.part(), bytes));
        return retries.once(headers, "/api/v1/applications", null, fields, files, () -> {
            SubmissionRequest request = forms.read(fields, SubmissionRequest.class, Set.of(FormPosts.HONEYPOT, FormRetries.FIELD));
            limits.submission(ClientAddress.of(http), request.contact() == null ? null : request.contact().email());
            Response created = created(applications.submit(request, attachments), uri);
            if (FormPosts.browser(headers)) {
                return posts.thanks(((SubmissionReceipt) created.getEntity()).reference());
            }
            return created;
        });
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "The secretariat's queue", description = "Ordered by submission time; pass nextCursor as cursor for the next page.")
    public Page<ApplicationViews.Summary> queue(
            @QueryParam("status") ApplicationStatus status,
            @QueryParam("path") ParticipationPath path,
            @QueryParam("callId") UUID callId,
            @QueryParam("q") @Parameter(description = "Text in the organization name") @jakarta.validation.constraints.Size(max = 200) String text,
            @QueryParam("country") @Parameter(description = "The organization's country (ISO 3166-1 alpha-2)")
            @org.accredit.organization.IsoCountry String country,
            @QueryParam("assignee") @Parameter(description = "Only the applications assigned to this reviewer")
            @jakarta.validation.constraints.Size(max = 200) String assignee,
            @QueryParam("sort") @Parameter(description = "OLDEST (submitted first, the default), NEWEST or NAME "
                    + "(organization name); a cursor belongs to its order") QueueSort sort,
            @BeanParam PageRequest page) {
        return applications.queue(new QueueFilter(status, path, callId, text, country, assignee, sort), page)
                .map(ApplicationViews.Summary::of);
    }

    @POST
    @Path("{id}/assignment")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
    @Operation(summary = "Give an open application to a reviewer", description = "Recorded in the history (staff only); "
            + "the status stays. The queue filters on it (assignee).")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationViews.Detail.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (no assignee, or longer than 200 characters)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The application is decided or withdrawn (currentStatus says which)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApplicationViews.Detail assign(UUID id, StaffRequests.Assignment request) {
        return detail(applications.assign(id, request, staff.actor()));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "One application with its full history")
    public ApplicationViews.Detail get(UUID id) {
        return detail(applications.get(id));
    }

    @POST
    @Path("{id}/review")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Take a submitted application into review")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationViews.Detail.class)))
    @APIResponse(responseCode = "409", description = "Illegal transition: the current status does not allow this step (currentStatus says which)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApplicationViews.Detail startReview(UUID id) {
        return detail(applications.startReview(id, staff.as(Roles.REVIEWER)));
    }

    @POST
    @Path("{id}/information-request")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Ask the applicant for more information (emailed)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationViews.Detail.class)))
    @APIResponse(responseCode = "409", description = "Illegal transition: the current status does not allow this step (currentStatus says which)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApplicationViews.Detail requestInformation(UUID id, StaffRequests.InformationRequest request) {
        return detail(applications.requestInformation(id, request, staff.as(Roles.REVIEWER)));
    }

    @POST
    @Path("{id}/recommendation")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Recommend the application", description = "Para 7/8 then wait for an approver; para 9 for a non-objection list.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationViews.Detail.class)))
    @APIResponse(responseCode = "409", description = "Illegal transition: the current status does not allow this step (currentStatus says which)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApplicationViews.Detail recommend(UUID id, @RequestBody(required = false) StaffRequests.ReviewNote request) {
        return detail(applications.recommend(id, request, staff.as(Roles.REVIEWER)));
    }

    @POST
    @Path("{id}/rejection")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
    @Operation(summary = "Reject with a reason (emailed)", description = "Reviewers reject at screening; approvers reject a recommended para 7/8 application.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationViews.Detail.class)))
    @APIResponse(responseCode = "403", description = "A reviewer rejects only at screening, an approver only once recommended; four eyes", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Illegal transition: the current status does not allow this step (currentStatus says which)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApplicationViews.Detail reject(UUID id, StaffRequests.Rejection request) {
        boolean approver = staff.hasRole(Roles.APPROVER);
        return detail(applications.reject(id, request, staff.as(approver ? Roles.APPROVER : Roles.REVIEWER),
                staff.hasRole(Roles.REVIEWER), approver));
    }

    @POST
    @Path("{id}/approval")
    @RolesAllowed(Roles.APPROVER)
    @Operation(summary = "Approve a recommended para 7/8 application (four eyes; para 8 needs an active, confirmed ECOSOC match)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationViews.Detail.class)))
    @APIResponse(responseCode = "403", description = "Four eyes: the staff member who recommended cannot decide", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Illegal transition, a para 9 application (the Committee decides), or no active confirmed ECOSOC match (para 8)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApplicationViews.Detail approve(UUID id, @RequestBody(required = false) StaffRequests.ReviewNote request) {
        return detail(applications.approve(id, request, staff.as(Roles.APPROVER)));
    }

    @POST
    @Path("{id}/accreditation-suspension")
    @RolesAllowed(Roles.APPROVER)
    @Operation(summary = "Suspend an accreditation, with a reason (emailed)", description = "E.g. when the organization's "
            + "ECOSOC status lapses. A suspended organization is not on the public list and cannot register anyone; "
            + "it cannot apply again either while suspended.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationViews.Detail.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (no reason)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Illegal transition: only an approved accreditation can be suspended (currentStatus says which)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApplicationViews.Detail suspendAccreditation(UUID id, StaffRequests.StandingChange request) {
        return detail(applications.suspendAccreditation(id, request, staff.as(Roles.APPROVER)));
    }

    @POST
    @Path("{id}/accreditation-reinstatement")
    @RolesAllowed(Roles.APPROVER)
    @Operation(summary = "Reinstate a suspended accreditation, with a reason (emailed)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationViews.Detail.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (no reason)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Illegal transition: only a suspended accreditation can be reinstated (currentStatus says which)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApplicationViews.Detail reinstateAccreditation(UUID id, StaffRequests.StandingChange request) {
        return detail(applications.reinstateAccreditation(id, request, staff.as(Roles.APPROVER)));
    }

    @POST
    @Path("{id}/accreditation-withdrawal")
    @RolesAllowed(Roles.APPROVER)
    @Operation(summary = "Withdraw an accreditation, approved or suspended, with a reason (emailed; final)", description =
            "The organization leaves the public list and cannot register anyone; it may apply again.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationViews.Detail.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (no reason)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Illegal transition: only an approved or suspended accreditation can be withdrawn (currentStatus says which)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApplicationViews.Detail withdrawAccreditation(UUID id, StaffRequests.StandingChange request) {
        return detail(applications.withdrawAccreditation(id, request, staff.as(Roles.APPROVER)));
    }

    @POST
    @Path("{id}/path-change")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Move the application to another path (emailed with the reason)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationViews.Detail.class)))
    @APIResponse(responseCode = "409", description = "Illegal transition, the path is not open to this organization type, or a duplicate application in the target call", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApplicationViews.Detail changePath(UUID id, StaffRequests.PathChangeRequest request) {
        return detail(applications.changePath(id, request, staff.as(Roles.REVIEWER)));
    }

    @POST
    @Path("{id}/ecosoc-match")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
    @Operation(summary = "Confirm which ECOSOC roster entry a para 8 applicant is")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationViews.Detail.class)))
    @APIResponse(responseCode = "404", description = "The application or the roster entry does not exist", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a para 8 application, or the status does not allow it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApplicationViews.Detail confirmEcosocMatch(UUID id, StaffRequests.EcosocMatchConfirmation request) {
        return detail(roster.confirm(id, request, staff.actor()));
    }

    @GET
    @Path("{id}/attachments")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "The documents a para 9 applicant attached (statutes, registration certificate)",
            description = "At most one of each kind, so never paged; without the bytes (GET .../attachments/{attachmentId}).")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AttachmentView.AttachmentList.class)))
    @APIResponse(responseCode = "404", description = "No such application", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AttachmentView.AttachmentList attachments(UUID id) {
        return new AttachmentView.AttachmentList(applications.attachments(id).stream().map(AttachmentView::of).toList());
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN})
    @Produces("application/pdf")
    @Operation(summary = "Download an attached document", description = "The PDF as uploaded, as an attachment with a "
            + "file name the service makes (REFERENCE-statutes.pdf, REFERENCE-registration-certificate.pdf); the "
            + "uploaded file name is never kept.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")), headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"REFERENCE-statutes.pdf\"", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such application, or no such attachment of it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response attachment(UUID id, UUID attachmentId) {
        Attachment a = applications.attachment(id, attachmentId);
        String name = applications.get(id).reference() + "-" + a.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".pdf";
        return Response.ok(a.content(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("{id}/ecosoc-candidates")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
    @Operation(summary = "The ECOSOC roster entries the applicant may be, best first", description = "Ranked by the "
            + "trigram similarity of the normalized names (ICU4J transliteration and case folding, legal forms and "
            + "punctuation left out), the acronym and the country; for any path, so staff can weigh a move to para 8. "
            + "Confirm one with POST /api/v1/applications/{id}/ecosoc-match.")
    @APIResponse(responseCode = "200", description = "At most 10 candidates, best first",
            content = @Content(schema = @Schema(implementation = ApplicationViews.EcosocCandidates.class)))
    @APIResponse(responseCode = "404", description = "No such application",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApplicationViews.EcosocCandidates ecosocCandidates(UUID id) {
        return ApplicationViews.EcosocCandidates.of(roster.candidates(id));
    }

    private ApplicationViews.Detail detail(Application a) {
        return ApplicationViews.Detail.of(a, roster.match(a).orElse(null),
                () -> roster.candidates(a), applications.informationRequests(a.id()),
                applications.history(a.id()));
    }
}
