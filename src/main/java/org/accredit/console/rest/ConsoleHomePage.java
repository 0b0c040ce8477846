package org.accredit.console.rest;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import org.accredit.console.ConsolePage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The console's home (links to what the viewer's roles allow), its sign-in page, signing out and the
 * page shown after signing out. Two ways in: the identity provider's authorization-code flow (OIDC
 * tenant {@code console}, production) or the demo accounts' sign-in form (dev, local, test).
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ConsoleHomePage {

    static final String SIGNED_OUT = "/console/signed-out";

    private final ConsolePage page;
    private final SecurityIdentity identity;
    private final Template home;
    private final Template login;
    private final Template signedOut;
    private final Instance<OidcSession> oidcSession;
    private final Instance<OidcConfigurationMetadata> provider;
    private final boolean formSignIn;

    public ConsoleHomePage(ConsolePage page, SecurityIdentity identity, @Location("console/home.html") Template home,
            @Location("console/login.html") Template login, @Location("console/signed-out.html") Template signedOut,
            Instance<OidcSession> oidcSession, Instance<OidcConfigurationMetadata> provider,
            @ConfigProperty(name = "quarkus.http.auth.form.enabled", defaultValue = "false") boolean formSignIn) {
        this.page = page;
        this.identity = identity;
        this.home = home;
        this.login = login;
        this.signedOut = signedOut;
        this.oidcSession = oidcSession;
        this.provider = provider;
        this.formSignIn = formSignIn;
    }

    @GET
    @Authenticated
    @Operation(hidden = true)
    public Response home() {
        return page.html(200, page.page(home, "/console"));
    }

    /**
     * The form sign-in page of the demo accounts (dev, local, test). Production has no form: the
     * console's home starts the identity provider's sign-in.
     */
    @GET
    @Path("login")
    @PermitAll
    @Operation(hidden = true)
    public Response login(@QueryParam("error") String error, @QueryParam("signed-out") String signedOut) {
        if (!identity.isAnonymous() || !formSignIn) {
            return page.seeOther("/console");
        }
        return page.html(error == null ? 200 : 401, page.page(login, "/console/login")
                .data("failed", error != null).data("signedOut", signedOut != null));
    }

    /** Where the identity provider sends the browser back after signing out (the post-logout redirect URI). */
    @GET
    @Path("signed-out")
    @PermitAll
    @Operation(hidden = true)
    public Response signedOut() {
        if (!identity.isAnonymous()) {
            return page.seeOther("/console");
        }
        return page.html(200, page.page(signedOut, SIGNED_OUT));
    }

    /**
     * Signs out (a post, so the CSRF check of every console form covers it). A form session: its cookie is
     * cleared. A code-flow session: the session cookie is cleared and, when the provider offers an
     * {@code end_session_endpoint}, the browser is sent there (RP-initiated logout) to end the provider's
     * session too, coming back to {@code /console/signed-out}.
     */
    @POST
    @Path("logout")
    @Authenticated
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @Operation(hidden = true)
    public Response logout(@Context UriInfo uri) {
        IdTokenCredential idToken = identity.getCredential(IdTokenCredential.class);
        if (idToken == null) {
            FormAuthenticationMechanism.logout(identity);
            return page.seeOther("/console/login?signed-out=1");
        }
        oidcSession.get().logout().await().atMost(Duration.ofSeconds(10));
        String back = uri.getBaseUriBuilder().replacePath(SIGNED_OUT).replaceQuery(null).build().toString();
        String endSession = provider.get().getEndSessionUri();
        if (endSession == null || endSession.isBlank()) {
            return page.seeOther(SIGNED_OUT);
        }
        return page.seeOther(UriBuilder.fromUri(endSession).queryParam("id_token_hint", idToken.getToken())
                .queryParam("post_logout_redirect_uri", back).build().toString());
    }
}
