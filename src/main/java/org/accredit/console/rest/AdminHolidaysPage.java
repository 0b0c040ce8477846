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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.accredit.common.DomainException;
import org.accredit.common.NotFoundException;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.console.AdminMessages;
import org.accredit.console.ConsolePage;
import org.accredit.objection.HolidayRequest;
import org.accredit.objection.HolidayService;
import org.accredit.objection.UnHoliday;
import org.accredit.security.CurrentStaff;
import org.accredit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** UN holidays added by admins: the list, adding one, removing one (HolidayService, as HolidayResource). */
@Path("/console/admin/holidays")
@Produces(MediaType.TEXT_HTML)
public class AdminHolidaysPage {

    private final ConsolePage page;
    private final HolidayService holidays;
    private final CurrentStaff staff;
    private final Template list;

    private final Validator validator;

    public AdminHolidaysPage(Validator validator, ConsolePage page, HolidayService holidays, CurrentStaff staff,
            @Location("console/admin/holidays.html") Template list) {
        this.validator = validator;
        this.page = page;
        this.holidays = holidays;
        this.staff = staff;
        this.list = list;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public Response list(@QueryParam("cursor") String cursor, @QueryParam("saved") String saved) {
        return page.html(200, listPage(cursor, new AdminForm(null, page.messages(AdminMessages.class)))
                .data("saved", saved != null));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response add(MultivaluedMap<String, String> body) {
        AdminForm form = new AdminForm(body, page.messages(AdminMessages.class));
        HolidayRequest request = new HolidayRequest(form.date("date"), form.text("name"));
        form.check(validator, request);
        if (form.valid()) {
            try {
                holidays.add(request, staff.name());
                return page.seeOther("/console/admin/holidays?saved=1");
            } catch (ConstraintViolationException e) {
                form.refused(e);
            } catch (DomainException e) {
                form.refused(e);
            }
        }
        return page.html(form.status(), listPage(null, form).data("saved", false));
    }

    @POST
    @Path("{date}/delete")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response remove(@PathParam("date") String date) {
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new NotFoundException("Holiday");
        }
        holidays.remove(day);
        return page.seeOther("/console/admin/holidays?saved=1");
    }

    private TemplateInstance listPage(String cursor, AdminForm form) {
        AdminMessages m = page.messages(AdminMessages.class);
        Page<UnHoliday> found = holidays.list(null, new PageRequest(cursor, page.pageSize()));
        TemplateInstance t = page.page(list, "/console/admin/holidays").data("rows", found.items())
                .data("next", found.nextCursor() == null ? null
                        : "/console/admin/holidays?cursor=" + URLEncoder.encode(found.nextCursor(), StandardCharsets.UTF_8))
                .data("first", cursor == null ? null : "/console/admin/holidays")
                .data("fDate", form.field("date", m.date(), "date", true))
                .data("fName", form.field("name", m.name(), "text", true));
        return form.summary(t);
    }
}
