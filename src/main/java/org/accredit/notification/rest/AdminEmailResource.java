package org.accredit.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.util.UUID;
import org.accredit.common.Problem;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.notification.EmailKind;
import org.accredit.notification.FailedEmails;
import org.accredit.notification.OutboxEmail;
import org.accredit.organization.Language;
import org.accredit.security.CurrentStaff;
import org.accredit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The outbox for an operator: emails that ended FAILED, why, and resending one. */
@Path("/api/v1/admin/emails")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Emails (admin)")
public class AdminEmailResource {

    private static final String PATH = "/api/v1/admin/emails/{id}";

    private final FailedEmails emails;
    private final CurrentStaff staff;

    public AdminEmailResource(FailedEmails emails, CurrentStaff staff) {
        this.emails = emails;
        this.staff = staff;
    }

    @GET
    @Operation(summary = "Outbox emails in one status, newest first (FAILED: the dispatcher gave up on them)",
            description = "An email ends FAILED when the SMTP server refused it for good (a 5xx reply, kept in lastError) "
                    + "or after accredit.mail.max-attempts temporary failures. Pass nextCursor as cursor for the next page.")
    public Page<EmailView> list(
            @QueryParam("status") @Parameter(description = "Which emails; default FAILED") OutboxEmail.Status status,
            @BeanParam PageRequest page) {
        return emails.page(status == null ? OutboxEmail.Status.FAILED : status, page).map(EmailView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One outbox email: its status, attempts and the last error")
    @APIResponse(responseCode = "200", description = "The email", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmailView.class)))
    @APIResponse(responseCode = "404", description = "No such email", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EmailView get(@PathParam("id") UUID id) {
        return EmailView.of(emails.get(id));
    }

    @POST
    @Path("{id}/resend")
    @Operation(summary = "Send a FAILED email again, as a new email",
            description = "Writes a new outbox email (PENDING, no attempt yet, due now) with the same kind, recipient, "
                    + "language and content, and links the FAILED one to it (resentAs); the FAILED one stays as the record. "
                    + "An email that carried the applicant's tracking secret (an acknowledgement or a secret reissue) kept "
                    + "nothing once FAILED: resending it issues a NEW tracking secret for its application, as the "
                    + "lost-secret page does (the old secret stops working at once; the application's history records it), "
                    + "and the new email is the one that carries the new secret (kind SECRET_REISSUED).")
    @APIResponse(responseCode = "202", description = "The new email, queued for delivery", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmailView.class)), headers = @Header(name = "Location", description = "The new email", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "404", description = "No such email", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The email is not FAILED, or was resent already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response resend(@PathParam("id") UUID id) {
        OutboxEmail resent = emails.resend(id, staff.as(Roles.ADMIN));
        return Response.status(Response.Status.ACCEPTED).location(UriBuilder.fromPath(PATH).build(resent.id()))
                .type(MediaType.APPLICATION_JSON).entity(EmailView.of(resent)).build();
    }

    @Schema(name = "OutboxEmailView", description = "An email of the outbox (never its content)")
    public record EmailView(
            @Schema(required = true) UUID id,
            @Schema(required = true) EmailKind kind,
            @Schema(required = true) String recipient,
            @Schema(required = true) Language language,
            @Schema(required = true) OutboxEmail.Status status,
            @Schema(required = true, description = "Delivery attempts made") int attempts,
            @Schema(description = "Why the last attempt failed (for a permanent refusal, the SMTP server's reply)") String lastError,
            @Schema(required = true) Instant createdAt,
            Instant lastAttemptAt,
            @Schema(description = "For a FAILED email an admin resent: the id of the new email") UUID resentAs) {

        static EmailView of(OutboxEmail e) {
            return new EmailView(e.id(), e.kind(), e.recipient(), e.language(), e.status(), e.attempts(), e.lastError(),
                    e.createdAt(), e.lastAttemptAt(), e.resentAs());
        }
    }
}
