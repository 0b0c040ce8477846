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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.accredit.common.DomainException;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.console.AdminMessages;
import org.accredit.console.ConsolePage;
import org.accredit.memberstate.MemberStateService;
import org.accredit.memberstate.MemberStateUser;
import org.accredit.memberstate.MemberStateUserRequest;
import org.accredit.organization.Language;
import org.accredit.security.CurrentStaff;
import org.accredit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Member State focal points: the list and registering one (MemberStateService, as MemberStateUserResource). */
@Path("/console/admin/focal-points")
@Produces(MediaType.TEXT_HTML)
public class AdminFocalPointsPage {

    private final ConsolePage page;
    private final MemberStateService memberStates;
    private final CurrentStaff staff;
    private final Template list;

    private final Validator validator;

    public AdminFocalPointsPage(Validator validator, ConsolePage page, MemberStateService memberStates, CurrentStaff staff,
            @Location("console/admin/focal-points.html") Template list) {
        this.validator = validator;
        this.page = page;
        this.memberStates = memberStates;
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
    public Response create(MultivaluedMap<String, String> body) {
        AdminForm form = new AdminForm(body, page.messages(AdminMessages.class));
        String state = form.text("stateCode");
        MemberStateUserRequest request = new MemberStateUserRequest(form.text("subject"), form.text("username"),
                state == null ? null : state.toUpperCase(Locale.ROOT), form.text("focalPointEmail"),
                form.choice("language", Language.class));
        form.check(validator, request);
        if (form.valid()) {
            try {
                memberStates.create(request, staff.name());
                return page.seeOther("/console/admin/focal-points?saved=1");
            } catch (ConstraintViolationException e) {
                form.refused(e);
            } catch (DomainException e) {
                form.refused(e);
            }
        }
        return page.html(form.status(), listPage(null, form).data("saved", false));
    }

    private TemplateInstance listPage(String cursor, AdminForm form) {
        AdminMessages m = page.messages(AdminMessages.class);
        Page<MemberStateUser> found = memberStates.page(new PageRequest(cursor, page.pageSize()));
        TemplateInstance t = page.page(list, "/console/admin/focal-points").data("rows", found.items())
                .data("next", found.nextCursor() == null ? null
                        : "/console/admin/focal-points?cursor=" + URLEncoder.encode(found.nextCursor(), StandardCharsets.UTF_8))
                .data("first", cursor == null ? null : "/console/admin/focal-points")
                .data("fUsername", form.field("username", m.username(), "text", true))
                .data("fSubject", form.field("subject", m.subject(), m.subjectHint(), "text", false))
                .data("fState", form.field("stateCode", m.state(), "text", true))
                .data("fEmail", form.field("focalPointEmail", m.focalPointEmail(), "email", true))
                .data("fLanguage", form.select("language", m.language(), true,
                        Arrays.stream(Language.values()).map(Language::name).toList()));
        return form.summary(t);
    }
}
