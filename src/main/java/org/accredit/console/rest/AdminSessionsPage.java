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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.accredit.common.DomainException;
import org.accredit.common.NotFoundException;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.console.AdminMessages;
import org.accredit.console.ConsolePage;
import org.accredit.security.Roles;
import org.accredit.session.AgendaItem;
import org.accredit.session.Session;
import org.accredit.session.SessionFilter;
import org.accredit.session.SessionKind;
import org.accredit.session.SessionRequests;
import org.accredit.session.SessionService;
import org.accredit.session.Venue;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Sessions for an admin: the calendar and scheduling one, changing one (times entered in the session's
 * time zone), and its agenda items added, changed and deleted (SessionService, as SessionResource).
 */
@Path("/console/admin/sessions")
@Produces(MediaType.TEXT_HTML)
public class AdminSessionsPage {

    /** A session as a row of the list, its dates in its own zone. */
    public record Row(UUID id, String code, String title, String kind, String venue, String opensAt, String closesAt) {
    }

    private final ConsolePage page;
    private final SessionService sessions;
    private final Template list;
    private final Template detail;
    private final Template item;

    private final Validator validator;

    public AdminSessionsPage(Validator validator, ConsolePage page, SessionService sessions, @Location("console/admin/sessions.html") Template list,
            @Location("console/admin/session.html") Template detail, @Location("console/admin/agenda-item.html") Template item) {
        this.validator = validator;
        this.page = page;
        this.sessions = sessions;
        this.list = list;
        this.detail = detail;
        this.item = item;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public Response list(@QueryParam("cursor") String cursor) {
        AdminForm form = AdminForm.of(messages(), "timeZone", SessionRequests.NEW_YORK_ZONE, "venue", Venue.NEW_YORK.name());
        return page.html(200, listPage(cursor, form));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(MultivaluedMap<String, String> body) {
        AdminForm form = new AdminForm(body, messages());
        ZoneId zone = AdminForm.zoneOr(form.text("timeZone"), ZoneOffset.UTC);
        SessionRequests.Create request = new SessionRequests.Create(form.text("code"), form.text("title"),
                form.choice("kind", SessionKind.class), form.choice("venue", Venue.class), form.text("timeZone"),
                form.at("opensAt", zone), form.at("closesAt", zone), form.at("registrationOpensAt", zone),
                form.at("registrationClosesAt", zone), form.at("para9ClosesAt", zone), form.integer("inPersonSeats"),
                form.integer("onlineSeats"));
        form.check(validator, request);
        if (form.valid()) {
            try {
                Session s = sessions.create(request);
                return page.seeOther("/console/admin/sessions/" + s.id() + "?saved=1");
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
        Session s = sessions.get(id);
        return page.html(200, detailPage(s, stored(s), new AdminForm(null, messages())).data("saved", saved != null));
    }

    @POST
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(@PathParam("id") String idText, MultivaluedMap<String, String> body) {
        UUID id = AdminForm.id(idText);
        Session s = sessions.get(id);
        AdminForm form = new AdminForm(body, messages());
        ZoneId zone = AdminForm.zoneOr(form.text("timeZone"), ZoneOffset.UTC);
        Long version = null;
        Integer v = form.integer("version");
        if (v != null) {
            version = v.longValue();
        }
        SessionRequests.Change request = new SessionRequests.Change(form.text("title"),
                form.choice("kind", SessionKind.class), form.choice("venue", Venue.class), form.text("timeZone"),
                form.at("opensAt", zone), form.at("closesAt", zone), form.at("registrationOpensAt", zone),
                form.at("registrationClosesAt", zone), form.at("para9ClosesAt", zone), form.integer("inPersonSeats"),
                form.integer("onlineSeats"), version);
        form.check(validator, request);
        if (form.valid()) {
            try {
                sessions.update(id, request);
                return page.seeOther("/console/admin/sessions/" + id + "?saved=1");
            } catch (ConstraintViolationException e) {
                form.refused(e);
            } catch (DomainException e) {
                form.refused(e);
            }
        }
        return page.html(form.status(), detailPage(s, form, new AdminForm(null, messages())).data("saved", false));
    }

    @POST
    @Path("{id}/agenda-items")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response addItem(@PathParam("id") String idText, MultivaluedMap<String, String> body) {
        UUID id = AdminForm.id(idText);
        Session s = sessions.get(id);
        AdminForm form = new AdminForm(body, messages());
        SessionRequests.AgendaItem request = new SessionRequests.AgendaItem(form.integer("itemNumber"), form.text("itemTitle"));
        form.check(validator, request, n -> "number".equals(n) ? "itemNumber" : "title".equals(n) ? "itemTitle" : n);
        if (form.valid()) {
            UnaryOperator<String> rename = n -> "number".equals(n) ? "itemNumber" : "title".equals(n) ? "itemTitle" : n;
            try {
                sessions.addAgendaItem(id, request);
                return page.seeOther("/console/admin/sessions/" + id + "?saved=1#agenda");
            } catch (ConstraintViolationException e) {
                form.refused(e, rename);
            } catch (DomainException e) {
                form.refused(e, rename);
            }
        }
        return page.html(form.status(), detailPage(s, stored(s), form).data("saved", false));
    }

    @GET
    @Path("{id}/agenda-items/{itemId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public Response getItem(@PathParam("id") String idText, @PathParam("itemId") String itemIdText) {
        UUID id = AdminForm.id(idText);
        UUID itemId = AdminForm.id(itemIdText);
        Session s = sessions.get(id);
        AgendaItem i = findItem(id, itemId);
        return page.html(200, itemPage(s, i, AdminForm.of(messages(), "number", i.number(), "title", i.title())));
    }

    @POST
    @Path("{id}/agenda-items/{itemId}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response updateItem(@PathParam("id") String idText, @PathParam("itemId") String itemIdText, MultivaluedMap<String, String> body) {
        UUID id = AdminForm.id(idText);
        UUID itemId = AdminForm.id(itemIdText);
        Session s = sessions.get(id);
        AgendaItem i = findItem(id, itemId);
        AdminForm form = new AdminForm(body, messages());
        SessionRequests.AgendaItem request = new SessionRequests.AgendaItem(form.integer("number"), form.text("title"));
        form.check(validator, request);
        if (form.valid()) {
            try {
                sessions.updateAgendaItem(id, itemId, request);
                return page.seeOther("/console/admin/sessions/" + id + "?saved=1#agenda");
            } catch (ConstraintViolationException e) {
                form.refused(e);
            } catch (DomainException e) {
                form.refused(e);
            }
        }
        return page.html(form.status(), itemPage(s, i, form));
    }

    @POST
    @Path("{id}/agenda-items/{itemId}/delete")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response deleteItem(@PathParam("id") String idText, @PathParam("itemId") String itemIdText) {
        UUID id = AdminForm.id(idText);
        UUID itemId = AdminForm.id(itemIdText);
        sessions.deleteAgendaItem(id, itemId);
        return page.seeOther("/console/admin/sessions/" + id + "?saved=1#agenda");
    }

    private AgendaItem findItem(UUID sessionId, UUID itemId) {
        return sessions.agenda(sessionId).stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Agenda item"));
    }

    private AdminMessages messages() {
        return page.messages(AdminMessages.class);
    }

    /** The session's form filled from what is stored, times in the session's zone. */
    private AdminForm stored(Session s) {
        ZoneId z = s.timeZone();
        return AdminForm.of(messages(), "title", s.title(), "kind", s.kind().name(), "venue", s.venue().name(),
                "timeZone", z.getId(), "opensAt", AdminForm.local(s.opensAt(), z), "closesAt", AdminForm.local(s.closesAt(), z),
                "registrationOpensAt", AdminForm.local(s.registrationOpensAt(), z),
                "registrationClosesAt", AdminForm.local(s.registrationClosesAt(), z),
                "para9ClosesAt", AdminForm.local(s.para9ClosesAt(), z), "inPersonSeats", s.inPersonSeats(),
                "onlineSeats", s.onlineSeats(), "version", s.version());
    }

    private TemplateInstance listPage(String cursor, AdminForm form) {
        AdminMessages m = messages();
        Page<Session> found = sessions.list(new SessionFilter(null, null, null), new PageRequest(cursor, page.pageSize()));
        List<Row> rows = found.items().stream().map(s -> new Row(s.id(), s.code(), s.title(), s.kind().name(),
                s.venue().name(), page.dateTime(s.opensAt(), s.timeZone()), page.dateTime(s.closesAt(), s.timeZone()))).toList();
        TemplateInstance t = page.page(list, "/console/admin/sessions").data("rows", rows)
                .data("next", found.nextCursor() == null ? null
                        : "/console/admin/sessions?cursor=" + URLEncoder.encode(found.nextCursor(), StandardCharsets.UTF_8))
                .data("first", cursor == null ? null : "/console/admin/sessions")
                .data("fCode", form.field("code", m.code(), "text", true));
        return form.summary(sessionFields(t, form, m));
    }

    private TemplateInstance sessionFields(TemplateInstance t, AdminForm form, AdminMessages m) {
        String hint = m.timeZoneHint();
        return t.data("fTitle", form.field("title", m.title(), "text", true))
                .data("fKind", form.select("kind", m.kind(), true, AdminForm.names(SessionKind.class)))
                .data("fVenue", form.select("venue", m.venue(), true, AdminForm.names(Venue.class)))
                .data("fTimeZone", form.field("timeZone", m.timeZone(), hint, "text", true))
                .data("fOpensAt", form.field("opensAt", m.opensAt(), "datetime-local", true))
                .data("fClosesAt", form.field("closesAt", m.closesAt(), "datetime-local", true))
                .data("fRegistrationOpensAt", form.field("registrationOpensAt", m.registrationOpensAt(), "datetime-local", true))
                .data("fRegistrationClosesAt", form.field("registrationClosesAt", m.registrationClosesAt(), "datetime-local", true))
                .data("fPara9ClosesAt", form.field("para9ClosesAt", m.para9ClosesAt(), "datetime-local", false))
                .data("fInPersonSeats", form.field("inPersonSeats", m.inPersonSeats(), "number", false))
                .data("fOnlineSeats", form.field("onlineSeats", m.onlineSeats(), "number", false));
    }

    private TemplateInstance detailPage(Session s, AdminForm form, AdminForm itemForm) {
        AdminMessages m = messages();
        TemplateInstance t = page.page(detail, "/console/admin/sessions/" + s.id()).data("session", s)
                .data("version", form.text("version") == null ? String.valueOf(s.version()) : form.text("version"))
                .data("items", sessions.agenda(s.id()));
        form.summary(sessionFields(t, form, m));
        // the agenda form's errors have their own summary, next to that form
        TemplateInstance withItem = t.data("fItemNumber", itemForm.field("itemNumber", m.number(), "number", true))
                .data("fItemTitle", itemForm.field("itemTitle", m.title(), "text", true));
        List<?> errorFields = itemForm.summaryFields();
        return withItem.data("itemErrorFields", errorFields).data("itemOtherErrors", itemForm.otherErrors())
                .data("itemErrorCount", errorFields.size() + itemForm.otherErrors().size());
    }

    private TemplateInstance itemPage(Session s, AgendaItem i, AdminForm form) {
        AdminMessages m = messages();
        TemplateInstance t = page.page(item, "/console/admin/sessions/" + s.id() + "/agenda-items/" + i.id())
                .data("session", s).data("item", i)
                .data("fNumber", form.field("number", m.number(), "number", true))
                .data("fTitle", form.field("title", m.title(), "text", true));
        return form.summary(t);
    }
}
