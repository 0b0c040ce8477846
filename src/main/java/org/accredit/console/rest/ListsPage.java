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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.accredit.application.Application;
import org.accredit.application.ApplicationStatus;
import org.accredit.call.CallForApplications;
import org.accredit.call.CallService;
import org.accredit.common.FieldErrors;
import org.accredit.common.FormField;
import org.accredit.common.NotFoundException;
import org.accredit.common.RuleViolationException;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.console.ConsolePage;
import org.accredit.console.ListsMessages;
import org.accredit.objection.ListDetails;
import org.accredit.objection.ListRequests;
import org.accredit.objection.ListStatus;
import org.accredit.objection.MemberStateListDetails;
import org.accredit.objection.NonObjectionList;
import org.accredit.objection.NonObjectionListService;
import org.accredit.objection.Objection;
import org.accredit.objection.ObjectionConfig;
import org.accredit.objection.ObjectionService;
import org.accredit.security.CurrentStaff;
import org.accredit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The secretariat's non-objection lists (para 9): the lists, one list with its applications,
 * candidates, circulation, progress, objections and the Committee's decision. Each page or post
 * calls the service method the API's {@code NonObjectionListResource} calls, with the same roles.
 */
@Path("/console/lists")
@Produces(MediaType.TEXT_HTML)
public class ListsPage {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Set<String> NOTICES = Set.of("created", "added", "removed", "circulated", "proposed", "closed", "decided",
            "decision-proposed");

    /** A list in the table of lists. */
    public record Row(String id, String title, String status, long applications, String deadlineNy, String created) {
    }

    /** An application on a list. */
    public record Entry(String id, String reference, String name, String type, String country, String status,
            long standingObjections, boolean objected) {
    }

    /** A Member State and its answer (only for roles allowed to see States' identity). */
    public record Answer(String state, String answer, String kind) {
    }

    /** An objection as staff see it (the State only for roles the policy allows). */
    public record ObjectionRow(String application, String state, String basis, String lodged, boolean withdrawn) {
    }

    /** An application approved despite an objection, as entered in the decision form. */
    public record Despite(String id, String name, boolean checked, String reason, String error) {

        Despite withError(String error) {
            return new Despite(id, name, checked, reason, error);
        }
    }

    private final ConsolePage page;
    private final NonObjectionListService lists;
    private final ObjectionService objections;
    private final CallService calls;
    private final CurrentStaff staff;
    private final ObjectionConfig config;
    private final Template index;
    private final Template detail;
    private final Template preview;
    private final Template circulation;
    private final Template decision;

    public ListsPage(ConsolePage page, NonObjectionListService lists, ObjectionService objections, CallService calls,
            CurrentStaff staff, ObjectionConfig config, @Location("console/lists/index.html") Template index,
            @Location("console/lists/detail.html") Template detail, @Location("console/lists/preview.html") Template preview,
            @Location("console/lists/circulation.html") Template circulation,
            @Location("console/lists/decision.html") Template decision) {
        this.page = page;
        this.lists = lists;
        this.objections = objections;
        this.calls = calls;
        this.staff = staff;
        this.config = config;
        this.index = index;
        this.detail = detail;
        this.preview = preview;
        this.circulation = circulation;
        this.decision = decision;
    }

    // ---- the lists ---------------------------------------------------------------------------

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN})
    @Operation(hidden = true)
    public Response lists(@QueryParam("cursor") String cursor, @QueryParam("notice") String notice) {
        return page.html(200, index(cursor, notice, null, null, Map.of()));
    }

    @POST
    @RolesAllowed(Roles.APPROVER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response create(MultivaluedMap<String, String> form) {
        String callId = limit(form.getFirst("callId"), 100);
        String title = limit(form.getFirst("title"), 1000);
        ListsMessages m = m();
        UUID call = uuid(callId);
        if (call == null) {
            return page.html(400, index(null, null, callId, title, Map.of("callId", m.invalidCall())));
        }
        try {
            NonObjectionList list = lists.create(new ListRequests.CreateList(call, title), staff.as(Roles.APPROVER));
            return page.seeOther("/console/lists/" + list.id() + "?notice=created");
        } catch (ConstraintViolationException e) {
            return page.html(400, index(null, null, callId, title, FieldErrors.of(e)));
        }
    }

    private TemplateInstance index(String cursor, String notice, String callId, String title, Map<String, String> errors) {
        ListsMessages m = m();
        Page<NonObjectionList> found = lists.page(null, null, new PageRequest(limit(cursor, 1000), page.pageSize()));
        Map<UUID, Long> counts = lists.applicationCounts(found.items().stream().map(NonObjectionList::id).toList());
        List<Row> rows = found.items().stream().map(l -> new Row(l.id().toString(), l.title(), status(l.status()),
                counts.getOrDefault(l.id(), 0L), page.dateTime(l.deadline(), NEW_YORK), page.dateTime(l.createdAt(), NEW_YORK)))
                .toList();
        List<FormField.Option> options = new ArrayList<>();
        if (page.viewer().approver()) {
            for (CallForApplications c : calls.list(PageRequest.first(100)).items()) {
                options.add(new FormField.Option(c.id().toString(), c.title(), c.id().toString().equals(callId)));
            }
        }
        List<FormField> fields = List.of(
                new FormField("callId", m.call(), null, "select", callId, errors.get("callId"), true, null, options),
                new FormField("title", m.listTitle(), null, "text", title, errors.get("title"), true, "off", List.of()));
        return page.page(index, "/console/lists").data("rows", rows).data("fields", fields).data("errors", errorLinks(errors))
                .data("notice", notice(notice)).data("approver", page.viewer().approver())
                .data("next", found.nextCursor() == null ? null : "/console/lists?cursor=" + enc(found.nextCursor()))
                .data("first", cursor == null ? null : "/console/lists");
    }

    // ---- one list ----------------------------------------------------------------------------

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN})
    @Operation(hidden = true)
    public Response list(@PathParam("id") String id, @QueryParam("notice") String notice,
            @QueryParam("cursor") String cursor) {
        return page.html(200, detail(listId(id), notice, Map.of(), Map.of(), null, limit(cursor, 1000)));
    }

    @POST
    @Path("{id}/applications")
    @RolesAllowed(Roles.APPROVER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response add(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        UUID listId = listId(id);
        List<String> chosen = form.get("applicationId") == null ? List.of() : form.get("applicationId");
        if (chosen.isEmpty() || chosen.size() > NonObjectionListService.CANDIDATES_MAX) {
            return page.html(400, detail(listId, null, Map.of("applicationId", m().selectOne()), Map.of()));
        }
        for (String applicationId : chosen) {
            UUID app = uuid(applicationId);
            if (app == null) {
                throw new NotFoundException("Application");
            }
            lists.addApplication(listId, new ListRequests.AddApplication(app), staff.as(Roles.APPROVER));
        }
        return page.seeOther("/console/lists/" + listId + "?notice=added");
    }

    @POST
    @Path("{id}/applications/{applicationId}/removal")
    @RolesAllowed(Roles.APPROVER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response remove(@PathParam("id") String id, @PathParam("applicationId") String applicationId) {
        UUID listId = listId(id);
        UUID app = uuid(applicationId);
        if (app == null) {
            throw new NotFoundException("Application on this list");
        }
        lists.removeApplication(listId, app, staff.as(Roles.APPROVER));
        return page.seeOther("/console/lists/" + listId + "?notice=removed");
    }

    @GET
    @Path("{id}/preview")
    @RolesAllowed(Roles.APPROVER)
    @Operation(hidden = true)
    public Response preview(@PathParam("id") String id, @QueryParam("cursor") String cursor) {
        UUID listId = listId(id);
        cursor = limit(cursor, 1000);
        MemberStateListDetails d = objections.preview(listId, new PageRequest(cursor, page.pageSize()));
        String here = "/console/lists/" + listId + "/preview";
        return page.html(200, page.page(preview, here).data("list", d.list())
                .data("listId", listId.toString()).data("organizations", d.organizations().applications())
                .data("total", d.organizations().total())
                .data("next", d.organizations().nextCursor() == null ? null
                        : here + "?cursor=" + enc(d.organizations().nextCursor()))
                .data("first", cursor == null ? null : here)
                .data("deadlineNy", page.dateTime(d.list().deadline(), NEW_YORK)));
    }

    /** The check before circulating: what deadline applies and who receives the list; nothing changes yet. */
    @GET
    @Path("{id}/circulation")
    @RolesAllowed(Roles.APPROVER)
    @Operation(hidden = true)
    public Response reviewCirculation(@PathParam("id") String id, @QueryParam("deadline") String deadline,
            @QueryParam("reason") String reason) {
        UUID listId = listId(id);
        deadline = blankToNull(limit(deadline, 40));
        reason = blankToNull(limit(reason, 4000));
        if (deadline != null && deadline(deadline) == null) {
            return page.html(400, detail(listId, null, Map.of("deadline", m().invalidDeadline()),
                    values("deadline", deadline, "reason", reason)));
        }
        ListDetails d = lists.details(listId);
        if (d.list().status() != ListStatus.DRAFT) {
            throw new org.accredit.common.IllegalTransitionException(d.list().status(), "circulate the list");
        }
        return page.html(200, page.page(circulation, "/console/lists/" + listId + "/circulation").data("list", d.list())
                .data("listId", listId.toString()).data("applications", Math.toIntExact(d.entries().total()))
                .data("states", d.memberStatesWithFocalPoint()).data("deadline", deadline).data("reason", reason)
                .data("deadlineNy", deadline == null ? null : page.dateTime(deadline(deadline).toInstant(), NEW_YORK))
                .data("days", config.windowWorkingDays()).data("time", config.closingTime().toString()));
    }

    @POST
    @Path("{id}/circulation")
    @RolesAllowed(Roles.APPROVER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response circulate(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        UUID listId = listId(id);
        String deadline = blankToNull(limit(form.getFirst("deadline"), 40));
        String reason = blankToNull(limit(form.getFirst("reason"), 4000));
        OffsetDateTime at = deadline == null ? null : deadline(deadline);
        if (deadline != null && at == null) {
            return page.html(400, detail(listId, null, Map.of("deadline", m().invalidDeadline()),
                    values("deadline", deadline, "reason", reason)));
        }
        try {
            ListDetails d = lists.circulate(listId, new ListRequests.Circulation(at, reason), staff.as(Roles.APPROVER));
            return page.seeOther("/console/lists/" + listId + "?notice="
                    + (d.list().status() == ListStatus.DRAFT ? "proposed" : "circulated"));
        } catch (ConstraintViolationException e) {
            return page.html(400, detail(listId, null, FieldErrors.of(e), values("deadline", deadline, "reason", reason)));
        }
    }

    /** A second approver confirms the short deadline another proposed. */
    @POST
    @Path("{id}/circulation/confirmation")
    @RolesAllowed(Roles.APPROVER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response confirmCirculation(@PathParam("id") String id) {
        UUID listId = listId(id);
        lists.confirmCirculation(listId, staff.as(Roles.APPROVER));
        return page.seeOther("/console/lists/" + listId + "?notice=circulated");
    }

    @POST
    @Path("{id}/early-closure")
    @RolesAllowed(Roles.APPROVER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response closeEarly(@PathParam("id") String id) {
        UUID listId = listId(id);
        lists.closeEarly(listId, staff.as(Roles.APPROVER));
        return page.seeOther("/console/lists/" + listId + "?notice=closed");
    }

    /** The check before recording the Committee's decision: what was entered; nothing changes yet. */
    @POST
    @Path("{id}/decision/review")
    @RolesAllowed(Roles.APPROVER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response reviewDecision(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        UUID listId = listId(id);
        NonObjectionList list = lists.get(listId);
        Map<String, String> values = decisionValues(form);
        Map<String, String> errors = new LinkedHashMap<>();
        if (values.get("documentReference") == null) {
            errors.put("documentReference", m().required());
        }
        if (date(values.get("decidedOn")) == null) {
            errors.put("decidedOn", m().invalidDate());
        }
        List<Despite> despite = despite(listId, form);
        for (int i = 0; i < despite.size(); i++) {
            if (despite.get(i).checked() && despite.get(i).reason().isBlank()) {
                errors.put("reason-" + despite.get(i).id(), m().required());
            }
        }
        if (!errors.isEmpty()) {
            return page.html(400, detail(listId, null, errors, values, despite));
        }
        return page.html(200, page.page(decision, "/console/lists/" + listId + "/decision/review").data("list", list)
                .data("listId", listId.toString()).data("reference", values.get("documentReference"))
                .data("decidedOn", values.get("decidedOn"))
                .data("despite", despite.stream().filter(Despite::checked).toList()));
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed(Roles.APPROVER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response decide(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        UUID listId = listId(id);
        Map<String, String> values = decisionValues(form);
        LocalDate decidedOn = date(values.get("decidedOn"));
        List<Despite> despite = despite(listId, form);
        if (decidedOn == null) {
            return page.html(400, detail(listId, null, Map.of("decidedOn", m().invalidDate()), values, despite));
        }
        List<ListRequests.ApprovedDespiteObjection> approved = despite.stream().filter(Despite::checked)
                .map(x -> new ListRequests.ApprovedDespiteObjection(UUID.fromString(x.id()), x.reason())).toList();
        try {
            ListDetails after = lists.decide(listId, new ListRequests.Decision(values.get("documentReference"), decidedOn,
                    approved), staff.as(Roles.APPROVER));
            return page.seeOther("/console/lists/" + listId + "?notice="
                    + (after.list().status() == ListStatus.DECIDED ? "decided" : "decision-proposed"));
        } catch (ConstraintViolationException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            FieldErrors.of(e).forEach((field, message) -> errors.put(decisionField(field, approved), message));
            return page.html(400, detail(listId, null, errors, values, despite));
        }
    }

    /** A second approver confirms the decision another proposed (approving despite an objection). */
    @POST
    @Path("{id}/decision/confirmation")
    @RolesAllowed(Roles.APPROVER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response confirmDecision(@PathParam("id") String id) {
        UUID listId = listId(id);
        lists.confirmDecision(listId, staff.as(Roles.APPROVER));
        return page.seeOther("/console/lists/" + listId + "?notice=decided");
    }

    // ---- the list page -----------------------------------------------------------------------

    private TemplateInstance detail(UUID listId, String notice, Map<String, String> errors, Map<String, String> values) {
        return detail(listId, notice, errors, values, null);
    }

    private TemplateInstance detail(UUID listId, String notice, Map<String, String> errors, Map<String, String> values,
            List<Despite> despiteEntered) {
        return detail(listId, notice, errors, values, despiteEntered, null);
    }

    /** The list page, with the page of entries after {@code cursor} (null: the first). */
    private TemplateInstance detail(UUID listId, String notice, Map<String, String> errors, Map<String, String> values,
            List<Despite> despiteEntered, String cursor) {
        ListsMessages m = m();
        ListDetails d = lists.details(listId, new PageRequest(cursor, page.pageSize()));
        NonObjectionList l = d.list();
        boolean approver = page.viewer().approver();
        List<Entry> entries = d.entries().applications().stream().map(a -> new Entry(a.id().toString(), a.reference(),
                a.orgName(), a.orgType().name(), a.country(), a.status().name(),
                d.entries().standingObjections().getOrDefault(a.id(), 0L), a.status() == ApplicationStatus.OBJECTED))
                .toList();
        String here = "/console/lists/" + listId;
        List<Entry> candidates = approver && l.status() == ListStatus.DRAFT ? lists.candidates(listId).stream()
                .map(a -> new Entry(a.id().toString(), a.reference(), a.orgName(), a.orgType().name(), a.country(),
                        a.status().name(), 0, false)).toList() : List.of();
        boolean showStates = config.stateIdentityVisibleTo().stream().anyMatch(staff::hasRole);
        List<Answer> answers = !showStates || l.status() == ListStatus.DRAFT ? List.of()
                : lists.answersByState(listId).entrySet().stream().map(e -> new Answer(e.getKey(), switch (e.getValue()) {
                    case OBJECTION -> m.answerObjection();
                    case NO_OBJECTION -> m.answerNoObjection();
                    case NONE -> m.answerNone();
                }, e.getValue().name().toLowerCase().replace('_', '-'))).toList();
        List<ObjectionRow> objectionRows = new ArrayList<>();
        if (l.status() != ListStatus.DRAFT) {
            List<Objection> shown = objections.objections(listId, PageRequest.first(100)).items();
            Map<UUID, String> names = objections.organizationNames(shown.stream().map(Objection::applicationId).toList());
            for (Objection o : shown) {
                objectionRows.add(new ObjectionRow(names.getOrDefault(o.applicationId(), o.applicationId().toString()),
                        showStates ? o.stateCode() : null, o.basis(), page.dateTime(o.lodgedAt(), NEW_YORK),
                        o.withdrawnAt() != null));
            }
        }
        List<Despite> despite = despiteEntered != null ? despiteEntered : l.status() != ListStatus.CLOSED ? List.of()
                : lists.objectedApplications(listId).stream()
                        .map(a -> new Despite(a.id().toString(), a.orgName(), false, "", null)).toList();
        despite = despite.stream().map(x -> x.withError(errors.get("reason-" + x.id()))).toList();
        List<FormField> circulationFields = List.of(
                new FormField("deadline", m.deadline(), m.deadlineHint(config.windowWorkingDays(),
                        config.closingTime().toString()), "datetime-local", values.get("deadline"), errors.get("deadline"),
                        false, "off", List.of()),
                new FormField("reason", m.reason(), null, "textarea", values.get("reason"), errors.get("reason"), false, null,
                        List.of()));
        List<FormField> decisionFields = List.of(
                new FormField("documentReference", m.documentReference(), null, "text", values.get("documentReference"),
                        errors.get("documentReference"), true, "off", List.of()),
                new FormField("decidedOn", m.decidedOn(), null, "date", values.get("decidedOn"), errors.get("decidedOn"),
                        true, "off", List.of()));
        String pendingShort = l.hasPendingShortDeadline() ? m.pendingShortDeadline(page.dateTime(l.proposedDeadline(),
                NEW_YORK), l.deadlineProposedBy(), l.shortDeadlineReason() == null ? "" : l.shortDeadlineReason()) : null;
        String pendingDecision = l.hasPendingDecision() ? m.pendingDecision(l.proposedDecisionReference(),
                String.valueOf(l.proposedDecidedOn()), l.decisionProposedBy()) : null;
        return page.page(detail, here).data("list", l).data("listId", listId.toString())
                .data("status", status(l.status())).data("draft", l.status() == ListStatus.DRAFT)
                .data("circulated", l.status() == ListStatus.CIRCULATED).data("closed", l.status() == ListStatus.CLOSED)
                .data("decided", l.status() == ListStatus.DECIDED).data("approver", approver)
                .data("decidedText", l.status() == ListStatus.DECIDED ? m.decided(l.decisionReference(),
                        String.valueOf(l.decidedOn())) : null)
                .data("deadlineNy", page.dateTime(l.deadline(), NEW_YORK))
                .data("circulatedAt", page.dateTime(l.circulatedAt(), NEW_YORK))
                .data("entries", entries).data("entryCount", d.entries().total())
                .data("next", d.entries().nextCursor() == null ? null : here + "?cursor=" + enc(d.entries().nextCursor()))
                .data("first", cursor == null ? null : here).data("candidates", candidates).data("showStates", showStates)
                .data("answers", answers).data("answered", d.memberStatesAnswered())
                .data("withFocalPoint", d.memberStatesWithFocalPoint()).data("objections", objectionRows)
                .data("despite", despite).data("circulationFields", circulationFields).data("decisionFields", decisionFields)
                .data("pendingShort", pendingShort).data("pendingDecision", pendingDecision)
                .data("canConfirmShort", l.hasPendingShortDeadline() && !page.viewer().name().equals(l.deadlineProposedBy()))
                .data("canConfirmDecision", l.hasPendingDecision() && !page.viewer().name().equals(l.decisionProposedBy()))
                .data("errors", errorLinks(errors)).data("candidateError", errors.get("applicationId"))
                .data("notice", notice(notice));
    }

    // ---- helpers -----------------------------------------------------------------------------

    private ListsMessages m() {
        return page.messages(ListsMessages.class);
    }

    String status(ListStatus status) {
        ListsMessages m = m();
        return switch (status) {
            case DRAFT -> m.statusDraft();
            case CIRCULATED -> m.statusCirculated();
            case CLOSED -> m.statusClosed();
            case DECIDED -> m.statusDecided();
        };
    }

    private String notice(String key) {
        if (key == null || !NOTICES.contains(key)) {
            return null;
        }
        ListsMessages m = m();
        return switch (key) {
            case "created" -> m.noticeCreated();
            case "added" -> m.noticeAdded();
            case "removed" -> m.noticeRemoved();
            case "circulated" -> m.noticeCirculated();
            case "proposed" -> m.noticeProposed();
            case "closed" -> m.noticeClosed();
            case "decided" -> m.noticeDecided();
            default -> m.noticeDecisionProposed();
        };
    }

    /** The error summary's entries: the field's id and its message. */
    static List<FormField.Option> errorLinks(Map<String, String> errors) {
        return errors.entrySet().stream().map(e -> new FormField.Option("f-" + e.getKey().replace('.', '-')
                .replace('[', '-').replace("]", ""), e.getValue(), false)).toList();
    }

    private Map<String, String> decisionValues(MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("documentReference", blankToNull(limit(form.getFirst("documentReference"), 1000)));
        values.put("decidedOn", blankToNull(limit(form.getFirst("decidedOn"), 40)));
        return values;
    }

    /**
     * The objected applications of the list (only those are read, not the whole list), with what the
     * form says about approving each despite its objection.
     */
    private List<Despite> despite(UUID listId, MultivaluedMap<String, String> form) {
        List<String> checked = form.get("despite") == null ? List.of() : form.get("despite");
        List<Despite> despite = new ArrayList<>();
        for (Application a : lists.objectedApplications(listId)) {
            String reason = form.getFirst("reason-" + a.id());
            despite.add(new Despite(a.id().toString(), a.orgName(), checked.contains(a.id().toString()),
                    reason == null ? "" : limit(reason, 8000), null));
        }
        return despite;
    }

    /** A field error of the decision request, named after the form's field (approvedDespiteObjection[i].reason -> reason-id). */
    private static String decisionField(String field, List<ListRequests.ApprovedDespiteObjection> approved) {
        java.util.regex.Matcher x = java.util.regex.Pattern.compile("approvedDespiteObjection\\[(\\d+)]\\.reason").matcher(field);
        if (x.matches() && Integer.parseInt(x.group(1)) < approved.size()) {
            return "reason-" + approved.get(Integer.parseInt(x.group(1))).applicationId();
        }
        return field;
    }

    static Map<String, String> values(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }

    /** A New York date and time from the form ({@code 2026-12-01T18:00}), or null when it is not one. */
    static OffsetDateTime deadline(String value) {
        try {
            return LocalDateTime.parse(value).atZone(NEW_YORK).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static UUID listId(String id) {
        UUID uuid = uuid(id);
        if (uuid == null) {
            throw new NotFoundException("Non-objection list");
        }
        return uuid;
    }

    static UUID uuid(String value) {
        if (value == null || value.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String limit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static RuleViolationException badRequest(String detail) {
        return new RuleViolationException(400, "Bad request", detail);
    }
}
