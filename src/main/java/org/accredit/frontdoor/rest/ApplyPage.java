package org.accredit.frontdoor.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.accredit.application.ApplicationService;
import org.accredit.application.PublicPostLimits;
import org.accredit.application.Submission;
import org.accredit.application.SubmissionRequest;
import org.accredit.common.DomainException;
import org.accredit.common.InvalidFieldsException;
import org.accredit.common.ProblemMappers;
import org.accredit.common.validation.Text;
import org.accredit.ecosoc.EcosocCategory;
import org.accredit.frontdoor.FieldErrors;
import org.accredit.frontdoor.FormField;
import org.accredit.frontdoor.PageLanguage;
import org.accredit.frontdoor.PageMessages;
import org.accredit.frontdoor.Pages;
import org.accredit.organization.Language;
import org.accredit.organization.OrganizationType;
import org.accredit.ratelimit.ClientAddress;
import org.accredit.ratelimit.RateLimitedException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The application form. The POST builds the same {@link SubmissionRequest} as the JSON API and calls
 * the same {@link ApplicationService#submit} (after the same rate limit), so every rule is the API's;
 * refused fields come back next to their controls with the values kept.
 *
 * <p>Hook for the form-post helpers (honeypot, idempotency key): add hidden fields in
 * {@code pages/apply.html} (marked there) and read them in {@link #submit} before calling the service.
 */
@Path("/forms/apply")
@PermitAll
public class ApplyPage {

    static final String PATH = "/forms/apply";

    private final ApplicationService applications;
    private final PublicPostLimits limits;
    private final Template apply;
    private final Template applied;
    private final Validator validator;

    public ApplyPage(ApplicationService applications, PublicPostLimits limits, Validator validator,
            @Location("pages/apply.html") Template apply, @Location("pages/applied.html") Template applied) {
        this.applications = applications;
        this.validator = validator;
        this.limits = limits;
        this.apply = apply;
        this.applied = applied;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response form(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        Language language = PageLanguage.pick(lang, accept);
        return Pages.html(200, form(language, Map.of("language", language.name()), Map.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response submit(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept,
            MultivaluedMap<String, String> form, @Context HttpServerRequest http) {
        Language language = PageLanguage.pick(lang, accept);
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : NAMES) {
            String v = form == null ? null : form.getFirst(name);
            values.put(name, v == null ? "" : v.strip());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            String refusal = Text.refusal(value, true);
            if (refusal != null) {
                errors.put(name, refusal);
            }
        });
        SubmissionRequest request = request(values, errors);
        if (!errors.isEmpty()) {
            // what the form could not even express (an unknown choice, a control character), with every
            // other refused field of the same request: the request record's own constraints
            validator.validate(request).forEach(v -> errors.putIfAbsent(ProblemMappers.fieldName(v.getPropertyPath()), v.getMessage()));
            return Pages.html(400, form(language, values, errors));
        }
        try {
            limits.submission(ClientAddress.of(http), request.contact().email());
            Submission s = applications.submit(request, java.util.Map.of());
            return Pages.html(201, Pages.page(applied, language, PATH)
                    .data("reference", s.application().reference())
                    .data("organization", s.application().orgName())
                    .data("secret", s.trackingSecret()));
        } catch (ConstraintViolationException e) {
            return Pages.html(400, form(language, values, FieldErrors.of(e)));
        } catch (InvalidFieldsException e) {
            return Pages.html(400, form(language, values, FieldErrors.of(e)));
        } catch (RateLimitedException e) {
            return Response.fromResponse(Pages.html(429, form(language, values, Map.of())
                    .data("problem", Pages.messages(language).tooMany())))
                    .header("Retry-After", e.retryAfterSeconds()).build();
        } catch (DomainException e) {
            // e.g. 409, an application for this organization already under consideration: the service's words
            return Pages.html(e.httpStatus(), form(language, values, Map.of()).data("problem", e.getMessage()));
        }
    }

    private static final List<String> NAMES = List.of("organization.name", "organization.acronym", "organization.type",
            "organization.country", "organization.website", "organization.email", "organization.expertise",
            "ecosocCategory", "contact.name", "contact.title", "contact.email", "contact.phone", "language");

    /** The request the JSON API would receive; an unknown choice in a select is a field error here. */
    private static SubmissionRequest request(Map<String, String> v, Map<String, String> errors) {
        OrganizationType type = choice(v, "organization.type", OrganizationType::valueOf, errors);
        EcosocCategory ecosoc = choice(v, "ecosocCategory", EcosocCategory::valueOf, errors);
        Language language = choice(v, "language", Language::valueOf, errors);
        return new SubmissionRequest(
                new SubmissionRequest.Organization(blank(v, "organization.name"), blank(v, "organization.acronym"), type,
                        upper(blank(v, "organization.country")), blank(v, "organization.website"),
                        blank(v, "organization.email"), blank(v, "organization.expertise")),
                ecosoc,
                new SubmissionRequest.Contact(blank(v, "contact.name"), blank(v, "contact.title"),
                        blank(v, "contact.email"), blank(v, "contact.phone")),
                language);
    }

    private static <E> E choice(Map<String, String> v, String name, Function<String, E> parse, Map<String, String> errors) {
        String s = blank(v, name);
        if (s == null) {
            return null;
        }
        try {
            return parse.apply(s);
        } catch (IllegalArgumentException e) {
            errors.put(name, "must be one of the choices offered");
            return null;
        }
    }

    private static String blank(Map<String, String> v, String name) {
        String s = v.get(name);
        return s == null || s.isEmpty() ? null : s;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
    }

    private io.quarkus.qute.TemplateInstance form(Language language, Map<String, String> values, Map<String, String> errors) {
        PageMessages m = Pages.messages(language);
        List<FormField> organization = new ArrayList<>();
        organization.add(field("organization.name", m.orgName(), null, "text", values, errors, true, "organization"));
        organization.add(field("organization.acronym", m.orgAcronym(), null, "text", values, errors, false, "off"));
        organization.add(select("organization.type", m.orgType(), null, values, errors, true,
                options(m.chooseType(), Arrays.stream(OrganizationType.values()).map(Enum::name).toList(),
                        n -> typeName(m, n), values.get("organization.type"))));
        organization.add(field("organization.country", m.orgCountry(), m.orgCountryHint(), "text", values, errors, true, "country"));
        organization.add(field("organization.website", m.orgWebsite(), null, "url", values, errors, false, "url"));
        organization.add(field("organization.email", m.orgEmail(), null, "email", values, errors, false, "email"));
        organization.add(field("organization.expertise", m.orgExpertise(), null, "textarea", values, errors, false, "off"));
        organization.add(select("ecosocCategory", m.ecosocCategory(), m.ecosocHint(), values, errors, false,
                options(m.ecosocNone(), Arrays.stream(EcosocCategory.values()).map(Enum::name).toList(),
                        n -> ecosocName(m, n), values.get("ecosocCategory"))));
        List<FormField> contact = new ArrayList<>();
        contact.add(field("contact.name", m.contactName(), null, "text", values, errors, true, "name"));
        contact.add(field("contact.title", m.contactTitle(), null, "text", values, errors, false, "organization-title"));
        contact.add(field("contact.email", m.contactEmail(), null, "email", values, errors, true, "email"));
        contact.add(field("contact.phone", m.contactPhone(), null, "tel", values, errors, false, "tel"));
        List<FormField.Option> languages = Arrays.stream(Language.values())
                .map(l -> new FormField.Option(l.name(), Pages.nativeName(l), l.name().equals(values.get("language"))))
                .toList();
        contact.add(select("language", m.language(), null, values, errors, true, languages));
        List<String> unplaced = errors.keySet().stream().filter(k -> !NAMES.contains(k)).map(k -> k + ": " + errors.get(k)).toList();
        List<FormField> errorFields = java.util.stream.Stream.concat(organization.stream(), contact.stream())
                .filter(f -> f.error() != null).toList();
        return Pages.page(apply, language, PATH).data("organizationFields", organization).data("contactFields", contact)
                .data("errorFields", errorFields)
                .data("errorCount", errors.size()).data("otherErrors", unplaced).data("problem", null);
    }

    private static FormField field(String name, String label, String hint, String kind, Map<String, String> values,
            Map<String, String> errors, boolean required, String autocomplete) {
        return new FormField(name, label, hint, kind, values.get(name), errors.get(name), required, autocomplete, List.of());
    }

    private static FormField select(String name, String label, String hint, Map<String, String> values,
            Map<String, String> errors, boolean required, List<FormField.Option> options) {
        return new FormField(name, label, hint, "select", values.get(name), errors.get(name), required, null, options);
    }

    private static List<FormField.Option> options(String empty, List<String> names, Function<String, String> label,
            String selected) {
        List<FormField.Option> options = new ArrayList<>();
        options.add(new FormField.Option("", empty, selected == null || selected.isEmpty()));
        for (String n : names) {
            options.add(new FormField.Option(n, label.apply(n), n.equals(selected)));
        }
        return options;
    }

    static String typeName(PageMessages m, String type) {
        return switch (OrganizationType.valueOf(type)) {
            case INTERGOVERNMENTAL_ORGANIZATION -> m.type_INTERGOVERNMENTAL_ORGANIZATION();
            case UN_ENTITY -> m.type_UN_ENTITY();
            case NGO -> m.type_NGO();
            case CIVIL_SOCIETY_ORGANIZATION -> m.type_CIVIL_SOCIETY_ORGANIZATION();
            case ACADEMIC_INSTITUTION -> m.type_ACADEMIC_INSTITUTION();
            case PRIVATE_SECTOR -> m.type_PRIVATE_SECTOR();
        };
    }

    static String ecosocName(PageMessages m, String category) {
        return switch (EcosocCategory.valueOf(category)) {
            case GENERAL -> m.ecosoc_GENERAL();
            case SPECIAL -> m.ecosoc_SPECIAL();
            case ROSTER -> m.ecosoc_ROSTER();
        };
    }
}
