package org.accredit.participation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.UUID;
import org.accredit.participation.ParticipationService;
import org.accredit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The staff exports of a session's registrations, CSV and XLSX, with the same columns and rows; the
 * file is streamed as it is read from the database.
 */
@Path("/api/v1/sessions/{sessionId}/registrations")
@RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN})
@Tag(name = "Participation")
public class RegistrationExportResource {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String COLUMNS = "One row per registration (every status), in registration order, columns: organization, "
            + "reference, path, country, regionalGroup (UN regional group of the country, OTHER for a non-member), name, "
            + "title, employer, email, mode, gender (empty: not given), nationality, status, late, registeredAt (ISO 8601 "
            + "instant, UTC), registeredAtSessionTime (date-time with offset in the session's time zone). Personal data: "
            + "staff only. A cell that starts with = + - @, a tab or a carriage return is prefixed with an apostrophe, "
            + "so that no spreadsheet runs it as a formula.";

    private final ParticipationService participation;

    public RegistrationExportResource(ParticipationService participation) {
        this.participation = participation;
    }

    @GET
    @Path("export.csv")
    @Produces(CSV)
    @Operation(summary = "Export a session's registrations as CSV (staff)", description = COLUMNS
            + " UTF-8, RFC 4180 (Commons CSV).")
    @APIResponse(responseCode = "200", description = "The CSV file, as an attachment",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"<session code>-registrations-<date in the session's time zone>.csv\"",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response csv(UUID sessionId) {
        String fileName = participation.exportFileName(sessionId, "csv");
        StreamingOutput body = out -> participation.writeCsv(sessionId, out);
        return attachment(body, CSV + "; charset=UTF-8", fileName);
    }

    @GET
    @Path("export.xlsx")
    @Produces(XLSX)
    @Operation(summary = "Export a session's registrations as XLSX (staff)", description = COLUMNS
            + " One sheet, every cell a string (Apache POI).")
    @APIResponse(responseCode = "200", description = "The workbook, as an attachment",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"<session code>-registrations-<date in the session's time zone>.xlsx\"",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response xlsx(UUID sessionId) {
        String fileName = participation.exportFileName(sessionId, "xlsx");
        StreamingOutput body = out -> participation.writeXlsx(sessionId, out);
        return attachment(body, XLSX, fileName);
    }

    private static Response attachment(StreamingOutput body, String type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
