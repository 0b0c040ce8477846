package org.accredit.frontdoor.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accredit.application.ApplicantRequests;
import org.accredit.application.ApplicationService;
import org.accredit.application.PublicPostLimits;
import org.accredit.common.ProblemMappers;
import org.accredit.common.validation.Text;
import org.accredit.common.FieldErrors;
import org.accredit.common.FormField;
import org.accredit.organization.PageLanguage;
import org.accredit.frontdoor.PageMessages;
import org.accredit.frontdoor.Pages;
import org.accredit.organization.Language;
import org.accredit.ratelimit.ClientAddress;
import org.accredit.ratelimit.RateLimitedException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The lost-secret page: the reference and the contact email of an application bring a new tracking
 * secret to that address only. The POST calls what {@code POST /api/v1/tracking/secret-reissue} calls
 * (the same rate limit, then {@link ApplicationService#reissueTrackingSecret}) and answers the same page
 * whether or not the pair names an application, so the page tells nothing about who applied.
 */
@Path("/lost-secret")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class LostSecretPage {

    static final String PATH = "/lost-secret";
    private static final List<String> NAMES = List.of("reference", "email");

    private final ApplicationService applications;
    private final PublicPostLimits limits;
    private final Template lostSecret;
    private final Validator validator;

    public LostSecretPage(ApplicationService applications, PublicPostLimits limits, Validator validator,
            @Location("pages/lost-secret.html") Template lostSecret) {
        this.applications = applications;
        this.limits = limits;
        this.validator = validator;
        this.lostSecret = lostSecret;
    }

    @GET
    @Operation(hidden = true)
    public Response form(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        return Pages.html(200, form(PageLanguage.pick(lang, accept), Map.of(), Map.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response reissue(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept,
            MultivaluedMap<String, String> form, @Context HttpServerRequest http) {
        Language language = PageLanguage.pick(lang, accept);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (String name : NAMES) {
            String v = form == null ? null : form.getFirst(name);
            values.put(name, v == null ? "" : v.strip());
            String refusal = Text.refusal(values.get(name), false);
            if (refusal != null) {
                errors.put(name, refusal);
            }
        }
        ApplicantRequests.SecretReissueRequest request = new ApplicantRequests.SecretReissueRequest(
                blank(values.get("reference")), blank(values.get("email")));
        if (!errors.isEmpty()) {
            // with every other refused field of the same request: the request record's own constraints
            validator.validate(request).forEach(v -> errors.putIfAbsent(ProblemMappers.fieldName(v.getPropertyPath()), v.getMessage()));
            return Pages.html(400, form(language, values, errors));
        }
        try {
            limits.secretReissue(ClientAddress.of(http), request.email());
            applications.reissueTrackingSecret(request);
            // the same page whether or not the pair matched; the values are not echoed
            return Pages.html(200, form(language, Map.of(), Map.of()).data("notice", Pages.messages(language).lostSecretSent()));
        } catch (ConstraintViolationException e) {
            Map<String, String> refused = new LinkedHashMap<>();
            FieldErrors.of(e).forEach((k, v) -> refused.merge(k.substring(k.lastIndexOf('.') + 1), v, (a, b) -> a + "; " + b));
            return Pages.html(400, form(language, values, refused));
        } catch (RateLimitedException e) {
            return Response.fromResponse(Pages.html(429, form(language, values, Map.of())
                    .data("problem", Pages.messages(language).tooMany())))
                    .header("Retry-After", e.retryAfterSeconds()).build();
        }
    }

    private TemplateInstance form(Language language, Map<String, String> values, Map<String, String> errors) {
        PageMessages m = Pages.messages(language);
        List<FormField> fields = List.of(
                new FormField("reference", m.lostSecretReference(), m.lostSecretReferenceHint(), "text",
                        values.get("reference"), errors.get("reference"), true, "off", List.of()),
                new FormField("email", m.lostSecretEmail(), null, "email", values.get("email"), errors.get("email"), true,
                        "email", List.of()));
        return Pages.page(lostSecret, language, PATH).data("fields", fields)
                .data("errorFields", fields.stream().filter(f -> f.error() != null).toList())
                .data("notice", null).data("problem", null);
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
