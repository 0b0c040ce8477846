package org.accredit.console.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.accredit.application.Application;
import org.accredit.application.ApplicationService;
import org.accredit.application.ApplicationStatus;
import org.accredit.application.Attachment;
import org.accredit.application.ParticipationPath;
import org.accredit.application.RosterMatchService;
import org.accredit.application.StaffRequests;
import org.accredit.common.AccreditConfig;
import org.accredit.common.FieldErrors;
import org.accredit.common.InvalidFieldsException;
import org.accredit.common.NotFoundException;
import org.accredit.console.ConsolePage;
import org.accredit.console.QueueLabels;
import org.accredit.console.QueueMessages;
import org.accredit.console.Viewer;
import org.accredit.ecosoc.EcosocEntry;
import org.accredit.security.CurrentStaff;
import org.accredit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * One application as the secretariat sees it (GET /api/v1/applications/{id}): what the organization
 * stated, its documents, the ECOSOC candidates, the questions asked, the history, and the workflow
 * steps its status and the viewer's roles allow, each a form post to the same service method as the
 * API's step, then back here (303) with a notice.
 */
@Path("/console/applications/{id}")
@Produces(MediaType.TEXT_HTML)
public class QueueApplicationPage {

    static final int MAX_TEXT = 4000;
    static final Set<String> NOTICES = Set.of("review", "information-request", "recommendation", "rejection", "approval",
            "assignment", "ecosoc-match");

    /** A control of an action form: its id is unique on the page ({@code f-<action>-<name>}). */
    public record Field(String action, String name, String label, boolean textarea, boolean required, String value,
            String error) {

        public String id() {
            return "f-" + action + "-" + name;
        }
    }

    /** An attached document and its link. */
    public record Doc(String href, String label) {
    }

    /** A roster entry the applicant may be. */
    public record Candidate(UUID entryId, String name, String country, String category, String status, String score,
            boolean matched) {
    }

    /** A question of the thread. */
    public record Question(String asked, String question, String answered, String answer) {
    }

    /** A history line. */
    public record Event(String at, String type, String who, String change, String reason, String note) {
    }

    private final ConsolePage page;
    private final ApplicationService applications;
    private final RosterMatchService roster;
    private final CurrentStaff staff;
    private final AccreditConfig config;
    private final Template template;

    public QueueApplicationPage(ConsolePage page, ApplicationService applications, RosterMatchService roster,
            CurrentStaff staff, AccreditConfig config, @Location("console/queue-application.html") Template template) {
        this.page = page;
        this.applications = applications;
        this.roster = roster;
        this.staff = staff;
        this.config = config;
        this.template = template;
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN})
    @Operation(hidden = true)
    public Response show(@PathParam("id") String id, @QueryParam("done") String done) {
        Application app = applications.get(uuid(id));
        return page.html(200, render(app, done != null && NOTICES.contains(done) ? done : null, Map.of(), Map.of()));
    }

    @GET
    @Path("attachments/{attachmentId}")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN})
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    @Operation(hidden = true)
    public Response attachment(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
        UUID appId = uuid(id);
        Attachment a = applications.attachment(appId, uuid(attachmentId));
        String name = applications.get(appId).reference() + "-"
                + a.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + ".pdf";
        return Response.ok(a.content(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("review")
    @RolesAllowed(Roles.REVIEWER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response review(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return act(id, "review", form, app -> applications.startReview(app, staff.as(Roles.REVIEWER)));
    }

    @POST
    @Path("information-request")
    @RolesAllowed(Roles.REVIEWER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response requestInformation(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return act(id, "information-request", form, app -> applications.requestInformation(app,
                new StaffRequests.InformationRequest(text(form, "question"), text(form, "note")), staff.as(Roles.REVIEWER)));
    }

    @POST
    @Path("recommendation")
    @RolesAllowed(Roles.REVIEWER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response recommend(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return act(id, "recommendation", form, app -> applications.recommend(app,
                new StaffRequests.ReviewNote(text(form, "note")), staff.as(Roles.REVIEWER)));
    }

    @POST
    @Path("rejection")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response reject(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        boolean approver = staff.hasRole(Roles.APPROVER);
        return act(id, "rejection", form, app -> applications.reject(app,
                new StaffRequests.Rejection(text(form, "reason"), text(form, "note")),
                staff.as(approver ? Roles.APPROVER : Roles.REVIEWER), staff.hasRole(Roles.REVIEWER), approver));
    }

    @POST
    @Path("approval")
    @RolesAllowed(Roles.APPROVER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response approve(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return act(id, "approval", form, app -> applications.approve(app,
                new StaffRequests.ReviewNote(text(form, "note")), staff.as(Roles.APPROVER)));
    }

    @POST
    @Path("assignment")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response assign(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return act(id, "assignment", form, app -> applications.assign(app,
                new StaffRequests.Assignment(text(form, "assignee")), staff.actor()));
    }

    @POST
    @Path("ecosoc-match")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response confirmEcosocMatch(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return act(id, "ecosoc-match", form, app -> {
            String entry = text(form, "entryId");
            UUID entryId = entry == null ? null : QueuePage.parseUuid(entry);
            if (entry != null && entryId == null) {
                throw new InvalidFieldsException("The roster entry is not valid.",
                        List.of(new org.accredit.common.Problem.FieldError("entryId", "not a roster entry")));
            }
            return roster.confirm(app, new StaffRequests.EcosocMatchConfirmation(entryId, text(form, "note")), staff.actor());
        });
    }

    /** Runs one step; field errors re-render the page (400) with the form's values, else 303 back with a notice. */
    private Response act(String id, String action, MultivaluedMap<String, String> form,
            java.util.function.Function<UUID, Application> step) {
        UUID appId = uuid(id);
        Map<String, String> errors;
        try {
            step.apply(appId);
            return page.seeOther("/console/applications/" + appId + "?done=" + action);
        } catch (ConstraintViolationException e) {
            errors = FieldErrors.of(e);
        } catch (InvalidFieldsException e) {
            errors = FieldErrors.of(e);
        }
        Map<String, String> keyed = new LinkedHashMap<>();
        errors.forEach((field, message) -> keyed.put(action + "-" + (field.isEmpty() || field.equals("request")
                ? firstField(action) : field), message));
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, list) -> {
            if (!list.isEmpty() && list.get(0) != null && list.get(0).length() <= 2 * MAX_TEXT) {
                values.put(action + "-" + name, list.get(0));
            }
        });
        return page.html(400, render(applications.get(appId), null, keyed, values));
    }

    private static String firstField(String action) {
        return switch (action) {
            case "information-request" -> "question";
            case "rejection" -> "reason";
            case "assignment" -> "assignee";
            case "ecosoc-match" -> "entryId";
            default -> "note";
        };
    }

    private TemplateInstance render(Application app, String done, Map<String, String> errors, Map<String, String> values) {
        QueueMessages m = page.messages(QueueMessages.class);
        Viewer viewer = page.viewer();
        ApplicationStatus status = app.status();
        Set<ApplicationStatus> next = app.nextStatuses();
        boolean recommended = status == ApplicationStatus.RECOMMENDED;
        boolean fourEyes = recommended && config.fourEyes() && viewer.approver() && viewer.name().equals(app.recommendedBy());
        boolean canReview = viewer.reviewer() && status == ApplicationStatus.SUBMITTED && next.contains(ApplicationStatus.IN_REVIEW);
        boolean canAsk = viewer.reviewer() && next.contains(ApplicationStatus.INFORMATION_REQUESTED);
        boolean canRecommend = viewer.reviewer() && next.contains(ApplicationStatus.RECOMMENDED);
        boolean canReject = next.contains(ApplicationStatus.REJECTED)
                && (recommended ? viewer.approver() && !fourEyes : viewer.reviewer());
        boolean canApprove = recommended && viewer.approver() && !fourEyes && next.contains(ApplicationStatus.APPROVED);
        boolean open = !status.isDecided() && status != ApplicationStatus.WITHDRAWN;
        boolean canAssign = viewer.secretariat() && open;
        boolean showsEcosoc = app.path() == ParticipationPath.PARA_8 || app.ecosocCategoryClaimed() != null;
        boolean canConfirm = viewer.secretariat() && app.path() == ParticipationPath.PARA_8 && open && !recommended;

        EcosocEntry matched = showsEcosoc ? roster.match(app).orElse(null) : null;
        List<Candidate> candidates = new ArrayList<>();
        if (showsEcosoc && viewer.secretariat()) {
            for (var c : roster.candidates(app)) {
                candidates.add(new Candidate(c.entry().id(), c.entry().name(), c.entry().country(),
                        String.valueOf(c.entry().category()), String.valueOf(c.entry().status()),
                        String.format(page.language().locale(), "%.2f", c.score()),
                        app.ecosocEntryId() != null && app.ecosocEntryId().equals(c.entry().id())));
            }
        }
        List<Doc> docs = applications.attachments(app.id()).stream().map(a -> new Doc(
                "/console/applications/" + app.id() + "/attachments/" + a.id(),
                m.attachmentLink(a.kind().part(), a.pages()))).toList();
        List<Question> thread = applications.informationRequests(app.id()).stream().map(r -> new Question(
                m.askedBy(r.askedBy(), page.dateTime(r.askedAt(), QueuePage.NEW_YORK)), r.question(),
                r.isAnswered() ? m.answered(page.dateTime(r.answeredAt(), QueuePage.NEW_YORK)) : null, r.answer())).toList();
        List<Event> history = applications.history(app.id()).stream().map(e -> new Event(
                page.dateTime(e.occurredAt(), QueuePage.NEW_YORK), e.type(),
                e.actor() + (e.actorRole() == null ? "" : " (" + e.actorRole() + ")"),
                e.toStatus() == null ? (e.toPath() == null ? "" : e.fromPath() + " → " + e.toPath())
                        : (e.fromStatus() == null ? "" : QueueLabels.status(m, e.fromStatus()) + " → ")
                                + QueueLabels.status(m, e.toStatus()),
                e.publicReason() == null ? "" : e.publicReason(), e.internalNote() == null ? "" : e.internalNote())).toList();

        List<Field> askFields = List.of(field("information-request", "question", m.question(), true, true, errors, values),
                field("information-request", "note", m.note(), true, false, errors, values));
        List<Field> recommendFields = List.of(field("recommendation", "note", m.note(), true, false, errors, values));
        List<Field> rejectFields = List.of(field("rejection", "reason", m.reason(), true, true, errors, values),
                field("rejection", "note", m.note(), true, false, errors, values));
        List<Field> approveFields = List.of(field("approval", "note", m.note(), true, false, errors, values));
        Field assignee = field("assignment", "assignee", m.assignee(), false, true, errors, values);
        if (assignee.value() == null) {
            assignee = new Field("assignment", "assignee", m.assignee(), false, true,
                    app.assignedTo() != null ? app.assignedTo() : viewer.name(), assignee.error());
        }
        List<QueuePage.Error> errorList = new ArrayList<>();
        errors.forEach((key, message) -> errorList.add(new QueuePage.Error("f-" + key, message)));
        String notice = done == null ? null : switch (done) {
            case "review" -> m.noticeReview();
            case "information-request" -> m.noticeInformationRequest();
            case "recommendation" -> m.noticeRecommendation();
            case "rejection" -> m.noticeRejection();
            case "approval" -> m.noticeApproval();
            case "assignment" -> m.noticeAssignment();
            default -> m.noticeEcosocMatch();
        };
        return page.page(template, "/console/applications/" + app.id()).data("app", app)
                .data("statusLabel", QueueLabels.status(m, status)).data("pathLabel", QueueLabels.path(m, app.path()))
                .data("submitted", page.dateTime(app.submittedAt(), QueuePage.NEW_YORK))
                .data("recommendedAt", page.dateTime(app.recommendedAt(), QueuePage.NEW_YORK))
                .data("decidedAt", page.dateTime(app.decidedAt(), QueuePage.NEW_YORK))
                .data("notice", notice).data("errors", errorList)
                .data("showsEcosoc", showsEcosoc).data("matched", matched)
                .data("confirmedAt", page.dateTime(app.ecosocConfirmedAt(), QueuePage.NEW_YORK))
                .data("candidates", candidates).data("showCandidates", showsEcosoc && viewer.secretariat())
                .data("canConfirm", canConfirm).data("confirmError", errors.get("ecosoc-match-entryId"))
                .data("docs", docs).data("thread", thread).data("history", history)
                .data("canReview", canReview).data("canAsk", canAsk).data("canRecommend", canRecommend)
                .data("canReject", canReject).data("canApprove", canApprove).data("canAssign", canAssign)
                .data("fourEyes", fourEyes)
                .data("anyAction", canReview || canAsk || canRecommend || canReject || canApprove || canAssign)
                .data("askFields", askFields).data("recommendFields", recommendFields).data("rejectFields", rejectFields)
                .data("approveFields", approveFields).data("assignee", assignee);
    }

    private static Field field(String action, String name, String label, boolean textarea, boolean required,
            Map<String, String> errors, Map<String, String> values) {
        return new Field(action, name, label, textarea, required, values.get(action + "-" + name),
                errors.get(action + "-" + name));
    }

    private static String text(MultivaluedMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null || v.isBlank() ? null : v;
    }

    private static UUID uuid(String raw) {
        UUID id = QueuePage.parseUuid(raw);
        if (id == null) {
            throw new NotFoundException("Application");
        }
        return id;
    }
}
