package org.accredit.frontdoor.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
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
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.accredit.common.DomainException;
import org.accredit.common.FormPosts;
import org.accredit.common.InvalidFieldsException;
import org.accredit.common.ProblemMappers;
import org.accredit.common.NotFoundException;
import org.accredit.common.RuleViolationException;
import org.accredit.common.paging.PageRequest;
import org.accredit.common.validation.Text;
import org.accredit.common.FieldErrors;
import org.accredit.common.FormField;
import org.accredit.organization.PageLanguage;
import org.accredit.frontdoor.PageMessages;
import org.accredit.frontdoor.Pages;
import org.accredit.organization.Language;
import org.accredit.registration.AttendanceMode;
import org.accredit.registration.Gender;
import org.accredit.registration.RegistrationService;
import org.accredit.registration.Representative;
import org.accredit.registration.RepresentativeRequest;
import org.accredit.registration.RepresentativeStatus;
import org.accredit.session.Session;
import org.accredit.session.SessionFilter;
import org.accredit.session.SessionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/**
 * An accredited organization registers its representatives for a session, with the official letter,
 * authenticated by the tracking secret of its approved application (in POST bodies only, never in a
 * URL): first the secret and the session (its representatives are listed), then the person and the
 * letter, a multipart post calling {@link RegistrationService#registerWithLetter} as the multipart
 * {@code POST /api/v1/sessions/{id}/registrations} does: the same rules, windows and quotas.
 */
@Path("/organization/representatives")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class OrganizationRepresentativesPage {

    static final String PATH = "/organization/representatives";
    static final String LETTER = "letter";
    static final List<String> PERSON = List.of("name", "title", "employer", "email", "mode", "gender", "nationality");
    static final List<String> TEXT_FIELDS = List.of("secret", "session", "name", "title", "employer", "email", "mode", "gender",
            "nationality");
    /** The representatives shown for a session (an organization's delegation is far smaller). */
    static final int MAX_SHOWN = 100;

    private final RegistrationService registrations;
    private final SessionService sessions;
    private final FormPosts posts;
    private final Clock clock;
    private final Template page;
    private final Validator validator;

    public OrganizationRepresentativesPage(RegistrationService registrations, SessionService sessions, FormPosts posts,
            Clock clock, Validator validator, @Location("pages/organization-representatives.html") Template page) {
        this.validator = validator;
        this.registrations = registrations;
        this.sessions = sessions;
        this.posts = posts;
        this.clock = clock;
        this.page = page;
    }

    @GET
    @Operation(hidden = true)
    public Response form(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        Language language = PageLanguage.pick(lang, accept);
        return Pages.html(200, choose(language, "", "", Map.of()));
    }

    /** Step 1: the secret and the session; the organization's representatives for it and the form to add one. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response open(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept,
            MultivaluedMap<String, String> form) {
        Language language = PageLanguage.pick(lang, accept);
        PageMessages m = Pages.messages(language);
        String secret = value(form == null ? null : form.getFirst("secret"));
        String sessionValue = value(form == null ? null : form.getFirst("session"));
        Map<String, String> errors = new LinkedHashMap<>();
        String refusal = Text.refusal(secret, true);
        if (refusal != null) {
            errors.put("secret", refusal);
        }
        UUID session = session(sessionValue, errors);
        if (!errors.isEmpty()) {
            return Pages.html(400, choose(language, "", sessionValue, errors));
        }
        try {
            return Pages.html(200, registration(language, secret, session, Map.of(), Map.of(), null, null));
        } catch (NotFoundException e) {
            // an unknown secret, or an unknown session: the service does not say which, neither does the page
            return Pages.html(404, choose(language, "", sessionValue, Map.of("secret", m.secretUnknown())));
        } catch (DomainException e) {
            return Pages.html(e.httpStatus(), choose(language, "", sessionValue, Map.of("secret", e.getMessage())));
        }
    }

    /** Step 2: one person with the letter, stored and registered in one transaction. */
    @POST
    @Path("registrations")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response register(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept,
            MultipartFormDataInput input) {
        Language language = PageLanguage.pick(lang, accept);
        PageMessages m = Pages.messages(language);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        byte[] letter = null;
        try {
            Map<String, List<String>> fields = FormPosts.fields(input, Set.of(LETTER));
            for (String name : TEXT_FIELDS) {
                List<String> v = fields.get(name);
                values.put(name, value(v == null || v.isEmpty() ? null : v.get(0)));
            }
            letter = posts.file(input, LETTER);
        } catch (InvalidFieldsException e) {
            errors.putAll(FieldErrors.of(e));
        } catch (DomainException e) { // 413: the letter part too large
            errors.put(LETTER, e.getMessage());
        }
        for (String name : TEXT_FIELDS) {
            values.putIfAbsent(name, "");
            String refusal = Text.refusal(values.get(name), true);
            if (refusal != null) {
                errors.putIfAbsent(name, refusal);
            }
        }
        UUID session = session(values.get("session"), errors);
        AttendanceMode mode = choice(AttendanceMode.class, values.get("mode"), "mode", errors);
        Gender gender = choice(Gender.class, values.get("gender"), "gender", errors);
        if (letter == null) {
            errors.putIfAbsent(LETTER, m.repLetterMissing());
        }
        String secret = values.get("secret");
        if (session == null || secret.isBlank()) {
            return Pages.html(400, choose(language, "", values.get("session"), errors));
        }
        RepresentativeRequest request = new RepresentativeRequest(null, blank(values.get("name")),
                blank(values.get("title")), blank(values.get("employer")), blank(values.get("email")), mode, gender,
                blank(values.get("nationality")));
        // every field error at once, by the request's own constraints (the letter is attached: letterId stays out)
        for (ConstraintViolation<RepresentativeRequest> v : validator.validate(request)) {
            String field = ProblemMappers.fieldName(v.getPropertyPath());
            if (!"letterId".equals(field) && !errors.containsKey(field)) {
                errors.put(field, v.getMessage());
            }
        }
        try {
            if (!errors.isEmpty()) {
                return Pages.html(400, registration(language, secret, session, values, errors, null, null));
            }
            Representative r = registrations.registerWithLetter(secret, session, request, letter);
            return Pages.html(201, registration(language, secret, session, Map.of(), Map.of(), m.repRegistered(r.name()), null));
        } catch (NotFoundException e) {
            return Pages.html(404, choose(language, "", values.get("session"), Map.of("secret", m.secretUnknown())));
        } catch (InvalidFieldsException e) {
            return Pages.html(400, registration(language, secret, session, values, FieldErrors.of(e), null, null));
        } catch (ConstraintViolationException e) {
            return Pages.html(400, registration(language, secret, session, values, FieldErrors.of(e), null, null));
        } catch (RuleViolationException e) {
            if (e.httpStatus() == 422 || e.httpStatus() == 413) { // the letter: not an acceptable PDF, or too large
                return Pages.html(e.httpStatus(), registration(language, secret, session, values,
                        Map.of(LETTER, m.repLetterRefused()), null, null).data("letterDetail", e.getMessage()));
            }
            return Pages.html(e.httpStatus(), registration(language, secret, session, values, Map.of(), null,
                    new Problem(refusal(m, e), e.getMessage())));
        } catch (DomainException e) {
            return Pages.html(e.httpStatus(), registration(language, secret, session, values, Map.of(), null,
                    new Problem(m.repNotPossible(), e.getMessage())));
        }
    }

    /** The organization withdraws one of its representatives (until the session opens). */
    @POST
    @Path("withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response withdraw(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept,
            MultivaluedMap<String, String> form) {
        Language language = PageLanguage.pick(lang, accept);
        PageMessages m = Pages.messages(language);
        String secret = value(form == null ? null : form.getFirst("secret"));
        String sessionValue = value(form == null ? null : form.getFirst("session"));
        Map<String, String> errors = new LinkedHashMap<>();
        UUID session = session(sessionValue, errors);
        UUID representative = null;
        try {
            representative = UUID.fromString(value(form == null ? null : form.getFirst("representative")).strip());
        } catch (IllegalArgumentException e) {
            errors.put("representative", "must be one of the representatives listed");
        }
        if (Text.refusal(secret, true) != null || secret.isBlank() || session == null) {
            return Pages.html(400, choose(language, "", sessionValue, Map.of("secret", m.secretUnknown())));
        }
        try {
            if (!errors.isEmpty()) {
                return Pages.html(400, registration(language, secret, session, Map.of(), errors, null, null));
            }
            Representative r = registrations.withdraw(secret, session, representative);
            return Pages.html(200, registration(language, secret, session, Map.of(), Map.of(), m.repWithdrawn(r.name()), null));
        } catch (NotFoundException e) {
            return Pages.html(404, choose(language, "", sessionValue, Map.of("secret", m.secretUnknown())));
        } catch (DomainException e) {
            return Pages.html(e.httpStatus(), registration(language, secret, session, Map.of(), Map.of(), null,
                    new Problem(m.repNotPossible(), e.getMessage())));
        }
    }

    /** A refusal in the page's language, the service's English detail below it. */
    public record Problem(String message, String detail) {
    }

    /** One representative as the list shows it. */
    public record Row(String id, String name, String mode, String status, String statusCode, boolean withdrawable) {
    }

    static String mode(PageMessages m, AttendanceMode mode) {
        return switch (mode) {
            case IN_PERSON -> m.mode_IN_PERSON();
            case ONLINE -> m.mode_ONLINE();
        };
    }

    static String gender(PageMessages m, Gender gender) {
        return switch (gender) {
            case FEMALE -> m.gender_FEMALE();
            case MALE -> m.gender_MALE();
            case OTHER -> m.gender_OTHER();
            case UNDISCLOSED -> m.gender_UNDISCLOSED();
        };
    }

    static String status(PageMessages m, RepresentativeStatus status) {
        return switch (status) {
            case REQUESTED -> m.repStatus_REQUESTED();
            case LATE_REQUEST -> m.repStatus_LATE_REQUEST();
            case CONFIRMED -> m.repStatus_CONFIRMED();
            case REFUSED -> m.repStatus_REFUSED();
            case WITHDRAWN -> m.repStatus_WITHDRAWN();
            case REPLACED -> m.repStatus_REPLACED();
        };
    }

    private static String refusal(PageMessages m, RuleViolationException e) {
        if ("Already registered".equals(e.title())) {
            return m.repAlreadyRegistered();
        }
        if ("Quota reached".equals(e.title())) {
            return m.repQuotaReached();
        }
        return m.repNotPossible();
    }

    private TemplateInstance choose(Language language, String secret, String session, Map<String, String> errors) {
        PageMessages m = Pages.messages(language);
        List<FormField.Option> options = new ArrayList<>();
        options.add(new FormField.Option("", m.chooseSessionOption(), session == null || session.isBlank()));
        for (Session s : registrable()) {
            options.add(new FormField.Option(s.id().toString(), s.code() + " · " + s.title(), s.id().toString().equals(session)));
        }
        List<FormField> fields = List.of(
                new FormField("secret", m.secretLabel(), null, "password", "", errors.get("secret"), true, "off", List.of()),
                new FormField("session", m.sessionLabel(), null, "select", session, errors.get("session"), true, null, options));
        return Pages.page(page, language, PATH).data("step", "choose").data("fields", fields).data("notice", null)
                .data("problem", null).data("errorFields", fields.stream().filter(f -> f.error() != null).toList());
    }

    private TemplateInstance registration(Language language, String secret, UUID sessionId, Map<String, String> values,
            Map<String, String> errors, String notice, Problem problem) {
        PageMessages m = Pages.messages(language);
        Session session = registrations.session(sessionId);
        List<Row> rows = registrations.own(secret, sessionId, new PageRequest(null, MAX_SHOWN)).items().stream()
                .map(r -> new Row(r.id().toString(), r.name(), mode(m, r.mode()), status(m, r.status()), r.status().name(),
                        r.status().canMoveTo(RepresentativeStatus.WITHDRAWN)))
                .toList();
        List<FormField.Option> genders = new ArrayList<>();
        genders.add(new FormField.Option("", m.genderNotSaid(), value(values.get("gender")).isEmpty()));
        Arrays.stream(Gender.values()).forEach(g -> genders.add(new FormField.Option(g.name(), gender(m, g),
                g.name().equals(values.get("gender")))));
        List<FormField.Option> modes = Arrays.stream(AttendanceMode.values()).map(a -> new FormField.Option(a.name(),
                mode(m, a), a.name().equals(values.get("mode")))).toList();
        List<FormField> fields = List.of(
                new FormField("name", m.repName(), null, "text", values.get("name"), errors.get("name"), true, "off", List.of()),
                new FormField("title", m.repTitle(), null, "text", values.get("title"), errors.get("title"), true, "off", List.of()),
                new FormField("employer", m.repEmployer(), null, "text", values.get("employer"), errors.get("employer"), true, "off", List.of()),
                new FormField("email", m.repEmail(), null, "email", values.get("email"), errors.get("email"), true, "off", List.of()),
                new FormField("gender", m.repGender(), m.repGenderHint(), "select", values.get("gender"), errors.get("gender"), false, null, genders),
                new FormField("nationality", m.repNationality(), m.repNationalityHint(), "text", values.get("nationality"), errors.get("nationality"), false, "off", List.of()));
        FormField mode = new FormField("mode", m.repMode(), null, "radio", values.get("mode"), errors.get("mode"), true, null, modes);
        FormField letter = new FormField(LETTER, m.repLetter(), errors.isEmpty() ? m.repLetterHint() : m.repLetterAgain(), "file",
                null, errors.get(LETTER), true, null, List.of());
        List<FormField> errorFields = new ArrayList<>();
        List<FormField> shown = new ArrayList<>(fields.subList(0, 4));
        shown.add(mode);
        shown.addAll(fields.subList(4, 6));
        shown.add(letter);
        for (FormField f : shown) {
            if (f.error() != null) {
                errorFields.add(f);
            }
        }
        // an error on a field the form does not show (e.g. letterId): shown in the summary all the same
        errors.forEach((name, message) -> {
            if (!PERSON.contains(name) && !LETTER.equals(name)) {
                errorFields.add(new FormField(name, name, null, "hidden", null, message, false, null, List.of()));
            }
        });
        return Pages.page(page, language, PATH).data("step", "register").data("secret", secret)
                .data("sessionId", session.id().toString()).data("sessionName", session.code() + " · " + session.title())
                .data("rows", rows).data("fields", fields).data("mode", mode).data("letter", letter).data("notice", notice)
                .data("problem", problem).data("errorFields", errorFields).data("letterDetail", null);
    }

    /** The sessions an organization may register for now: the window open, or late requests still possible. */
    private List<Session> registrable() {
        List<Session> open = new ArrayList<>();
        Instant now = clock.instant();
        String cursor = null;
        for (int pages = 0; pages < OrganizationStatementsPage.MAX_CALENDAR_PAGES; pages++) {
            var found = sessions.list(new SessionFilter(null, null, null), new PageRequest(cursor, 100));
            found.items().stream().filter(s -> !now.isBefore(s.registrationOpensAt()) && now.isBefore(s.opensAt()))
                    .forEach(open::add);
            cursor = found.nextCursor();
            if (cursor == null) {
                break;
            }
        }
        return open;
    }

    private static UUID session(String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.putIfAbsent("session", "must not be null");
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            errors.put("session", "must be one of the choices offered");
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String name, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.putIfAbsent(name, "must be one of the choices offered");
            return null;
        }
    }

    private static String value(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
