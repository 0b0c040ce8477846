package org.accredit.console.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accredit.console.ConsolePage;
import org.accredit.console.SessionsMessages;
import org.accredit.participation.ParticipationFigures;
import org.accredit.participation.ParticipationService;
import org.accredit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A session's participation figures (the service of the public figures endpoint) as four bar charts
 * drawn in SVG on the server, each with the numbers in a table beside it (the table is the
 * accessible source; the chart has an accessible name).
 */
@Path("/console/sessions/{id}/figures")
@Produces(MediaType.TEXT_HTML)
public class SessionsFiguresPage {

    private final ConsolePage page;
    private final ParticipationService participation;
    private final Template template;

    public SessionsFiguresPage(ConsolePage page, ParticipationService participation,
            @Location("console/sessions/figures.html") Template template) {
        this.page = page;
        this.participation = participation;
        this.template = template;
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN})
    @Operation(hidden = true)
    public Response figures(@PathParam("id") String idParam) {
        UUID id = SessionsViews.id(idParam, "Session");
        SessionsMessages m = page.messages(SessionsMessages.class);
        ParticipationFigures f = participation.figures(id);
        List<SessionsViews.Chart> charts = List.of(
                SessionsViews.chart("orgs-by-group", m.chartOrgsByGroup(), names(f.organizationsByRegionalGroup()),
                        k -> SessionsViews.group(k, m)),
                SessionsViews.chart("orgs-by-path", m.chartOrgsByPath(), names(f.organizationsByPath()),
                        k -> SessionsViews.path(k, m)),
                SessionsViews.chart("reps-by-gender", m.chartRepsByGender(), f.representativesByGender(),
                        k -> SessionsViews.gender(k, m)),
                SessionsViews.chart("reps-by-mode", m.chartRepsByMode(), names(f.representativesByMode()),
                        k -> SessionsViews.mode(k, m)));
        return page.html(200, page.page(template, "/console/sessions/" + id + "/figures").data("code", f.sessionCode())
                .data("tabs", SessionsViews.tabs(id, "figures", m)).data("charts", charts)
                .data("awaiting", f.awaitingDecision()).data("organizations", f.organizations())
                .data("representatives", f.representatives()).data("maxBar", SessionsViews.MAX_BAR)
                .data("width", SessionsViews.WIDTH));
    }

    private static <E extends Enum<E>> Map<String, Long> names(Map<E, Long> counts) {
        Map<String, Long> m = new LinkedHashMap<>();
        counts.forEach((k, v) -> m.put(k.name(), v));
        return m;
    }
}
