package org.accredit.console.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.accredit.common.AccreditConfig;
import org.accredit.common.InvalidFieldsException;
import org.accredit.common.Problem;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.console.AdminMessages;
import org.accredit.console.ConsolePage;
import org.accredit.notification.FailedEmails;
import org.accredit.notification.OutboxEmail;
import org.accredit.security.CurrentStaff;
import org.accredit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The outbox for an admin: emails in one status (FAILED first), one email, resending a FAILED one (FailedEmails, as AdminEmailResource). */
@Path("/console/admin/emails")
@Produces(MediaType.TEXT_HTML)
public class AdminEmailsPage {

    /** An email as the pages show it (never its content). */
    public record Row(UUID id, String kind, String recipient, String language, String status, int attempts,
            String lastError, String subject, String createdAt, String lastAttemptAt, UUID resentAs, boolean failed) {
    }

    /** A choice of the status filter. */
    public record Choice(String value, boolean selected) {
    }

    private final ConsolePage page;
    private final FailedEmails emails;
    private final CurrentStaff staff;
    private final ZoneId zone;
    private final Template list;
    private final Template detail;

    public AdminEmailsPage(ConsolePage page, FailedEmails emails, CurrentStaff staff, AccreditConfig config,
            @Location("console/admin/emails.html") Template list, @Location("console/admin/email.html") Template detail) {
        this.page = page;
        this.emails = emails;
        this.staff = staff;
        this.zone = config.zone();
        this.list = list;
        this.detail = detail;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public Response list(@QueryParam("status") String status, @QueryParam("cursor") String cursor,
            @QueryParam("resent") String resent) {
        OutboxEmail.Status chosen = status(status);
        Page<OutboxEmail> found = emails.page(chosen, new PageRequest(cursor, page.pageSize()));
        List<Choice> choices = Arrays.stream(OutboxEmail.Status.values()).map(s -> new Choice(s.name(), s == chosen)).toList();
        String base = "/console/admin/emails?status=" + chosen.name();
        return page.html(200, page.page(list, "/console/admin/emails").data("rows", found.items().stream().map(this::row).toList())
                .data("statuses", choices).data("status", chosen.name()).data("resent", resent != null)
                .data("next", found.nextCursor() == null ? null
                        : base + "&cursor=" + URLEncoder.encode(found.nextCursor(), StandardCharsets.UTF_8))
                .data("first", cursor == null ? null : base));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public Response get(@PathParam("id") String idText, @QueryParam("resent") String resent) {
        UUID id = AdminForm.id(idText);
        return page.html(200, page.page(detail, "/console/admin/emails/" + id).data("email", row(emails.get(id)))
                .data("resent", resent != null));
    }

    @POST
    @Path("{id}/resend")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response resend(@PathParam("id") String idText) {
        UUID id = AdminForm.id(idText);
        OutboxEmail resent = emails.resend(id, staff.as(Roles.ADMIN));
        return page.seeOther("/console/admin/emails?status=FAILED&resent=" + resent.id());
    }

    private OutboxEmail.Status status(String text) {
        if (text == null || text.isBlank()) {
            return OutboxEmail.Status.FAILED;
        }
        try {
            return OutboxEmail.Status.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String message = page.messages(AdminMessages.class).badChoice();
            throw new InvalidFieldsException(message, List.of(new Problem.FieldError("status", message)));
        }
    }

    private Row row(OutboxEmail e) {
        return new Row(e.id(), e.kind().name(), e.recipient(), e.language().name(), e.status().name(), e.attempts(),
                e.lastError(), e.subject(), page.dateTime(e.createdAt(), zone), page.dateTime(e.lastAttemptAt(), zone),
                e.resentAs(), e.status() == OutboxEmail.Status.FAILED && e.resentAs() == null);
    }
}
