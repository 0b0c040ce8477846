package org.accredit.objection.rest;

import org.accredit.objection.HolidayRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import org.accredit.common.Problem;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.objection.HolidayService;
import org.accredit.objection.UnHoliday;
import org.accredit.security.CurrentStaff;
import org.accredit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/holidays")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Non-objection procedure")
public class HolidayResource {

    private final HolidayService holidays;
    private final CurrentStaff staff;

    public HolidayResource(HolidayService holidays, CurrentStaff staff) {
        this.holidays = holidays;
        this.staff = staff;
    }

    @GET
    @Operation(summary = "UN holidays added by admins, by date (configured ones are in accredit.objection.holidays)",
            description = "All of them, or those of one year; pass nextCursor as cursor for the next page.")
    public Page<HolidayView> list(@QueryParam("year") @Min(2000) @Max(2100) Integer year, @BeanParam PageRequest page) {
        return holidays.list(year, page).map(HolidayView::of);
    }

    @POST
    @Operation(summary = "Add a UN holiday (not a working day of objection windows circulated afterwards)")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HolidayView.class)), headers = @Header(name = "Location", description = "Where the new resource is", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "409", description = "This date is already a holiday", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(HolidayRequest request, UriInfo uri) {
        UnHoliday h = holidays.add(request, staff.name());
        return Response.created(uri.getAbsolutePathBuilder().path(h.holiday().toString()).build())
                .entity(HolidayView.of(h)).build();
    }

    @DELETE
    @Path("{date}")
    @Operation(summary = "Remove a UN holiday")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("date") LocalDate date) {
        holidays.remove(date);
        return Response.noContent().build();
    }

    public record HolidayView(LocalDate date, String name, Instant createdAt, String createdBy) {
        static HolidayView of(UnHoliday h) {
            return new HolidayView(h.holiday(), h.name(), h.createdAt(), h.createdBy());
        }
    }
}
