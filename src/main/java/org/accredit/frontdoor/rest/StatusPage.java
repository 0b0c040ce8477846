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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.accredit.application.ApplicantRequests;
import org.accredit.application.ApplicantStatus;
import org.accredit.application.Application;
import org.accredit.application.ApplicationService;
import org.accredit.application.EventType;
import org.accredit.application.HistoryLine;
import org.accredit.application.InformationRequest;
import org.accredit.common.DomainException;
import org.accredit.common.NotFoundException;
import org.accredit.common.FieldErrors;
import org.accredit.common.FormField;
import org.accredit.organization.PageLanguage;
import org.accredit.frontdoor.PageMessages;
import org.accredit.frontdoor.Pages;
import org.accredit.organization.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The applicant's status page. The tracking secret travels only in POST bodies (a hidden field once
 * entered), never in a URL. Reading, answering and withdrawing call the same {@link ApplicationService}
 * methods as {@code /api/v1/tracking}; a wrong secret is a 404 like the API's.
 */
@Path("/status")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class StatusPage {

    static final String PATH = "/status";

    private final ApplicationService applications;
    private final Template status;

    public StatusPage(ApplicationService applications, @Location("pages/status.html") Template status) {
        this.applications = applications;
        this.status = status;
    }

    @GET
    @Operation(hidden = true)
    public Response entry(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        Language language = PageLanguage.pick(lang, accept);
        return Pages.html(200, entry(language, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response show(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept,
            MultivaluedMap<String, String> form) {
        String secret = value(form, "secret");
        Language language = PageLanguage.pick(lang, accept);
        try {
            return Pages.html(200, view(language, applications.tracked(trim(secret)), trim(secret), null, Map.of()));
        } catch (NotFoundException | IllegalArgumentException e) {
            return Pages.html(404, entry(language, Pages.messages(language).secretUnknown()));
        }
    }

    @POST
    @Path("answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response answer(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept,
            MultivaluedMap<String, String> form) {
        String secret = value(form, "secret");
        String answer = value(form, "answer");
        Language language = PageLanguage.pick(lang, accept);
        PageMessages m = Pages.messages(language);
        String s = trim(secret);
        return act(language, s, () -> applications.answerInformationRequest(s,
                new ApplicantRequests.InformationResponse(answer)), m.answerDone(), Map.of("answer", answer == null ? "" : answer));
    }

    @POST
    @Path("withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response withdraw(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept,
            MultivaluedMap<String, String> form) {
        String secret = value(form, "secret");
        String reason = value(form, "reason");
        Language language = PageLanguage.pick(lang, accept);
        PageMessages m = Pages.messages(language);
        String s = trim(secret);
        return act(language, s, () -> applications.withdraw(s, new ApplicantRequests.WithdrawalRequest(
                reason == null || reason.isBlank() ? null : reason)), m.withdrawDone(), Map.of("reason", reason == null ? "" : reason));
    }

    private Response act(Language language, String secret, java.util.function.Supplier<Application> step, String done,
            Map<String, String> values) {
        PageMessages m = Pages.messages(language);
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        values.forEach((name, value) -> {
            String refusal = org.accredit.common.validation.Text.refusal(value, true);
            if (refusal != null) {
                refused.put(name, refusal);
            }
        });
        try {
            if (!refused.isEmpty()) {
                return Pages.html(400, view(language, applications.tracked(secret), secret, null, refused));
            }
            Application a = step.get();
            return Pages.html(200, view(language, a, secret, done, Map.of()));
        } catch (NotFoundException | IllegalArgumentException e) {
            return Pages.html(404, entry(language, m.secretUnknown()));
        } catch (ConstraintViolationException e) {
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            FieldErrors.of(e).forEach((k, v) -> errors.put(k.substring(k.lastIndexOf('.') + 1), v));
            return Pages.html(400, view(language, applications.tracked(secret), secret, null, errors).data("values", values));
        } catch (DomainException e) {
            return Pages.html(e.httpStatus(), view(language, applications.tracked(secret), secret, null, Map.of())
                    .data("problem", m.notPossible()));
        }
    }

    private TemplateInstance entry(Language language, String problem) {
        PageMessages m = Pages.messages(language);
        FormField secret = new FormField("secret", m.secretLabel(), m.statusIntro(), "password", "", problem, true, "off", List.of());
        return Pages.page(status, language, PATH).data("secretField", secret).data("problem", problem).data("app", null);
    }

    /** What the applicant sees: its status and history in the applicant vocabulary, the open question. */
    private TemplateInstance view(Language language, Application a, String secret, String notice, Map<String, String> errors) {
        PageMessages m = Pages.messages(language);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(language.locale())
                .withZone(ZoneOffset.UTC);
        List<InformationRequest> thread = applications.informationRequests(a.id());
        String open = a.applicantStatus() != ApplicantStatus.INFORMATION_REQUESTED ? null
                : thread.stream().filter(r -> !r.isAnswered()).map(InformationRequest::question).reduce((x, y) -> y).orElse(null);
        List<Row> history = applications.history(a.id()).stream().filter(HistoryLine::applicantVisible)
                .map(h -> new Row(when.format(h.occurredAt()) + " UTC", h.occurredAt().toString(),
                        h.toStatus() == null ? null : statusName(m, ApplicantStatus.ofName(h.toStatus())),
                        h.fromStatus() == null ? null : statusName(m, ApplicantStatus.ofName(h.fromStatus())),
                        h.type(), h.publicReason()))
                .filter(r -> !EventType.STATUS_CHANGED.name().equals(r.type()) || r.from() == null || !r.from().equals(r.to()))
                .toList();
        boolean mayWithdraw = a.status().canMoveTo(org.accredit.application.ApplicationStatus.WITHDRAWN, a.path());
        FormField answer = new FormField("answer", m.answerLabel(), null, "textarea", null, errors.get("answer"), true, "off", List.of());
        FormField reason = new FormField("reason", m.withdrawReason(), m.withdrawWarning(), "textarea", null, errors.get("reason"),
                false, "off", List.of());
        return Pages.page(status, language, PATH).data("app", a).data("secret", secret)
                .data("statusName", statusName(m, a.applicantStatus()))
                .data("submitted", when.format(a.submittedAt()) + " UTC").data("submittedIso", a.submittedAt().toString())
                .data("question", open).data("history", history).data("notice", notice).data("mayWithdraw", mayWithdraw)
                .data("answerField", answer).data("reasonField", reason).data("problem", null).data("secretField", null);
    }

    /** One line of the applicant's history: when (local text and ISO instant), the statuses, the public reason. */
    public record Row(String at, String iso, String to, String from, String type, String reason) {
    }

    /**
     * A form value. The form is read as a whole body (a {@link MultivaluedMap}, bounded by
     * quarkus.http.limits.max-body-size) rather than as @FormParam, whose per-attribute limit (2 KB)
     * is below the 8000 characters an answer may have.
     */
    private static String value(MultivaluedMap<String, String> form, String name) {
        return form == null ? null : form.getFirst(name);
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    static String statusName(PageMessages m, ApplicantStatus s) {
        return switch (s) {
            case SUBMITTED -> m.status_SUBMITTED();
            case IN_REVIEW -> m.status_IN_REVIEW();
            case INFORMATION_REQUESTED -> m.status_INFORMATION_REQUESTED();
            case UNDER_CONSIDERATION_BY_MEMBER_STATES -> m.status_UNDER_CONSIDERATION_BY_MEMBER_STATES();
            case AWAITING_COMMITTEE_DECISION -> m.status_AWAITING_COMMITTEE_DECISION();
            case APPROVED -> m.status_APPROVED();
            case NOT_APPROVED -> m.status_NOT_APPROVED();
            case REJECTED -> m.status_REJECTED();
            case WITHDRAWN -> m.status_WITHDRAWN();
            case SUSPENDED -> m.status_SUSPENDED();
            case ACCREDITATION_WITHDRAWN -> m.status_ACCREDITATION_WITHDRAWN();
        };
    }
}
