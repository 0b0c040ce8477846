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
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.accredit.common.AccreditConfig;
import org.accredit.common.DomainException;
import org.accredit.common.FormField;
import org.accredit.common.InvalidFieldsException;
import org.accredit.common.Problem;
import org.accredit.console.AdminMessages;
import org.accredit.console.ConsolePage;
import org.accredit.ecosoc.EcosocImport;
import org.accredit.ecosoc.EcosocRosterService;
import org.accredit.ecosoc.ImportMode;
import org.accredit.ecosoc.ImportReport;
import org.accredit.security.CurrentStaff;
import org.accredit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The ECOSOC roster import: upload the CSV (dry run or for real, full or partial, forced or not), see
 * what it would do or did (EcosocRosterService, as EcosocResource's POST /api/v1/ecosoc/imports).
 */
@Path("/console/admin/roster")
@Produces(MediaType.TEXT_HTML)
public class AdminRosterPage {

    private final ConsolePage page;
    private final EcosocRosterService roster;
    private final CurrentStaff staff;
    private final ZoneId zone;
    private final Template form;
    private final Template result;
    private final Template importPage;

    public AdminRosterPage(ConsolePage page, EcosocRosterService roster, CurrentStaff staff, AccreditConfig config,
            @Location("console/admin/roster.html") Template form, @Location("console/admin/roster-result.html") Template result,
            @Location("console/admin/import.html") Template importPage) {
        this.page = page;
        this.roster = roster;
        this.staff = staff;
        this.zone = config.zone();
        this.form = form;
        this.result = result;
        this.importPage = importPage;
    }

    /** Longest CSV the dry run's page carries back in a hidden field (a form field holds at most 64 KB). */
    static final int MAX_HIDDEN = 60_000;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public Response form() {
        AdminForm f = AdminForm.of(page.messages(AdminMessages.class), "mode", "full", "dryRun", "true");
        return page.html(200, formPage(f, null));
    }

    /** The roster's CSV pasted into the text area (a form field holds at most 64 KB: about 700 NGOs). */
    @POST
    @Path("imports")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response importRoster(MultivaluedMap<String, String> body) {
        return run(body, null);
    }

    /**
     * The roster's CSV as a file (the whole iCSO list, about 600 KB, up to accredit.console.max-form-body), or pasted.
     * The console's body handler (console.ConsoleCsrf) has read the form and kept the file part in the uploads directory.
     */
    @POST
    @Path("imports")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response importRosterFile(@jakarta.ws.rs.core.Context io.vertx.ext.web.RoutingContext ctx) throws java.io.IOException {
        MultivaluedMap<String, String> body = new jakarta.ws.rs.core.MultivaluedHashMap<>();
        ctx.request().formAttributes().forEach(e -> body.add(e.getKey(), e.getValue()));
        byte[] file = null;
        for (io.vertx.ext.web.FileUpload upload : ctx.fileUploads()) {
            if ("file".equals(upload.name()) && upload.size() > 0) {
                file = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(upload.uploadedFileName()));
            }
        }
        return run(body, file);
    }

    private Response run(MultivaluedMap<String, String> body, byte[] file) {
        AdminMessages m = page.messages(AdminMessages.class);
        AdminForm f = new AdminForm(body, m);
        ImportMode importMode = f.choice("mode", ImportMode.class);
        String csv = file != null ? new String(file, StandardCharsets.UTF_8) : body == null ? null : body.getFirst("csv");
        if (csv == null || csv.isBlank()) {
            f.refused(new InvalidFieldsException(m.noFile(), List.of(new Problem.FieldError("csv", m.noFile()))));
        }
        if (!f.valid()) {
            return page.html(400, formPage(f, csv));
        }
        boolean dry = f.checked("dryRun");
        ImportReport report;
        try {
            report = roster.importRoster(csv.getBytes(StandardCharsets.UTF_8), importMode == null ? ImportMode.FULL : importMode,
                    null, staff.name(), dry, f.checked("force"));
        } catch (DomainException e) {
            f.refused(e);
            return page.html(f.status(), formPage(f, csv).data("refused", true));
        } catch (ConstraintViolationException e) {
            f.refused(e);
            return page.html(400, formPage(f, csv).data("refused", true));
        }
        if (!dry) {
            return page.seeOther("/console/admin/roster/imports/" + report.imported().id() + "?saved=1");
        }
        return page.html(200, page.page(result, "/console/admin/roster").data("report", report)
                .data("mode", importMode == null ? "full" : importMode.name().toLowerCase(Locale.ROOT))
                .data("force", f.checked("force")).data("csv", csv.length() <= MAX_HIDDEN ? csv : null));
    }

    @GET
    @Path("imports/{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN})
    @Operation(hidden = true)
    public Response getImport(@PathParam("id") String idText, @QueryParam("saved") String saved) {
        UUID id = AdminForm.id(idText);
        EcosocImport imported = roster.getImport(id);
        return page.html(200, page.page(importPage, "/console/admin/roster/imports/" + id).data("imp", imported)
                .data("importedAt", page.dateTime(imported.importedAt(), zone)).data("saved", saved != null));
    }

    private TemplateInstance formPage(AdminForm f, String csv) {
        AdminMessages m = page.messages(AdminMessages.class);
        FormField field = f.field("csv", m.csvFile(), m.rosterIntro(), "textarea", true);
        TemplateInstance t = page.page(form, "/console/admin/roster")
                .data("fFile", new FormField("file", m.csvFile(), m.rosterIntro(), "file", null, null, false, null, null))
                .data("fCsv", new FormField(field.name(), m.pasteCsv(), null, field.kind(),
                        csv != null && csv.length() <= MAX_HIDDEN ? csv : null, field.error(), false, null, null))
                .data("mode", f.text("mode") == null ? "full" : f.text("mode").toLowerCase(java.util.Locale.ROOT))
                .data("modeError", f.field("mode", m.mode(), "radio", true).error())
                .data("dryRun", f.checked("dryRun")).data("force", f.checked("force")).data("refused", false);
        return f.summary(t);
    }
}
