package org.accredit.console.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.accredit.application.Application;
import org.accredit.common.FieldErrors;
import org.accredit.common.FormField;
import org.accredit.common.NotFoundException;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.console.ConsoleConfig;
import org.accredit.console.ConsolePage;
import org.accredit.console.DelegateMessages;
import org.accredit.memberstate.MemberStateService;
import org.accredit.memberstate.MemberStateUser;
import org.accredit.objection.ListStatus;
import org.accredit.objection.MemberStateListDetails;
import org.accredit.objection.MemberStateRequests;
import org.accredit.objection.NonObjectionList;
import org.accredit.objection.Objection;
import org.accredit.objection.ObjectionService;
import org.accredit.security.CurrentStaff;
import org.accredit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A Member State delegate's (focal point's) lists: the lists circulated to Member States, one list
 * with its organizations, objecting, withdrawing an objection and declaring "no objection". The
 * same service calls and role as the API's {@code MemberStateListResource}: a State sees only its
 * own objections. The deadline is shown in New York time and in a time zone the delegate picks
 * ({@code ?tz=}, remembered in the cookie {@code console-tz}; UTC until they pick one).
 */
@Path("/console/delegate/lists")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.MEMBER_STATE)
public class DelegateListsPage {

    static final String TZ_COOKIE = "console-tz";
    static final List<String> ZONES = List.of("UTC", "America/New_York", "America/Los_Angeles", "America/Mexico_City",
            "America/Sao_Paulo", "America/Argentina/Buenos_Aires", "Europe/London", "Europe/Paris", "Europe/Berlin",
            "Europe/Moscow", "Africa/Cairo", "Africa/Lagos", "Africa/Nairobi", "Africa/Johannesburg", "Asia/Riyadh",
            "Asia/Dubai", "Asia/Karachi", "Asia/Kolkata", "Asia/Bangkok", "Asia/Shanghai", "Asia/Tokyo", "Australia/Sydney",
            "Pacific/Auckland");
    static final Set<String> NOTICES = Set.of("lodged", "withdrawn", "declared");

    /** A list in the table of lists. */
    public record Row(String id, String title, String status, String deadlineNy) {
    }

    /** An organization on the list and the object form's state. */
    public record Organization(String id, String name, String type, String country, String website, String expertise,
            boolean objected, FormField basis) {
    }

    /** One of the State's own objections. */
    public record Own(String id, String organization, String basis, String lodged, String withdrawn, boolean standing) {
    }

    private final ConsolePage page;
    private final ObjectionService objections;
    private final MemberStateService memberStates;
    private final CurrentStaff caller;
    private final RoutingContext ctx;
    private final ConsoleConfig consoleConfig;
    private final Template index;
    private final Template detail;

    public DelegateListsPage(ConsolePage page, ObjectionService objections, MemberStateService memberStates,
            CurrentStaff caller, RoutingContext ctx, ConsoleConfig consoleConfig,
            @Location("console/delegate/index.html") Template index, @Location("console/delegate/detail.html") Template detail) {
        this.page = page;
        this.objections = objections;
        this.memberStates = memberStates;
        this.caller = caller;
        this.ctx = ctx;
        this.consoleConfig = consoleConfig;
        this.index = index;
        this.detail = detail;
    }

    @GET
    @Operation(hidden = true)
    public Response lists(@QueryParam("cursor") String cursor) {
        MemberStateUser me = me();
        Page<NonObjectionList> found = objections.circulatedLists(new PageRequest(ListsPage.limit(cursor, 1000),
                page.pageSize()));
        List<Row> rows = found.items().stream().map(l -> new Row(l.id().toString(), l.title(), status(l),
                page.dateTime(l.deadline(), ListsPage.NEW_YORK))).toList();
        return page.html(200, page.page(index, "/console/delegate/lists").data("rows", rows).data("state", me.stateCode())
                .data("next", found.nextCursor() == null ? null
                        : "/console/delegate/lists?cursor=" + ListsPage.enc(found.nextCursor()))
                .data("first", cursor == null ? null : "/console/delegate/lists"));
    }

    @GET
    @Path("{id}")
    @Operation(hidden = true)
    public Response list(@PathParam("id") String id, @QueryParam("tz") String tz, @QueryParam("notice") String notice,
            @QueryParam("cursor") String cursor) {
        UUID listId = ListsPage.listId(id);
        return page.html(200, detail(listId, zone(tz), notice, null, null, null, ListsPage.limit(cursor, 1000)));
    }

    @POST
    @Path("{id}/objections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response object(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        UUID listId = ListsPage.listId(id);
        UUID applicationId = ListsPage.uuid(form.getFirst("applicationId"));
        if (applicationId == null) {
            throw new NotFoundException("Application on this list");
        }
        String basis = ListsPage.limit(form.getFirst("basis"), 2 * MemberStateRequests.BASIS_MAX);
        try {
            objections.lodge(listId, new MemberStateRequests.Lodge(applicationId, basis), me());
            return page.seeOther("/console/delegate/lists/" + listId + "?notice=lodged");
        } catch (ConstraintViolationException e) {
            Map<String, String> errors = FieldErrors.of(e);
            // the page of organizations the form was on, so that the failed form shows again with its error
            return page.html(400, detail(listId, zone(null), null, applicationId, basis, errors.getOrDefault("basis",
                    String.join("; ", errors.values())), ListsPage.blankToNull(ListsPage.limit(form.getFirst("cursor"),
                    1000))));
        }
    }

    @POST
    @Path("{id}/objections/{objectionId}/withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response withdraw(@PathParam("id") String id, @PathParam("objectionId") String objectionId) {
        UUID listId = ListsPage.listId(id);
        UUID objection = ListsPage.uuid(objectionId);
        if (objection == null) {
            throw new NotFoundException("Objection");
        }
        objections.withdraw(listId, objection, me());
        return page.seeOther("/console/delegate/lists/" + listId + "?notice=withdrawn");
    }

    @POST
    @Path("{id}/no-objection")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response declareNoObjection(@PathParam("id") String id) {
        UUID listId = ListsPage.listId(id);
        objections.declareNoObjection(listId, me());
        return page.seeOther("/console/delegate/lists/" + listId + "?notice=declared");
    }

    private TemplateInstance detail(UUID listId, ZoneId zone, String notice, UUID failedApplication, String basis,
            String basisError, String cursor) {
        DelegateMessages m = page.messages(DelegateMessages.class);
        MemberStateListDetails d = objections.forMemberState(listId, me(), new PageRequest(cursor, page.pageSize()));
        NonObjectionList l = d.list();
        Map<UUID, String> names = objections.organizationNames(d.ownObjections().stream().map(Objection::applicationId)
                .toList());
        List<Organization> organizations = new ArrayList<>();
        for (Application a : d.organizations().applications()) {
            boolean failed = a.id().equals(failedApplication);
            boolean objected = d.ownObjections().stream().anyMatch(o -> o.applicationId().equals(a.id())
                    && o.state() == Objection.State.STANDING);
            FormField field = new FormField("basis-" + a.id(), m.basis(), m.basisHint(MemberStateRequests.BASIS_MAX),
                    "textarea", failed ? basis : null, failed ? basisError : null, true, null, List.of());
            organizations.add(new Organization(a.id().toString(), a.orgName(), a.orgType().name(), a.country(), a.website(),
                    a.expertise(), objected, field));
        }
        List<Own> own = d.ownObjections().stream().map(o -> new Own(o.id().toString(),
                names.getOrDefault(o.applicationId(), ""), o.basis(), page.dateTime(o.lodgedAt(), ListsPage.NEW_YORK),
                o.withdrawnAt() == null ? null : page.dateTime(o.withdrawnAt(), ListsPage.NEW_YORK),
                o.state() == Objection.State.STANDING)).toList();
        List<FormField.Option> zones = ZONES.stream().map(z -> new FormField.Option(z, z, z.equals(zone.getId()))).toList();
        List<FormField.Option> errors = basisError == null ? List.of()
                : List.of(new FormField.Option("f-basis-" + failedApplication, basisError, false));
        String here = "/console/delegate/lists/" + listId;
        return page.page(detail, here).data("list", l).data("listId", listId.toString())
                .data("next", d.organizations().nextCursor() == null ? null
                        : here + "?cursor=" + ListsPage.enc(d.organizations().nextCursor()))
                .data("first", cursor == null ? null : here).data("cursor", cursor).data("organizationCount", d.organizations().total())
                .data("status", status(l)).data("open", d.openForObjections()).data("organizations", organizations)
                .data("own", own).data("declared", d.noObjectionDeclared())
                .data("deadlineNy", page.dateTime(l.deadline(), ListsPage.NEW_YORK))
                .data("deadlineLocal", page.dateTime(l.deadline(), zone)).data("zone", zone.getId()).data("zones", zones)
                .data("errors", errors).data("notice", notice(m, notice)).data("state", d.stateCode());
    }

    /** The zone asked for ({@code tz}, then remembered), else the remembered one, else UTC. */
    private ZoneId zone(String tz) {
        if (tz != null) {
            if (tz.length() > 64 || !ZoneId.getAvailableZoneIds().contains(tz)) {
                throw ListsPage.badRequest(page.messages(DelegateMessages.class).invalidZone());
            }
            ctx.response().addCookie(Cookie.cookie(TZ_COOKIE, tz).setPath("/console").setHttpOnly(true)
                    .setSecure(consoleConfig.secureCookies()).setSameSite(CookieSameSite.LAX).setMaxAge(365L * 24 * 3600));
            return ZoneId.of(tz);
        }
        Cookie remembered = ctx.request().getCookie(TZ_COOKIE);
        if (remembered != null && remembered.getValue().length() <= 64
                && ZoneId.getAvailableZoneIds().contains(remembered.getValue())) {
            return ZoneId.of(remembered.getValue());
        }
        return ZoneId.of("UTC");
    }

    private String status(NonObjectionList l) {
        DelegateMessages m = page.messages(DelegateMessages.class);
        return l.status() == ListStatus.CIRCULATED ? m.statusOpen() : l.status() == ListStatus.CLOSED ? m.statusClosed()
                : m.statusDecided();
    }

    private static String notice(DelegateMessages m, String key) {
        if (key == null || !NOTICES.contains(key)) {
            return null;
        }
        return switch (key) {
            case "lodged" -> m.noticeLodged();
            case "withdrawn" -> m.noticeWithdrawn();
            default -> m.noticeDeclared();
        };
    }

    private MemberStateUser me() {
        return memberStates.require(caller.subject());
    }
}
