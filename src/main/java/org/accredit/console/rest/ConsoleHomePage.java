package org.accredit.console.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.accredit.console.ConsolePage;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The console's home (links to what the viewer's roles allow), its sign-in page and signing out. */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ConsoleHomePage {

    private final ConsolePage page;
    private final SecurityIdentity identity;
    private final Template home;
    private final Template login;

    public ConsoleHomePage(ConsolePage page, SecurityIdentity identity, @Location("console/home.html") Template home,
            @Location("console/login.html") Template login) {
        this.page = page;
        this.identity = identity;
        this.home = home;
        this.login = login;
    }

    @GET
    @Authenticated
    @Operation(hidden = true)
    public Response home() {
        return page.html(200, page.page(home, "/console"));
    }

    /** The form sign-in page of the demo accounts (dev, local, test); production signs in with the identity provider. */
    @GET
    @Path("login")
    @PermitAll
    @Operation(hidden = true)
    public Response login(@QueryParam("error") String error, @QueryParam("signed-out") String signedOut) {
        if (!identity.isAnonymous()) {
            return page.seeOther("/console");
        }
        return page.html(error == null ? 200 : 401, page.page(login, "/console/login")
                .data("failed", error != null).data("signedOut", signedOut != null));
    }

    @POST
    @Path("logout")
    @Authenticated
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @Operation(hidden = true)
    public Response logout() {
        FormAuthenticationMechanism.logout(identity);
        return page.seeOther("/console/login?signed-out=1");
    }
}
