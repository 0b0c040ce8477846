package org.accredit.ecosoc.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.accredit.common.Problem;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.organization.IsoCountry;
import org.accredit.common.validation.SingleLine;
import org.accredit.ecosoc.EcosocImport;
import org.accredit.ecosoc.EcosocRosterService;
import org.accredit.ecosoc.EcosocStatus;
import org.accredit.ecosoc.EntryFilter;
import org.accredit.ecosoc.ImportMode;
import org.accredit.ecosoc.ImportReport;
import org.accredit.security.CurrentStaff;
import org.accredit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ECOSOC consultative-status roster: imports (admin) and finding the entry a para 8 applicant is (staff). */
@Path("/api/v1/ecosoc")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ECOSOC roster")
public class EcosocResource {

    static final String CSV = "text/csv";

    private final EcosocRosterService roster;
    private final CurrentStaff staff;

    public EcosocResource(EcosocRosterService roster, CurrentStaff staff) {
        this.roster = roster;
        this.staff = staff;
    }

    @POST
    @Path("imports")
    @Consumes(CSV)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import the ECOSOC consultative-status list (admin)", description = "The body is the list as "
            + "UTF-8 CSV (RFC 4180) with a header line naming the columns, in any order and any case: name, category "
            + "(general, special, roster), year (or year_granted; may be empty), country (ISO 3166-1 alpha-2) and "
            + "optionally status (active, suspended, withdrawn; empty means active). Rows are matched to the roster "
            + "on normalized name and country: new ones are added, known ones restated. With mode=full (the "
            + "default) entries absent from the file are retired (WITHDRAWN); mode=partial leaves them. All or "
            + "nothing: a file with any bad line is refused with one error per bad field, named \"line N: column\". "
            + "A full import that would retire more than accredit.ecosoc.max-retire-share (default 5%) of the active "
            + "entries is refused (409) unless force=true. dryRun=true reports what would be added, changed and "
            + "retired and writes nothing. Open para 8 applications whose matched entry changes status get a history "
            + "line; those without a confirmed match are confirmed when the roster now holds exactly their entry.")
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
            example = "name,category,year,country,status\n\"Friends of the Earth, International\",general,1971,NL,active\n")))
    @APIResponse(responseCode = "201", description = "Imported", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EcosocViews.Import.class)), headers = @Header(name = "Location", description = "Where the new resource is", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "200", description = "dryRun=true: what the import would add, change and retire; nothing was written",
            content = @Content(schema = @Schema(implementation = EcosocViews.ImportPreview.class)))
    @APIResponse(responseCode = "400", description = "Bad file: one error per bad line and column", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A full import would retire more than accredit.ecosoc.max-retire-share "
            + "of the active entries, and force=true was not given: the detail gives the numbers; nothing was imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importRoster(byte[] file,
            @QueryParam("mode") @DefaultValue("full") @Pattern(regexp = "[Ff][Uu][Ll][Ll]|[Pp][Aa][Rr][Tt][Ii][Aa][Ll]", message = "must be full or partial")
            @Parameter(description = "full: entries absent from the file are retired; partial: they are left") String mode,
            @QueryParam("fileName") @Size(max = 255) @SingleLine @Parameter(description = "The file's name, for the record") String fileName,
            @QueryParam("dryRun") @DefaultValue("false") @Pattern(regexp = "true|false", message = "{org.accredit.validation.Boolean.message}")
            @Parameter(description = "true: report what the import would add, change and retire, and write nothing") String dryRun,
            @QueryParam("force") @DefaultValue("false") @Pattern(regexp = "true|false", message = "{org.accredit.validation.Boolean.message}")
            @Parameter(description = "true: a full import may retire more than accredit.ecosoc.max-retire-share of the active entries") String force,
            UriInfo uri) {
        ImportReport report = roster.importRoster(file, ImportMode.of(mode), fileName, staff.name(),
                Boolean.parseBoolean(dryRun), Boolean.parseBoolean(force));
        if (report.dryRun()) {
            return Response.ok(EcosocViews.ImportPreview.of(report)).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(report.imported().id().toString()).build())
                .entity(EcosocViews.Import.of(report.imported())).build();
    }

    @GET
    @Path("imports/{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "One roster import and its counts")
    public EcosocViews.Import getImport(UUID id) {
        return EcosocViews.Import.of(roster.getImport(id));
    }

    @GET
    @Path("entries")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "Find roster entries", description = "To confirm a para 8 applicant's match. Ordered by "
            + "normalized name, then country; pass nextCursor as cursor for the next page.")
    public Page<EcosocViews.Entry> entries(
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Words in the name, in any order (case, accents and punctuation do not count)") String text,
            @QueryParam("country") @IsoCountry String country,
            @QueryParam("status") EcosocStatus status,
            @BeanParam PageRequest page) {
        return roster.search(new EntryFilter(text, country, status), page).map(EcosocViews.Entry::of);
    }

    @GET
    @Path("entries/{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "One roster entry")
    public EcosocViews.Entry getEntry(UUID id) {
        return EcosocViews.Entry.of(roster.getEntry(id));
    }
}
