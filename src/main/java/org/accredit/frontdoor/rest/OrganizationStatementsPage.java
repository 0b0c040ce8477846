package org.accredit.frontdoor.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accredit.common.DomainException;
import org.accredit.common.InvalidFieldsException;
import org.accredit.common.NotFoundException;
import org.accredit.common.paging.PageRequest;
import org.accredit.common.validation.Text;
import org.accredit.common.FieldErrors;
import org.accredit.common.FormField;
import org.accredit.organization.PageLanguage;
import org.accredit.frontdoor.PageMessages;
import org.accredit.frontdoor.Pages;
import org.accredit.organization.Language;
import org.accredit.session.Session;
import org.accredit.session.SessionFilter;
import org.accredit.session.SessionService;
import org.accredit.statement.Statement;
import org.accredit.statement.StatementRequest;
import org.accredit.statement.StatementService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * An accredited organization submits a written statement for a session, authenticated by the
 * tracking secret of its approved application (in the POST body, never in a URL). The same
 * {@link StatementService#submitText} as {@code POST /api/v1/sessions/{id}/statements}: the same
 * word and character limits, the same session windows, the same standing rule.
 */
@Path("/organization/statements")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class OrganizationStatementsPage {

    static final String PATH = "/organization/statements";

    private final StatementService statements;
    private final SessionService sessions;
    private final Template page;
    private final java.time.Clock clock;

    public OrganizationStatementsPage(StatementService statements, SessionService sessions, java.time.Clock clock,
            @Location("pages/organization-statements.html") Template page) {
        this.clock = clock;
        this.statements = statements;
        this.sessions = sessions;
        this.page = page;
    }

    @GET
    @Operation(hidden = true)
    public Response form(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        Language language = PageLanguage.pick(lang, accept);
        return Pages.html(200, form(language, Map.of("language", language.name()), Map.of(), null, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response submit(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept,
            MultivaluedMap<String, String> form) {
        Language language = PageLanguage.pick(lang, accept);
        PageMessages m = Pages.messages(language);
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : List.of("secret", "session", "language", "title", "text")) {
            String v = form == null ? null : form.getFirst(name);
            values.put(name, v == null ? "" : v);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            String refusal = Text.refusal(value, true);
            if (refusal != null) {
                errors.put(name, refusal);
            }
        });
        UUID session = null;
        try {
            session = values.get("session").isBlank() ? null : UUID.fromString(values.get("session").strip());
        } catch (IllegalArgumentException e) {
            errors.put("session", "must be one of the choices offered");
        }
        if (session == null) {
            errors.putIfAbsent("session", "must not be null");
        }
        Language written = null;
        try {
            written = values.get("language").isBlank() ? null : Language.valueOf(values.get("language").strip());
        } catch (IllegalArgumentException e) {
            errors.put("language", "must be one of the choices offered");
        }
        if (!errors.isEmpty()) {
            return Pages.html(400, form(language, values, errors, null, null));
        }
        try {
            Statement s = statements.submitText(values.get("secret").strip(), session, new StatementRequest(written,
                    blank(values.get("title")), blank(values.get("text"))));
            return Pages.html(201, form(language, Map.of("language", language.name()), Map.of(),
                    m.statementReceived(s.title()), null));
        } catch (NotFoundException e) {
            // an unknown secret, or an unknown session: the service does not say which, neither does the page
            return Pages.html(404, form(language, values, Map.of("secret", m.secretUnknown()), null, null));
        } catch (InvalidFieldsException e) {
            return Pages.html(400, form(language, values, FieldErrors.of(e), null, null));
        } catch (ConstraintViolationException e) {
            return Pages.html(400, form(language, values, FieldErrors.of(e), null, null));
        } catch (DomainException e) {
            // 403 not in good standing, 409/422 the session does not take statements now: the service's words
            return Pages.html(e.httpStatus(), form(language, values, Map.of(), null, e.getMessage()));
        }
    }

    /** The sessions not over yet, the calendar's order (whether one takes statements now is the service's call). */
    private List<Session> upcoming() {
        List<Session> upcoming = new ArrayList<>();
        java.time.Instant now = clock.instant();
        String cursor = null;
        for (int pages = 0; pages < MAX_CALENDAR_PAGES; pages++) {
            var page = sessions.list(new SessionFilter(null, null, null), new PageRequest(cursor, 100));
            page.items().stream().filter(s -> !s.isOver(now)).forEach(upcoming::add);
            cursor = page.nextCursor();
            if (cursor == null) {
                break;
            }
        }
        return upcoming;
    }

    /** A bound on the calendar read for the choice of session (100 sessions a page). */
    static final int MAX_CALENDAR_PAGES = 20;

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private TemplateInstance form(Language language, Map<String, String> values, Map<String, String> errors, String notice,
            String problem) {
        PageMessages m = Pages.messages(language);
        List<FormField.Option> sessionOptions = new ArrayList<>();
        sessionOptions.add(new FormField.Option("", m.chooseSessionOption(), values.get("session") == null || values.get("session").isBlank()));
        for (Session s : upcoming()) {
            sessionOptions.add(new FormField.Option(s.id().toString(), s.code() + " · " + s.title(),
                    s.id().toString().equals(values.get("session"))));
        }
        List<FormField.Option> languages = Arrays.stream(Language.values())
                .map(l -> new FormField.Option(l.name(), Pages.nativeName(l), l.name().equals(values.get("language")))).toList();
        List<FormField> fields = List.of(
                new FormField("secret", m.secretLabel(), null, "password", values.get("secret"), errors.get("secret"), true, "off", List.of()),
                new FormField("session", m.sessionLabel(), null, "select", values.get("session"), errors.get("session"), true, null, sessionOptions),
                new FormField("language", m.colLanguage(), null, "select", values.get("language"), errors.get("language"), true, null, languages),
                new FormField("title", m.statementTitle(), null, "text", values.get("title"), errors.get("title"), true, "off", List.of()),
                new FormField("text", m.statementText(), m.statementTextHint(), "textarea", values.get("text"), errors.get("text"), true, "off", List.of()));
        return Pages.page(page, language, PATH).data("fields", fields).data("notice", notice).data("problem", problem)
                .data("errorFields", fields.stream().filter(f -> f.error() != null).toList());
    }
}
