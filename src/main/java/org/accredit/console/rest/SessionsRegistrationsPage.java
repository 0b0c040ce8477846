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
import jakarta.ws.rs.core.StreamingOutput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accredit.application.AccreditedOrganization;
import org.accredit.common.FieldErrors;
import org.accredit.common.RuleViolationException;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.console.ConsolePage;
import org.accredit.console.SessionsMessages;
import org.accredit.participation.ParticipationService;
import org.accredit.registration.DecisionRequest;
import org.accredit.registration.RegistrationLetter;
import org.accredit.registration.RegistrationService;
import org.accredit.registration.Representative;
import org.accredit.registration.RepresentativeStatus;
import org.accredit.security.CurrentStaff;
import org.accredit.security.Roles;
import org.accredit.session.Session;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A session's registrations for the secretariat: the late requests apart (accepted only with a
 * reason), every registration with a status filter and cursor paging, confirm and refuse forms, the
 * official letters and the CSV/XLSX exports (the same services as the API's).
 */
@Path("/console/sessions/{id}")
@Produces(MediaType.TEXT_HTML)
public class SessionsRegistrationsPage {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A registration as a row of the page; {@code decidable}: it waits for the secretariat. */
    public record Row(String id, String organization, String reference, String name, String title, String email,
            String mode, String status, String statusLabel, boolean late, String registered, String letterHref,
            boolean decidable, boolean lateRequest, String confirmError, String confirmValue, String refuseError,
            String refuseValue) {
    }

    /** An error of the summary: the field's id and the message. */
    public record Error(String field, String message) {
    }

    private final ConsolePage page;
    private final RegistrationService registrations;
    private final ParticipationService participation;
    private final CurrentStaff staff;
    private final Template template;

    public SessionsRegistrationsPage(ConsolePage page, RegistrationService registrations,
            ParticipationService participation, CurrentStaff staff,
            @Location("console/sessions/registrations.html") Template template) {
        this.page = page;
        this.registrations = registrations;
        this.participation = participation;
        this.staff = staff;
        this.template = template;
    }

    @GET
    @Path("registrations")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
    @Operation(hidden = true)
    public Response list(@PathParam("id") String idParam, @QueryParam("status") String status,
            @QueryParam("cursor") String cursor, @QueryParam("notice") String notice) {
        UUID id = SessionsViews.id(idParam, "Session");
        return render(200, id, status, cursor, notice, Map.of(), Map.of());
    }

    @POST
    @Path("registrations/{representativeId}/confirmation")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response confirm(@PathParam("id") String idParam, @PathParam("representativeId") String repParam,
            @FormParam("reason") String reason) {
        UUID id = SessionsViews.id(idParam, "Session");
        UUID rep = SessionsViews.id(repParam, "Representative");
        // the one 422 of a confirmation: a late request without a reason (said in the page's language)
        return decide(id, "confirm-reason-" + rep, reason, "confirmed",
                () -> registrations.confirm(rep, new DecisionRequest.Confirmation(blankToNull(reason)), staff.actor()),
                e -> page.messages(SessionsMessages.class).lateReasonRequired());
    }

    @POST
    @Path("registrations/{representativeId}/refusal")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response refuse(@PathParam("id") String idParam, @PathParam("representativeId") String repParam,
            @FormParam("reason") String reason) {
        UUID id = SessionsViews.id(idParam, "Session");
        UUID rep = SessionsViews.id(repParam, "Representative");
        return decide(id, "refuse-reason-" + rep, reason, "refused",
                () -> registrations.refuse(rep, new DecisionRequest.Refusal(reason), staff.actor()), RuntimeException::getMessage);
    }

    /**
     * Runs the secretariat's decision on a representative and goes back to the registrations with a notice; a
     * refused reason (field errors, or the service's 422) shows the page again with the error next to the field.
     */
    private Response decide(UUID session, String field, String reason, String notice,
            java.util.function.Supplier<Representative> step, java.util.function.Function<RuleViolationException, String> unprocessable) {
        Map<String, String> kept = Map.of(field, reason == null ? "" : reason);
        try {
            Representative r = step.get();
            return page.seeOther("/console/sessions/" + r.sessionId() + "/registrations?notice=" + notice);
        } catch (ConstraintViolationException e) {
            return render(400, session, null, null, null, Map.of(field, String.join("; ", FieldErrors.of(e).values())), kept);
        } catch (RuleViolationException e) {
            if (e.httpStatus() != 422) {
                throw e;
            }
            return render(400, session, null, null, null, Map.of(field, unprocessable.apply(e)), kept);
        }
    }

    @GET
    @Path("letters/{letterId}")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
    @Produces("application/pdf")
    @Operation(hidden = true)
    public Response letter(@PathParam("id") String idParam, @PathParam("letterId") String letterParam) {
        UUID id = SessionsViews.id(idParam, "Session");
        RegistrationLetter letter = registrations.letter(id, SessionsViews.id(letterParam, "Letter"));
        return Response.ok(letter.content(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"letter-" + letter.id() + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("registrations/export.csv")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN})
    @Produces(CSV)
    @Operation(hidden = true)
    public Response csv(@PathParam("id") String idParam) {
        UUID id = SessionsViews.id(idParam, "Session");
        String fileName = participation.exportFileName(id, "csv");
        StreamingOutput body = out -> participation.writeCsv(id, out);
        return attachment(body, CSV, fileName);
    }

    @GET
    @Path("registrations/export.xlsx")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN})
    @Produces(XLSX)
    @Operation(hidden = true)
    public Response xlsx(@PathParam("id") String idParam) {
        UUID id = SessionsViews.id(idParam, "Session");
        String fileName = participation.exportFileName(id, "xlsx");
        StreamingOutput body = out -> participation.writeXlsx(id, out);
        return attachment(body, XLSX, fileName);
    }

    private static Response attachment(StreamingOutput body, String type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private Response render(int httpStatus, UUID id, String statusParam, String cursorParam, String notice,
            Map<String, String> errors, Map<String, String> values) {
        SessionsMessages m = page.messages(SessionsMessages.class);
        RepresentativeStatus status = SessionsViews.status(RepresentativeStatus.class, statusParam);
        String cursor = SessionsViews.cursor(cursorParam);
        Session session = registrations.session(id);
        Page<Representative> late = registrations.list(id, RepresentativeStatus.LATE_REQUEST, null, true,
                PageRequest.first(page.pageSize()));
        Page<Representative> found = registrations.list(id, status, null, null, new PageRequest(cursor, page.pageSize()));
        Map<UUID, AccreditedOrganization> orgs = new LinkedHashMap<>(registrations.organizations(found.items()));
        orgs.putAll(registrations.organizations(late.items()));
        String path = "/console/sessions/" + id + "/registrations";
        String statusName = status == null ? null : status.name();
        return page.html(httpStatus, page.page(template, path)
                .data("session", SessionsPage.row(session, page, m))
                .data("tabs", SessionsViews.tabs(id, "registrations", m))
                .data("late", late.items().stream().map(r -> row(r, orgs, m, errors, values)).toList())
                .data("rows", found.items().stream().map(r -> row(r, orgs, m, errors, values)).toList())
                .data("statuses", SessionsViews.options(RepresentativeStatus.class, status, m.allStatuses(),
                        s -> SessionsViews.representativeStatus(s, m)))
                .data("notice", SessionsViews.notice(notice, m))
                .data("errors", errors.entrySet().stream().map(e -> new Error(e.getKey(), e.getValue())).toList())
                .data("next", SessionsViews.next(path, found.nextCursor(), statusName))
                .data("first", SessionsViews.first(path, cursor, statusName)));
    }

    private Row row(Representative r, Map<UUID, AccreditedOrganization> orgs, SessionsMessages m,
            Map<String, String> errors, Map<String, String> values) {
        AccreditedOrganization org = orgs.get(r.applicationId());
        return new Row(r.id().toString(), org == null ? "" : org.name(), org == null ? "" : org.reference(), r.name(),
                r.title(), r.email(), SessionsViews.mode(r.mode().name(), m), r.status().name(),
                SessionsViews.representativeStatus(r.status().name(), m), r.late(),
                page.dateTime(r.registeredAt(), SessionsViews.NEW_YORK),
                r.letterId() == null ? null : "/console/sessions/" + r.sessionId() + "/letters/" + r.letterId(),
                r.status().canMoveTo(RepresentativeStatus.CONFIRMED), r.status() == RepresentativeStatus.LATE_REQUEST,
                errors.get("confirm-reason-" + r.id()), values.get("confirm-reason-" + r.id()),
                errors.get("refuse-reason-" + r.id()), values.get("refuse-reason-" + r.id()));
    }
}
