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
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.accredit.application.ApplicationService;
import org.accredit.application.AttachmentConfig;
import org.accredit.application.AttachmentKind;
import org.accredit.common.FormConfig;
import org.accredit.common.FormPosts;
import org.accredit.common.RuleViolationException;
import org.accredit.document.PdfDocuments;
import org.accredit.idempotency.Fingerprint;
import org.accredit.idempotency.FormRetries;
import org.accredit.idempotency.Idempotency;
import org.accredit.idempotency.IdempotencyKey;
import org.accredit.idempotency.StoredResponse;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import org.accredit.application.PublicPostLimits;
import org.accredit.application.Submission;
import org.accredit.application.SubmissionRequest;
import org.accredit.common.DomainException;
import org.accredit.common.InvalidFieldsException;
import org.accredit.common.ProblemMappers;
import org.accredit.common.validation.Text;
import org.accredit.ecosoc.EcosocCategory;
import org.accredit.common.FieldErrors;
import org.accredit.common.FormField;
import org.accredit.organization.PageLanguage;
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
 * <p>Each form shown carries a fresh random key in the hidden field {@code idempotencyKey}: the POST runs
 * through {@link Idempotency} with it and a fingerprint of the fields (and documents), so a double click or
 * a reload answers the first result page again (its reference, its secret: the stored page is encrypted
 * with a key derived from the form's key) and never creates a second application; the key sent again
 * with other values is refused (422, a new key in the form). A refused form keeps its key (nothing was
 * stored). A post without the key runs as always. The form is {@code multipart/form-data} with the para
 * 9 documents ({@code statutes}, {@code registrationCertificate}); urlencoded posts are read too. The
 * honeypot field ({@link FormPosts#HONEYPOT}) filled: the same-looking thank-you page, nothing stored.
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

    private final Idempotency idempotency;
    private final FormPosts posts;
    private final AttachmentConfig attachmentLimits;
    private final FormConfig forms;

    public ApplyPage(ApplicationService applications, PublicPostLimits limits, Validator validator,
            @Location("pages/apply.html") Template apply, @Location("pages/applied.html") Template applied,
            Idempotency idempotency, FormPosts posts, AttachmentConfig attachmentLimits, FormConfig forms) {
        this.forms = forms;
        this.idempotency = idempotency;
        this.posts = posts;
        this.attachmentLimits = attachmentLimits;
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
        return Pages.html(200, form(language, Map.of("language", language.name()), Map.of(), newKey()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response submit(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept,
            MultivaluedMap<String, String> form, @Context HttpServerRequest http) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (form != null) {
            form.forEach(fields::put);
        }
        return submit(PageLanguage.pick(lang, accept), fields, Map.of(), Map.of(), http);
    }

    /** The same form with its para 9 documents ({@code enctype="multipart/form-data"}). */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response submitMultipart(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept,
            MultipartFormDataInput input, @Context HttpServerRequest http) {
        Language language = PageLanguage.pick(lang, accept);
        Set<String> fileParts = Arrays.stream(AttachmentKind.values()).map(AttachmentKind::part).collect(Collectors.toSet());
        Map<String, List<String>> fields;
        try {
            fields = FormPosts.fields(input, fileParts);
        } catch (InvalidFieldsException e) {
            return Pages.html(400, form(language, Map.of("language", language.name()), FieldErrors.of(e), newKey()));
        }
        Map<AttachmentKind, byte[]> attachments = new EnumMap<>(AttachmentKind.class);
        Map<String, String> fileErrors = new LinkedHashMap<>();
        if (!FormPosts.honeypot(fields)) {
            for (AttachmentKind kind : AttachmentKind.values()) {
                try {
                    byte[] bytes = posts.file(input, kind.part());
                    if (bytes != null) {
                        // checked here too (the service checks again) so that a refusal lands next to its file field
                        PdfDocuments.check(bytes, attachmentLimits.maxBytes(), attachmentLimits.maxPages());
                        attachments.put(kind, bytes);
                    }
                } catch (InvalidFieldsException e) {
                    fileErrors.putAll(FieldErrors.of(e));
                } catch (DomainException e) { // 413 too large, 422 not a readable PDF: in the page's language
                    PageMessages m = Pages.messages(language);
                    fileErrors.put(kind.part(), e.httpStatus() == 413
                            ? m.fileTooLarge(maxFileMegabytes())
                            : m.fileNotPdf(attachmentLimits.maxPages()));
                }
            }
        }
        return submit(language, fields, attachments, fileErrors, http);
    }

    private Response submit(Language language, Map<String, List<String>> fields, Map<AttachmentKind, byte[]> attachments,
            Map<String, String> fileErrors, HttpServerRequest http) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : NAMES) {
            List<String> v = fields.get(name);
            String first = v == null || v.isEmpty() ? null : v.get(0);
            values.put(name, first == null ? "" : first.strip());
        }
        if (FormPosts.honeypot(fields)) {
            // a bot: the same thank-you page, without a reference or a secret, and nothing stored
            limits.submission(ClientAddress.of(http), null);
            return Pages.html(201, Pages.page(applied, language, PATH).data("reference", null)
                    .data("organization", values.get("organization.name")).data("secret", null));
        }
        String key = null;
        List<String> keys = fields.get(KEY);
        String keyError = null;
        if (keys != null && !keys.isEmpty() && keys.get(0) != null && !keys.get(0).isBlank()) {
            try {
                key = IdempotencyKey.parse(keys.get(0).strip(), KEY);
            } catch (InvalidFieldsException e) {
                keyError = KEY + ": " + e.errors().get(0).message();
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            String refusal = Text.refusal(value, true);
            if (refusal != null) {
                errors.put(name, refusal);
            }
        });
        if (keyError != null) {
            errors.put(KEY, keyError);
        }
        SubmissionRequest request = request(values, errors);
        if (!errors.isEmpty() || !fileErrors.isEmpty()) {
            // what the form could not even express (an unknown choice, a control character), with every
            // other refused field of the same request: the request record's own constraints
            validator.validate(request).forEach(v -> errors.putIfAbsent(ProblemMappers.fieldName(v.getPropertyPath()), v.getMessage()));
            errors.putAll(fileErrors);
            return Pages.html(400, form(language, values, errors, key == null ? newKey() : key));
        }
        if (key == null) { // a post without the form's key (e.g. a script): run as always
            return attempt(language, values, request, attachments, null, http);
        }
        Map<String, byte[]> files = new java.util.HashMap<>();
        attachments.forEach((kind, bytes) -> files.put(kind.part(), bytes));
        Map<String, List<String>> fingerprinted = new java.util.HashMap<>();
        values.forEach((name, value) -> fingerprinted.put(name, List.of(value)));
        Fingerprint fingerprint = Fingerprint.of("POST", PATH, null, FormRetries.canonical(fingerprinted, files));
        Idempotency.Claim claim;
        try {
            claim = idempotency.claim(key, fingerprint);
        } catch (RuleViolationException e) {
            PageMessages m = Pages.messages(language);
            boolean reused = e.httpStatus() == 422;
            // reused with other values: a fresh key, so that the corrected form can be sent as a new application
            return Pages.html(e.httpStatus(), form(language, values, Map.of(), reused ? newKey() : key)
                    .data("problem", reused ? m.formReused() : m.formInFlight()));
        }
        if (claim instanceof Idempotency.Replay replay) {
            // a double click or a reload: the first answer again (its page, with the secret: stored encrypted
            // with a key derived from the form's key, which only this browser's form holds)
            return Response.fromResponse(replay.response().toResponse(true)).header("Cache-Control", "no-store").build();
        }
        Idempotency.Claimed claimed = (Idempotency.Claimed) claim;
        Response response;
        try {
            response = attempt(language, values, request, attachments, key, http);
        } catch (RuntimeException | Error e) {
            idempotency.release(claimed);
            throw e;
        }
        if (response.getStatus() == 201) {
            idempotency.complete(claimed, new StoredResponse(201, Pages.HTML, null,
                    ((String) response.getEntity()).getBytes(StandardCharsets.UTF_8)));
        } else {
            idempotency.release(claimed); // nothing stored: the form comes back with the same key
        }
        return response;
    }

    private Response attempt(Language language, Map<String, String> values, SubmissionRequest request,
            Map<AttachmentKind, byte[]> attachments, String key, HttpServerRequest http) {
        String formKey = key == null ? newKey() : key;
        try {
            limits.submission(ClientAddress.of(http), request.contact().email());
            Submission s = applications.submit(request, attachments);
            return Pages.html(201, Pages.page(applied, language, PATH)
                    .data("reference", s.application().reference())
                    .data("organization", s.application().orgName())
                    .data("secret", s.trackingSecret()));
        } catch (ConstraintViolationException e) {
            return Pages.html(400, form(language, values, FieldErrors.of(e), formKey));
        } catch (InvalidFieldsException e) {
            return Pages.html(400, form(language, values, FieldErrors.of(e), formKey));
        } catch (RateLimitedException e) {
            return Response.fromResponse(Pages.html(429, form(language, values, Map.of(), formKey)
                    .data("problem", Pages.messages(language).tooMany())))
                    .header("Retry-After", e.retryAfterSeconds()).build();
        } catch (DomainException e) {
            // e.g. 409, an application for this organization already under consideration: the service's words
            return Pages.html(e.httpStatus(), form(language, values, Map.of(), formKey).data("problem", e.getMessage()));
        }
    }

    /** The largest document in whole MB: the smaller of the attachment limit and the form's file part limit. */
    private long maxFileMegabytes() {
        return Math.min(attachmentLimits.maxBytes(), forms.maxFilePart()) / (1024 * 1024);
    }

    /** The hidden field holding the form's idempotency key (a random UUID per form shown), as on the API's forms. */
    static final String KEY = FormRetries.FIELD;

    private static String newKey() {
        return UUID.randomUUID().toString();
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

    private io.quarkus.qute.TemplateInstance form(Language language, Map<String, String> values, Map<String, String> errors,
            String key) {
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
        String hint = m.attachmentHint(maxFileMegabytes(), attachmentLimits.maxPages());
        List<FormField> documents = new ArrayList<>();
        for (AttachmentKind kind : AttachmentKind.values()) {
            String label = kind == AttachmentKind.STATUTES ? m.statutes() : m.registrationCertificate();
            documents.add(new FormField(kind.part(), label, hint, "file", null, errors.get(kind.part()), false, null, List.of()));
        }
        Set<String> placed = Arrays.stream(AttachmentKind.values()).map(AttachmentKind::part).collect(Collectors.toSet());
        List<String> unplaced = errors.keySet().stream().filter(k -> !NAMES.contains(k) && !placed.contains(k))
                .map(k -> k + ": " + errors.get(k)).toList();
        List<FormField> errorFields = java.util.stream.Stream.of(organization, contact, documents).flatMap(List::stream)
                .filter(f -> f.error() != null).toList();
        return Pages.page(apply, language, PATH).data("organizationFields", organization).data("contactFields", contact)
                .data("documentFields", documents).data("idempotencyKey", key).data("honeypot", FormPosts.HONEYPOT)
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
