package org.accredit.console.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;
import org.accredit.call.CallForApplications;
import org.accredit.call.CallRequest;
import org.accredit.call.CallService;
import org.accredit.common.DomainException;
import org.accredit.common.AccreditConfig;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.console.AdminMessages;
import org.accredit.console.ConsolePage;
import org.accredit.security.CurrentStaff;
import org.accredit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Calls for applications: the list, opening one and changing one (CallService, as CallResource). */
@Path("/console/admin/calls")
@Produces(MediaType.TEXT_HTML)
public class AdminCallsPage {

    /** A call as a row of the list. */
    public record Row(UUID id, String title, String opensAt, String closesAt, boolean open) {
    }

    private final ConsolePage page;
    private final CallService calls;
    private final CurrentStaff staff;
    private final ZoneId zone;
    private final Clock clock;
    private final Template list;
    private final Template edit;

    private final Validator validator;

    public AdminCallsPage(Validator validator, ConsolePage page, CallService calls, CurrentStaff staff, AccreditConfig config, Clock clock,
            @Location("console/admin/calls.html") Template list, @Location("console/admin/call.html") Template edit) {
        this.validator = validator;
        this.page = page;
        this.calls = calls;
        this.staff = staff;
        this.zone = config.zone();
        this.clock = clock;
        this.list = list;
        this.edit = edit;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public Response list(@QueryParam("cursor") String cursor) {
        return page.html(200, listPage(cursor, new AdminForm(null, page.messages(AdminMessages.class))));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(MultivaluedMap<String, String> body) {
        AdminForm form = new AdminForm(body, page.messages(AdminMessages.class));
        CallRequest request = request(form);
        form.check(validator, request);
        if (form.valid()) {
            try {
                CallForApplications call = calls.create(request, staff.name());
                return page.seeOther("/console/admin/calls/" + call.id() + "?saved=1");
            } catch (ConstraintViolationException e) {
                form.refused(e);
            } catch (DomainException e) {
                form.refused(e);
            }
        }
        return page.html(form.status(), listPage(null, form));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public Response get(@PathParam("id") String idText, @QueryParam("saved") String saved) {
        UUID id = AdminForm.id(idText);
        CallForApplications call = calls.get(id);
        AdminForm form = AdminForm.of(page.messages(AdminMessages.class), "title", call.title(),
                "opensAt", AdminForm.local(call.opensAt(), zone), "closesAt", AdminForm.local(call.closesAt(), zone));
        return page.html(200, editPage(call, form).data("saved", saved != null));
    }

    @POST
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(@PathParam("id") String idText, MultivaluedMap<String, String> body) {
        UUID id = AdminForm.id(idText);
        CallForApplications call = calls.get(id);
        AdminForm form = new AdminForm(body, page.messages(AdminMessages.class));
        CallRequest request = request(form);
        form.check(validator, request);
        if (form.valid()) {
            try {
                calls.update(id, request);
                return page.seeOther("/console/admin/calls/" + id + "?saved=1");
            } catch (ConstraintViolationException e) {
                form.refused(e);
            } catch (DomainException e) {
                form.refused(e);
            }
        }
        return page.html(form.status(), editPage(call, form).data("saved", false));
    }

    private CallRequest request(AdminForm form) {
        return new CallRequest(form.text("title"), form.at("opensAt", zone), form.at("closesAt", zone));
    }

    private TemplateInstance listPage(String cursor, AdminForm form) {
        Page<CallForApplications> found = calls.list(new PageRequest(cursor, page.pageSize()));
        var now = clock.instant();
        var rows = found.items().stream().map(c -> new Row(c.id(), c.title(), page.dateTime(c.opensAt(), zone),
                page.dateTime(c.closesAt(), zone), c.isOpenAt(now))).toList();
        return fields(page.page(list, "/console/admin/calls"), form).data("rows", rows)
                .data("next", found.nextCursor() == null ? null
                        : "/console/admin/calls?cursor=" + URLEncoder.encode(found.nextCursor(), StandardCharsets.UTF_8))
                .data("first", cursor == null ? null : "/console/admin/calls");
    }

    private TemplateInstance editPage(CallForApplications call, AdminForm form) {
        return fields(page.page(edit, "/console/admin/calls/" + call.id()), form).data("call", call);
    }

    private TemplateInstance fields(TemplateInstance t, AdminForm form) {
        AdminMessages m = page.messages(AdminMessages.class);
        String hint = m.timesIn(zone.getId());
        t.data("fTitle", form.field("title", m.title(), "text", true))
                .data("fOpensAt", form.field("opensAt", m.opensAt(), hint, "datetime-local", true))
                .data("fClosesAt", form.field("closesAt", m.closesAt(), hint, "datetime-local", true));
        return form.summary(t);
    }
}
