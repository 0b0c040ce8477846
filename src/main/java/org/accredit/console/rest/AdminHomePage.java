package org.accredit.console.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.accredit.console.ConsolePage;
import org.accredit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The administration's start page: a card for each admin page. */
@Path("/console/admin")
@Produces(MediaType.TEXT_HTML)
public class AdminHomePage {

    private final ConsolePage page;
    private final Template home;

    public AdminHomePage(ConsolePage page, @Location("console/admin/home.html") Template home) {
        this.page = page;
        this.home = home;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public Response home() {
        return page.html(200, page.page(home, "/console/admin"));
    }
}
