package org.accredit.console.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.accredit.application.Application;
import org.accredit.application.ApplicationService;
import org.accredit.application.ApplicationStatus;
import org.accredit.application.ParticipationPath;
import org.accredit.application.QueueFilter;
import org.accredit.application.QueueSort;
import org.accredit.application.StaffRequests;
import org.accredit.application.StatusCount;
import org.accredit.call.CallService;
import org.accredit.common.DomainException;
import org.accredit.common.FieldErrors;
import org.accredit.common.FormField;
import org.accredit.common.InvalidFieldsException;
import org.accredit.common.Problem;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.console.ConsolePage;
import org.accredit.console.QueueLabels;
import org.accredit.console.QueueMessages;
import org.accredit.console.Viewer;
import org.accredit.organization.Countries;
import org.accredit.security.CurrentStaff;
import org.accredit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The secretariat's queue of applications (GET /api/v1/applications) with its filters, counts per
 * status and cursor paging, and the bulk form: one workflow step (review, recommendation, rejection)
 * on many applications, each in its own transaction (the service's), with a result per application.
 */
@Path("/console/applications")
@Produces(MediaType.TEXT_HTML)
public class QueuePage {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final int MAX_BULK = 100;
    static final int MAX_TEXT = 4000;
    static final Set<String> BULK_ACTIONS = Set.of("review", "recommendation", "rejection");

    /** A row of the queue. */
    public record Row(UUID id, String reference, String organization, String path, String status, String statusName,
            String country, String submitted, String assignedTo) {
    }

    /** A count of the summary: the status, its label, how many ("1000+" past the cap), and the link that filters on it. */
    public record Count(String status, String label, String count, String href) {
    }

    /** One application of a bulk action and what became of it. */
    public record Outcome(UUID id, String label, boolean done, String reason) {
    }

    /** A field error of the error summary: the control's id and the message. */
    public record Error(String id, String message) {
    }

    private final ConsolePage page;
    private final ApplicationService applications;
    private final CallService calls;
    private final CurrentStaff staff;
    private final Template queue;
    private final Template bulkResult;

    public QueuePage(ConsolePage page, ApplicationService applications, CallService calls, CurrentStaff staff,
            @Location("console/queue.html") Template queue, @Location("console/queue-bulk.html") Template bulkResult) {
        this.page = page;
        this.applications = applications;
        this.calls = calls;
        this.staff = staff;
        this.queue = queue;
        this.bulkResult = bulkResult;
    }

    /** The filters as typed (kept in the form and in the paging links). */
    record Filters(String status, String path, String call, String q, String country, boolean mine, String sort) {

        String query() {
            StringBuilder b = new StringBuilder();
            add(b, "status", status);
            add(b, "path", path);
            add(b, "call", call);
            add(b, "q", q);
            add(b, "country", country);
            add(b, "mine", mine ? "1" : null);
            add(b, "sort", sort);
            return b.toString();
        }

        Filters withStatus(String s) {
            return new Filters(s, path, call, q, country, mine, sort);
        }

        private static void add(StringBuilder b, String name, String value) {
            if (value != null && !value.isBlank()) {
                b.append(b.isEmpty() ? "" : "&").append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN})
    @Operation(hidden = true)
    public Response queue(@QueryParam("status") String status, @QueryParam("path") String path,
            @QueryParam("call") String call, @QueryParam("q") String q, @QueryParam("country") String country,
            @QueryParam("mine") String mine, @QueryParam("sort") String sort, @QueryParam("cursor") String cursor) {
        Filters typed = new Filters(blankToNull(status), blankToNull(path), blankToNull(call), blankToNull(q),
                blankToNull(country), mine != null && !mine.isBlank(), blankToNull(sort));
        return page.html(200, render(typed, cursor, Map.of(), null, null));
    }

    @POST
    @Path("bulk")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response bulk(MultivaluedMap<String, String> form) {
        QueueMessages m = page.messages(QueueMessages.class);
        String action = blankToNull(form.getFirst("action"));
        String reason = blankToNull(form.getFirst("reason"));
        List<String> ids = form.get("id") == null ? List.of() : form.get("id");
        Map<String, String> errors = new LinkedHashMap<>();
        if (action == null || !BULK_ACTIONS.contains(action)) {
            errors.put("action", m.bulkUnknownAction());
        }
        if (ids.isEmpty()) {
            errors.put("id", m.bulkNoneSelected());
        } else if (ids.size() > MAX_BULK) {
            errors.put("id", m.bulkTooMany(MAX_BULK));
        }
        if ("rejection".equals(action) && reason == null) {
            errors.put("reason", m.reasonRequired());
        } else if (reason != null && reason.length() > MAX_TEXT) {
            errors.put("reason", m.reasonTooLong(MAX_TEXT));
        }
        if (!errors.isEmpty()) {
            return page.html(400, render(new Filters(null, null, null, null, null, false, null), null, errors, action,
                    form.getFirst("reason")));
        }
        Viewer viewer = page.viewer();
        if (!"rejection".equals(action) && !viewer.reviewer()) {
            throw new ForbiddenException(); // review and recommendation are a reviewer's steps (as in the API)
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (String raw : new LinkedHashSet<>(ids)) {
            UUID id = parseUuid(raw);
            if (id == null) {
                outcomes.add(new Outcome(null, raw.length() > 40 ? raw.substring(0, 40) : raw, false,
                        page.messages().notFound()));
                continue;
            }
            try {
                Application a = switch (action) {
                    case "review" -> applications.startReview(id, staff.as(Roles.REVIEWER));
                    case "recommendation" -> applications.recommend(id, new StaffRequests.ReviewNote(null),
                            staff.as(Roles.REVIEWER));
                    default -> applications.reject(id, new StaffRequests.Rejection(reason, null),
                            staff.as(viewer.approver() ? Roles.APPROVER : Roles.REVIEWER), viewer.reviewer(),
                            viewer.approver());
                };
                outcomes.add(new Outcome(id, label(a), true, null));
            } catch (DomainException | ConstraintViolationException e) {
                outcomes.add(new Outcome(id, labelOf(id), false, refusal(e)));
            }
        }
        return page.html(200, page.page(bulkResult, "/console/applications").data("outcomes", outcomes)
                .data("action", actionLabel(m, action)));
    }

    private String refusal(RuntimeException e) {
        if (e instanceof org.accredit.common.NotFoundException) {
            return page.messages().notFound();
        }
        if (e instanceof ConstraintViolationException cve) {
            return String.join("; ", FieldErrors.of(cve).values());
        }
        return e.getMessage();
    }

    private String labelOf(UUID id) {
        try {
            return label(applications.get(id));
        } catch (org.accredit.common.NotFoundException e) {
            return id.toString();
        }
    }

    private static String label(Application a) {
        return a.reference() + " — " + a.orgName();
    }

    static String actionLabel(QueueMessages m, String action) {
        if (action == null) {
            return "";
        }
        return switch (action) {
            case "review" -> m.actionReview();
            case "recommendation" -> m.actionRecommend();
            case "rejection" -> m.actionReject();
            default -> action;
        };
    }

    private TemplateInstance render(Filters typed, String cursor, Map<String, String> errors, String bulkAction,
            String bulkReason) {
        QueueMessages m = page.messages(QueueMessages.class);
        ApplicationStatus status = parse(ApplicationStatus.class, typed.status(), "status");
        ParticipationPath path = parse(ParticipationPath.class, typed.path(), "path");
        QueueSort sort = parse(QueueSort.class, typed.sort(), "sort");
        UUID callId = null;
        if (typed.call() != null) {
            callId = parseUuid(typed.call());
            if (callId == null) {
                throw invalid("call", "not a call for applications");
            }
        }
        if (typed.q() != null && typed.q().length() > 200) {
            throw invalid("q", "at most 200 characters");
        }
        String country = typed.country() == null ? null : typed.country().toUpperCase(Locale.ROOT);
        if (country != null && !Countries.isIsoAlpha2(country)) {
            throw invalid("country", "an ISO 3166-1 alpha-2 code, e.g. FR");
        }
        if (cursor != null && cursor.length() > org.accredit.common.paging.Cursors.MAX_LENGTH) {
            throw invalid("cursor", "not a cursor this list gave out; start again without it");
        }
        Viewer viewer = page.viewer();
        QueueFilter filter = new QueueFilter(status, path, callId, typed.q(), country, typed.mine() ? viewer.name() : null,
                sort);
        Page<Application> found = applications.queue(filter, new PageRequest(cursor, page.pageSize()));
        List<Row> rows = found.items().stream().map(a -> new Row(a.id(), a.reference(), a.orgName(),
                QueueLabels.path(m, a.path()), QueueLabels.status(m, a.status()), a.status().name(), a.country(),
                page.dateTime(a.submittedAt(), NEW_YORK), a.assignedTo() == null ? "" : a.assignedTo())).toList();
        List<Count> counts = new ArrayList<>();
        long sum = 0;
        boolean more = false;
        for (StatusCount c : applications.queueCounts(filter)) {
            sum += c.count();
            more |= c.more();
            String query = typed.withStatus(c.status().name()).query();
            counts.add(new Count(c.status().name(), QueueLabels.status(m, c.status()), c.count() + (c.more() ? "+" : ""),
                    "/console/applications?" + query));
        }
        String total = sum + (more ? "+" : "");
        String query = typed.query();
        String base = "/console/applications" + (query.isEmpty() ? "" : "?" + query);
        String next = found.nextCursor() == null ? null
                : base + (query.isEmpty() ? "?" : "&") + "cursor=" + URLEncoder.encode(found.nextCursor(), StandardCharsets.UTF_8);
        List<FormField.Option> callOptions = new ArrayList<>();
        callOptions.add(new FormField.Option("", m.any(), callId == null));
        for (var c : calls.list(PageRequest.first(100)).items()) {
            callOptions.add(new FormField.Option(c.id().toString(), c.title(), c.id().equals(callId)));
        }
        List<FormField.Option> sortOptions = List.of(
                new FormField.Option("OLDEST", m.sortOldest(), sort == null || sort == QueueSort.OLDEST),
                new FormField.Option("NEWEST", m.sortNewest(), sort == QueueSort.NEWEST),
                new FormField.Option("NAME", m.sortName(), sort == QueueSort.NAME));
        List<FormField.Option> actionOptions = new ArrayList<>();
        actionOptions.add(new FormField.Option("", m.bulkUnknownAction(), bulkAction == null));
        if (viewer.reviewer()) {
            actionOptions.add(new FormField.Option("review", m.actionReview(), "review".equals(bulkAction)));
            actionOptions.add(new FormField.Option("recommendation", m.actionRecommend(), "recommendation".equals(bulkAction)));
        }
        actionOptions.add(new FormField.Option("rejection", m.actionReject(), "rejection".equals(bulkAction)));
        List<FormField> filters = List.of(
                new FormField("status", m.filterStatus(), null, "select", null, null, false, null,
                        QueueLabels.statusOptions(m, status)),
                new FormField("path", m.filterPath(), null, "select", null, null, false, null, QueueLabels.pathOptions(m, path)),
                new FormField("call", m.filterCall(), null, "select", null, null, false, null, callOptions),
                new FormField("q", m.filterText(), null, "search", typed.q(), null, false, "off", List.of()),
                new FormField("country", m.filterCountry(), m.filterCountryHint(), "text", country, null, false, "off", List.of()),
                new FormField("sort", m.filterSort(), null, "select", null, null, false, null, sortOptions));
        List<FormField> bulkFields = List.of(
                new FormField("action", m.bulkAction(), null, "select", null, errors.get("action"), true, null, actionOptions),
                new FormField("reason", m.bulkReason(), null, "textarea", bulkReason, errors.get("reason"), false, null, List.of()));
        List<Error> errorList = new ArrayList<>();
        errors.forEach((field, message) -> errorList.add(new Error("id".equals(field) ? "queue-table" : "f-" + field, message)));
        return page.page(queue, "/console/applications").data("rows", rows).data("counts", counts).data("total", total)
                .data("filters", filters).data("mine", typed.mine()).data("bulkFields", bulkFields)
                .data("errors", errorList).data("idError", errors.get("id"))
                .data("next", next).data("first", cursor == null ? null : base)
                .data("canBulk", viewer.secretariat());
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(field, "not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    static InvalidFieldsException invalid(String field, String message) {
        return new InvalidFieldsException("The filter " + field + " is not valid: " + message + ".",
                List.of(new Problem.FieldError(field, message)));
    }

    static UUID parseUuid(String raw) {
        if (raw == null || raw.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
