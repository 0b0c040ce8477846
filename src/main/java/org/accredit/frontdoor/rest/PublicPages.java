package org.accredit.frontdoor.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import org.accredit.application.AccreditedOrganization;
import org.accredit.application.Application;
import org.accredit.application.ParticipationPath;
import org.accredit.common.AccreditConfig;
import org.accredit.common.DomainException;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.organization.PageLanguage;
import org.accredit.frontdoor.PageMessages;
import org.accredit.frontdoor.Pages;
import org.accredit.organization.Language;
import org.accredit.publiclist.PublicListService;
import org.accredit.session.Session;
import org.accredit.session.SessionFilter;
import org.accredit.session.SessionService;
import org.accredit.statement.Statement;
import org.accredit.statement.StatementService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The public pages: accredited organizations, the calendar, published written submissions. Each
 * reads through the same service method as the public API ({@link PublicListService#page},
 * {@link SessionService#list}, {@link StatementService#published}), so it shows exactly what the
 * API shows and nothing more (no contact, no person). Cursor paging as in the API, a fixed page size.
 * Times of a session are shown in the session's own time zone, with the instant in {@code <time datetime>}.
 */
@Path("/public")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PublicPages {

    static final int PAGE_SIZE = 50;

    private final PublicListService organizations;
    private final SessionService sessions;
    private final StatementService statements;
    private final AccreditConfig accredit;
    private final Template orgs;
    private final Template calendar;
    private final Template statementList;
    private final Template statement;
    private final Template error;

    public PublicPages(PublicListService organizations, SessionService sessions, StatementService statements,
            AccreditConfig accredit, @Location("pages/organizations.html") Template orgs,
            @Location("pages/calendar.html") Template calendar, @Location("pages/statements.html") Template statementList,
            @Location("pages/statement.html") Template statement, @Location("pages/error.html") Template error) {
        this.organizations = organizations;
        this.sessions = sessions;
        this.statements = statements;
        this.accredit = accredit;
        this.orgs = orgs;
        this.calendar = calendar;
        this.statementList = statementList;
        this.statement = statement;
        this.error = error;
    }

    /** One row of the list of accredited organizations, in the reader's language. */
    public record OrgRow(String name, String acronym, String type, String country, String path, String decision,
            String decisionDate) {
    }

    /** One session of the calendar: local times in its zone, instants for {@code <time datetime>}. */
    public record SessionRow(UUID id, String code, String title, String kind, String venue, String opens, String opensIso,
            String closes, String closesIso, String timeZone, String statementsLabel) {
    }

    /** One published written submission (no text in lists). */
    public record StatementRow(UUID id, String title, String organization, String country, String language, int words,
            String published, String publishedIso, boolean document, String readLabel) {
    }

    @GET
    @Path("organizations")
    @Operation(hidden = true)
    public Response organizations(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept,
            @QueryParam("cursor") String cursor) {
        Language language = PageLanguage.pick(lang, accept);
        PageMessages m = Pages.messages(language);
        return guarded(language, "/public/organizations", () -> {
            Page<Application> page = organizations.page(null, null, new PageRequest(cursor, PAGE_SIZE));
            List<OrgRow> rows = page.items().stream().map(a -> new OrgRow(a.orgName(), a.orgAcronym(),
                    ApplyPage.typeName(m, a.orgType().name()), a.country(), pathName(m, a.path()),
                    a.decisionReference() != null ? a.decisionReference() : m.secretariatRegistration(),
                    a.decidedAt() == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale())
                            .format(a.decidedAt().atZone(accredit.zone()).toLocalDate()))).toList();
            return Pages.page(orgs, language, "/public/organizations").data("rows", rows)
                    .data("next", next("/public/organizations", language, page.nextCursor(), ""))
                    .data("first", cursor == null ? null : "/public/organizations?lang=" + language.name());
        });
    }

    @GET
    @Path("calendar")
    @Operation(hidden = true)
    public Response calendar(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept,
            @QueryParam("cursor") String cursor) {
        Language language = PageLanguage.pick(lang, accept);
        return guarded(language, "/public/calendar", () -> {
            Page<Session> page = sessions.list(new SessionFilter(null, null, null), new PageRequest(cursor, PAGE_SIZE));
            return Pages.page(calendar, language, "/public/calendar").data("rows", sessionRows(language, page.items()))
                    .data("next", next("/public/calendar", language, page.nextCursor(), ""))
                    .data("first", cursor == null ? null : "/public/calendar?lang=" + language.name());
        });
    }

    @GET
    @Path("statements")
    @Operation(hidden = true)
    public Response statements(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept,
            @QueryParam("session") String sessionId, @QueryParam("cursor") String cursor) {
        Language language = PageLanguage.pick(lang, accept);
        PageMessages m = Pages.messages(language);
        return guarded(language, "/public/statements", () -> {
            if (sessionId == null || sessionId.isBlank()) {
                Page<Session> page = sessions.list(new SessionFilter(null, null, null), new PageRequest(cursor, PAGE_SIZE));
                return Pages.page(statementList, language, "/public/statements").data("session", null)
                        .data("sessions", sessionRows(language, page.items())).data("rows", List.of())
                        .data("next", next("/public/statements", language, page.nextCursor(), ""))
                        .data("first", cursor == null ? null : "/public/statements?lang=" + language.name());
            }
            UUID id = UUID.fromString(sessionId.strip());
            Session session = sessions.get(id);
            Page<Statement> page = statements.published(id, new PageRequest(cursor, PAGE_SIZE));
            List<StatementRow> rows = page.items().stream().map(s -> statementRow(m, language, s, session)).toList();
            return Pages.page(statementList, language, "/public/statements").data("session", session)
                    .data("heading", m.statementsOf(session.code())).data("sessions", List.of()).data("rows", rows)
                    .data("next", next("/public/statements", language, page.nextCursor(), "&session=" + id))
                    .data("first", cursor == null ? null : "/public/statements?session=" + id + "&lang=" + language.name());
        });
    }

    @GET
    @Path("statements/{id}")
    @Operation(hidden = true)
    public Response statement(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept,
            @PathParam("id") String id) {
        Language language = PageLanguage.pick(lang, accept);
        PageMessages m = Pages.messages(language);
        return guarded(language, "/public/statements", () -> {
            Statement s = statements.publishedOne(UUID.fromString(id));
            Session session = statements.session(s.sessionId());
            return Pages.page(statement, language, "/public/statements/" + s.id()).data("s", statementRow(m, language, s, session))
                    .data("text", s.text()).data("textLang", s.language().name()).data("textDir", s.language().rightToLeft() ? "rtl" : "ltr")
                    .data("session", session);
        });
    }

    private List<SessionRow> sessionRows(Language language, List<Session> items) {
        PageMessages m = Pages.messages(language);
        return items.stream().map(s -> new SessionRow(s.id(), s.code(), s.title(), kindName(m, s), venueName(m, s),
                local(language, s.opensAt(), s.timeZone()), iso(s.opensAt(), s.timeZone()),
                local(language, s.closesAt(), s.timeZone()), iso(s.closesAt(), s.timeZone()), s.timeZone().getId(),
                m.seeStatements(s.code()))).toList();
    }

    private StatementRow statementRow(PageMessages m, Language language, Statement s, Session session) {
        AccreditedOrganization org = statements.organization(s.applicationId());
        return new StatementRow(s.id(), s.title(), org.name() + (org.acronym() == null ? "" : " (" + org.acronym() + ")"),
                org.country(), Pages.nativeName(s.language()), s.wordCount(),
                local(language, s.publishedAt(), session.timeZone()) + " (" + session.timeZone().getId() + ")",
                iso(s.publishedAt(), session.timeZone()), s.hasDocument(), m.readStatement(s.title()));
    }

    private Response guarded(Language language, String path, java.util.function.Supplier<TemplateInstance> page) {
        PageMessages m = Pages.messages(language);
        try {
            return Pages.html(200, page.get());
        } catch (org.accredit.common.NotFoundException e) {
            return Pages.html(404, Pages.page(error, language, path).data("message", m.notFound()));
        } catch (DomainException | ConstraintViolationException | IllegalArgumentException e) {
            int status = e instanceof DomainException d ? d.httpStatus() : 400;
            return Pages.html(status, Pages.page(error, language, path).data("message", m.badRequest()));
        }
    }

    private static String next(String path, Language language, String cursor, String extra) {
        return cursor == null ? null : path + "?lang=" + language.name() + extra + "&cursor="
                + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String local(Language language, Instant at, ZoneId zone) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(language.locale()).withZone(zone).format(at);
    }

    private static String iso(Instant at, ZoneId zone) {
        return at == null ? "" : at.atZone(zone).toOffsetDateTime().toString();
    }

    static String pathName(PageMessages m, ParticipationPath path) {
        return switch (path) {
            case PARA_7 -> m.path_PARA_7();
            case PARA_8 -> m.path_PARA_8();
            case PARA_9 -> m.path_PARA_9();
        };
    }

    private static String kindName(PageMessages m, Session s) {
        return switch (s.kind()) {
            case ORGANIZATIONAL -> m.kind_ORGANIZATIONAL();
            case SUBSTANTIVE -> m.kind_SUBSTANTIVE();
            case CONCLUDING -> m.kind_CONCLUDING();
            case RECONVENED -> m.kind_RECONVENED();
            case INTERSESSIONAL_CONSULTATION -> m.kind_INTERSESSIONAL_CONSULTATION();
        };
    }

    private static String venueName(PageMessages m, Session s) {
        return switch (s.venue()) {
            case NEW_YORK -> m.venue_NEW_YORK();
            case VIENNA -> m.venue_VIENNA();
            case ONLINE -> m.venue_ONLINE();
        };
    }
}
