package org.accredit.console.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accredit.application.AccreditedOrganization;
import org.accredit.common.FieldErrors;
import org.accredit.common.FormField;
import org.accredit.common.NotFoundException;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.console.ConsolePage;
import org.accredit.console.SessionsMessages;
import org.accredit.security.CurrentStaff;
import org.accredit.security.Roles;
import org.accredit.session.Session;
import org.accredit.statement.DeclineRequest;
import org.accredit.statement.Statement;
import org.accredit.statement.StatementService;
import org.accredit.statement.StatementStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A session's written submissions: the list, one statement with its text and PDF, publish and decline. */
@Path("/console/sessions/{id}/statements")
@Produces(MediaType.TEXT_HTML)
public class SessionsStatementsPage {

    /** A statement as the page shows it ({@code text} only on its own page). */
    public record Row(String id, String href, String organization, String reference, String title, String language,
            int words, String status, String statusLabel, String submitted, boolean hasDocument, String documentHref,
            boolean decidable, String declineReason, String decidedBy, String text) {
    }

    private final ConsolePage page;
    private final StatementService statements;
    private final CurrentStaff staff;
    private final Template list;
    private final Template one;

    public SessionsStatementsPage(ConsolePage page, StatementService statements, CurrentStaff staff,
            @Location("console/sessions/statements.html") Template list,
            @Location("console/sessions/statement.html") Template one) {
        this.page = page;
        this.statements = statements;
        this.staff = staff;
        this.list = list;
        this.one = one;
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN})
    @Operation(hidden = true)
    public Response list(@PathParam("id") String idParam, @QueryParam("status") String statusParam,
            @QueryParam("cursor") String cursorParam) {
        UUID id = SessionsViews.id(idParam, "Session");
        SessionsMessages m = page.messages(SessionsMessages.class);
        StatementStatus status = SessionsViews.status(StatementStatus.class, statusParam);
        String cursor = SessionsViews.cursor(cursorParam);
        Session session = statements.session(id);
        Page<Statement> found = statements.ofSession(id, status, new PageRequest(cursor, page.pageSize()));
        Map<UUID, AccreditedOrganization> orgs = new HashMap<>();
        List<Row> rows = found.items().stream().map(s -> row(s, orgs, m, false)).toList();
        String path = "/console/sessions/" + id + "/statements";
        String statusName = status == null ? null : status.name();
        return page.html(200, page.page(list, path).data("session", SessionsPage.row(session, page, m))
                .data("tabs", SessionsViews.tabs(id, "statements", m)).data("rows", rows)
                .data("statuses", SessionsViews.options(StatementStatus.class, status, m.allStatuses(),
                        s -> SessionsViews.statementStatus(s, m)))
                .data("next", SessionsViews.next(path, found.nextCursor(), statusName))
                .data("first", SessionsViews.first(path, cursor, statusName)));
    }

    @GET
    @Path("{statementId}")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN})
    @Operation(hidden = true)
    public Response read(@PathParam("id") String idParam, @PathParam("statementId") String statementParam,
            @QueryParam("notice") String notice) {
        UUID id = SessionsViews.id(idParam, "Session");
        return render(200, id, get(id, statementParam), notice, null, null);
    }

    @GET
    @Path("{statementId}/document")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN})
    @Produces("application/pdf")
    @Operation(hidden = true)
    public Response document(@PathParam("id") String idParam, @PathParam("statementId") String statementParam) {
        Statement s = get(SessionsViews.id(idParam, "Session"), statementParam);
        return Response.ok(StatementService.documentOf(s), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"statement-" + s.id() + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{statementId}/publication")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response publish(@PathParam("id") String idParam, @PathParam("statementId") String statementParam) {
        UUID id = SessionsViews.id(idParam, "Session");
        Statement s = statements.publish(get(id, statementParam).id(), staff.name());
        return page.seeOther("/console/sessions/" + id + "/statements/" + s.id() + "?notice=published");
    }

    @POST
    @Path("{statementId}/declination")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response decline(@PathParam("id") String idParam, @PathParam("statementId") String statementParam,
            @FormParam("reason") String reason) {
        UUID id = SessionsViews.id(idParam, "Session");
        Statement current = get(id, statementParam);
        try {
            Statement s = statements.decline(current.id(), new DeclineRequest(reason), staff.name());
            return page.seeOther("/console/sessions/" + id + "/statements/" + s.id() + "?notice=declined");
        } catch (ConstraintViolationException e) {
            return render(400, id, current, null, String.join("; ", FieldErrors.of(e).values()), reason);
        }
    }

    /** The statement, which must be of this session (else 404). */
    private Statement get(UUID sessionId, String statementParam) {
        Statement s = statements.get(SessionsViews.id(statementParam, "Statement"));
        if (!s.sessionId().equals(sessionId)) {
            throw new NotFoundException("Statement");
        }
        return s;
    }

    private Response render(int httpStatus, UUID id, Statement s, String notice, String error, String reason) {
        SessionsMessages m = page.messages(SessionsMessages.class);
        Session session = statements.session(id);
        FormField reasonField = new FormField("reason", m.declineReason(), null, "textarea", reason, error, true, null, List.of());
        return page.html(httpStatus, page.page(one, "/console/sessions/" + id + "/statements/" + s.id())
                .data("session", SessionsPage.row(session, page, m)).data("tabs", SessionsViews.tabs(id, "statements", m))
                .data("statement", row(s, new HashMap<>(), m, true)).data("reasonField", reasonField)
                .data("notice", SessionsViews.notice(notice, m)));
    }

    private Row row(Statement s, Map<UUID, AccreditedOrganization> orgs, SessionsMessages m, boolean withText) {
        AccreditedOrganization org = orgs.computeIfAbsent(s.applicationId(), statements::organization);
        String href = "/console/sessions/" + s.sessionId() + "/statements/" + s.id();
        return new Row(s.id().toString(), href, org.name(), org.reference(), s.title(), s.language().name(), s.wordCount(),
                s.status().name(), SessionsViews.statementStatus(s.status().name(), m),
                page.dateTime(s.submittedAt(), SessionsViews.NEW_YORK), s.hasDocument(), href + "/document",
                s.status().canMoveTo(StatementStatus.PUBLISHED), s.declineReason(), s.decidedBy(),
                withText ? s.text() : null);
    }
}
