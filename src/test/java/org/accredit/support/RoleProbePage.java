package org.accredit.support;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.accredit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only: a console page for admins alone, so that a sign-in test can show a role check on a console path
 * whatever pages the console has (the real pages are found and checked by ConsoleAuthorizationMatrixTest).
 */
@Path("/console/test-role-probe")
@Produces(MediaType.TEXT_HTML)
public class RoleProbePage {

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public String admin() {
        return "<!DOCTYPE html><title>probe</title><p id=\"probe\">admin only</p>";
    }
}
