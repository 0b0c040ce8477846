package org.accredit.console.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.console.ConsolePage;
import org.accredit.console.SessionsMessages;
import org.accredit.security.Roles;
import org.accredit.session.AgendaItem;
import org.accredit.session.Session;
import org.accredit.session.SessionFilter;
import org.accredit.session.SessionService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The secretariat's calendar of sessions and one session's overview (the tabs lead to its other pages). */
@Path("/console/sessions")
@Produces(MediaType.TEXT_HTML)
public class SessionsPage {

    /** A session as a row of the calendar or the head of its pages. */
    public record Row(String id, String code, String title, String kind, String venue, String timeZone, String opens,
            String closes, String registrationOpens, String registrationCloses, String inPersonSeats, String onlineSeats) {
    }

    private final ConsolePage page;
    private final SessionService sessions;
    private final Template list;
    private final Template overview;

    public SessionsPage(ConsolePage page, SessionService sessions, @Location("console/sessions/list.html") Template list,
            @Location("console/sessions/overview.html") Template overview) {
        this.page = page;
        this.sessions = sessions;
        this.list = list;
        this.overview = overview;
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
    @Operation(hidden = true)
    public Response list(@QueryParam("cursor") String cursorParam) {
        String cursor = SessionsViews.cursor(cursorParam);
        Page<Session> found = sessions.list(new SessionFilter(null, null, null), new PageRequest(cursor, page.pageSize()));
        List<Row> rows = found.items().stream().map(this::row).toList();
        return page.html(200, page.page(list, "/console/sessions").data("sessions", rows)
                .data("next", SessionsViews.next("/console/sessions", found.nextCursor(), null))
                .data("first", SessionsViews.first("/console/sessions", cursor, null)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
    @Operation(hidden = true)
    public Response overview(@PathParam("id") String idParam) {
        UUID id = SessionsViews.id(idParam, "Session");
        Session s = sessions.get(id);
        List<AgendaItem> agenda = sessions.agenda(id);
        SessionsMessages m = page.messages(SessionsMessages.class);
        return page.html(200, page.page(overview, "/console/sessions/" + id).data("session", row(s)).data("agenda", agenda)
                .data("tabs", SessionsViews.tabs(id, "overview", m)));
    }

    Row row(Session s) {
        return row(s, page, page.messages(SessionsMessages.class));
    }

    static Row row(Session s, ConsolePage page, SessionsMessages m) {
        return new Row(s.id().toString(), s.code(), s.title(), s.kind().name(), s.venue().name(), s.timeZone().getId(),
                page.dateTime(s.opensAt(), s.timeZone()), page.dateTime(s.closesAt(), s.timeZone()),
                page.dateTime(s.registrationOpensAt(), SessionsViews.NEW_YORK),
                page.dateTime(s.registrationClosesAt(), SessionsViews.NEW_YORK),
                s.inPersonSeats() == null ? m.noLimit() : s.inPersonSeats().toString(),
                s.onlineSeats() == null ? m.noLimit() : s.onlineSeats().toString());
    }
}
