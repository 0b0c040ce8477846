package org.accredit.publiclist.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.UUID;
import java.util.stream.Stream;
import org.accredit.application.ParticipationPath;
import org.accredit.application.PublicListRow;
import org.accredit.common.AccreditConfig;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.publiclist.PublicListService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public list of accredited organizations (no authentication): JSON (cursor-paged) or CSV (all rows, streamed). */
@Path("/api/v1/public/accredited-organizations")
@PermitAll
@Tag(name = "Public")
public class PublicListResource {

    static final MediaType CSV = new MediaType("text", "csv");

    private final PublicListService organizations;
    private final AccreditConfig accredit;

    public PublicListResource(PublicListService organizations, AccreditConfig accredit) {
        this.organizations = organizations;
        this.accredit = accredit;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Accredited organizations: name, type, country, path, decision reference and date",
            description = "JSON by default, one page at a time (pass nextCursor as cursor for the next); CSV with "
                    + "Accept: text/csv or format=csv: every matching row, cursor and limit do not apply.")
    public Response list(@QueryParam("path") ParticipationPath path, @QueryParam("callId") UUID callId,
            @QueryParam("format") @Pattern(regexp = "json|csv", message = "must be json or csv")
            @Parameter(description = "json or csv (overrides the Accept header)") String format,
            @BeanParam PageRequest page, @Context HttpHeaders headers) {
        if (wantsCsv(format, headers)) {
            // Streamed: written as it is read, one batch in memory. The parameters were checked and the
            // first batch read before this returns, so those failures still answer problem+json; a
            // failure after the first byte can only cut the response short (the client sees an
            // incomplete chunked body, never a file that looks whole).
            Stream<PublicListRow> rows = organizations.all(path, callId);
            StreamingOutput body = out -> Csv.write(rows, accredit.zone(), out);
            return Response.ok(body, new MediaType("text", "csv", "UTF-8"))
                    .header("Content-Disposition", "attachment; filename=\"accredited-organizations.csv\"").build();
        }
        Page<PublicOrganization> body = organizations.page(path, callId, page)
                .map(a -> PublicOrganization.of(a, accredit.zone()));
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null) {
            return format.equals("csv");
        }
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (!m.isWildcardType() && m.isCompatible(CSV)) {
                return true;
            }
            if (m.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
