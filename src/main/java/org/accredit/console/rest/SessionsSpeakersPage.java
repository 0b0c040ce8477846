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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.accredit.common.InvalidFieldsException;
import org.accredit.common.Problem;
import org.accredit.console.ConsolePage;
import org.accredit.console.SessionsMessages;
import org.accredit.security.CurrentStaff;
import org.accredit.security.Roles;
import org.accredit.session.AgendaItem;
import org.accredit.session.Session;
import org.accredit.session.SessionService;
import org.accredit.speaker.ItemSpeakers;
import org.accredit.speaker.SpeakerLine;
import org.accredit.speaker.SpeakerRequests;
import org.accredit.speaker.SpeakerService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The lists of speakers of a session's agenda items (the same service as the API's speakers-list):
 * each request in its current order with its suggested place; staff move a request up (a new order
 * of the whole list, as PUT speakers-list takes) and publish a list, which freezes it.
 */
@Path("/console/sessions/{id}/speakers")
@Produces(MediaType.TEXT_HTML)
public class SessionsSpeakersPage {

    /** One line of a list; {@code moveUp}: the order of the list with this line one place earlier (null for the first). */
    public record Line(String requestId, int position, int suggested, String organization, String group, String speaker,
            String topic, List<String> moveUp) {
    }

    /** An agenda item with its list. */
    public record Item(String id, int number, String title, boolean published, List<Line> lines) {
    }

    private final ConsolePage page;
    private final SpeakerService speakers;
    private final SessionService sessions;
    private final CurrentStaff staff;
    private final Template template;

    public SessionsSpeakersPage(ConsolePage page, SpeakerService speakers, SessionService sessions, CurrentStaff staff,
            @Location("console/sessions/speakers.html") Template template) {
        this.page = page;
        this.speakers = speakers;
        this.sessions = sessions;
        this.staff = staff;
        this.template = template;
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
    @Operation(hidden = true)
    public Response lists(@PathParam("id") String idParam, @QueryParam("notice") String notice) {
        UUID id = SessionsViews.id(idParam, "Session");
        SessionsMessages m = page.messages(SessionsMessages.class);
        Session session = sessions.get(id);
        List<Item> items = new ArrayList<>();
        for (AgendaItem a : sessions.agenda(id)) {
            items.add(item(speakers.list(id, a.id()), m));
        }
        return page.html(200, page.page(template, "/console/sessions/" + id + "/speakers")
                .data("session", SessionsPage.row(session, page, m)).data("tabs", SessionsViews.tabs(id, "speakers", m))
                .data("items", items).data("notice", SessionsViews.notice(notice, m)));
    }

    @POST
    @Path("{itemId}/order")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response reorder(@PathParam("id") String idParam, @PathParam("itemId") String itemParam,
            MultivaluedMap<String, String> form) {
        UUID id = SessionsViews.id(idParam, "Session");
        UUID item = SessionsViews.id(itemParam, "Agenda item");
        List<String> given = form == null || form.get("requestId") == null ? List.of() : form.get("requestId");
        if (given.size() > SpeakerRequests.ORDER_MAX) {
            throw new InvalidFieldsException("Too many requests.", List.of(new Problem.FieldError("requestId", "Too many")));
        }
        List<UUID> order = new ArrayList<>();
        for (String s : given) {
            order.add(SessionsViews.id(s, "Speaker request"));
        }
        speakers.reorder(id, item, new SpeakerRequests.Reorder(order), staff.name());
        return page.seeOther("/console/sessions/" + id + "/speakers?notice=reordered#item-" + item);
    }

    @POST
    @Path("{itemId}/publication")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response publish(@PathParam("id") String idParam, @PathParam("itemId") String itemParam) {
        UUID id = SessionsViews.id(idParam, "Session");
        UUID item = SessionsViews.id(itemParam, "Agenda item");
        speakers.publish(id, item, staff.name());
        return page.seeOther("/console/sessions/" + id + "/speakers?notice=list-published#item-" + item);
    }

    private Item item(ItemSpeakers list, SessionsMessages m) {
        List<String> ids = list.lines().stream().map(l -> l.request().id().toString()).toList();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < list.lines().size(); i++) {
            SpeakerLine l = list.lines().get(i);
            List<String> up = null;
            if (i > 0) {
                up = new ArrayList<>(ids);
                up.set(i - 1, ids.get(i));
                up.set(i, ids.get(i - 1));
            }
            lines.add(new Line(ids.get(i), l.position(), l.suggestedPosition(), l.organization().name(),
                    SessionsViews.group(l.group().name(), m), l.speaker() == null ? "" : l.speaker().name(),
                    l.request().topic(), up));
        }
        return new Item(list.item().id().toString(), list.item().number(), list.item().title(),
                !list.list().status().open(), lines);
    }
}
