package org.accredit.console;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.CSRFHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * CSRF protection of every console form: Vert.x Web's {@link CSRFHandler} (double-submit cookie,
 * tokens signed with HMAC-SHA256 by {@link ConsoleConfig#csrfSecret()} and timestamped) on
 * {@code /console/*} only. A safe request (GET, HEAD) gets a token in the cookie {@link #COOKIE} and
 * in the request's data, where {@link ConsolePage} puts it into each form's hidden field
 * {@link #FIELD}; an unsafe request (POST) must send the same token in that field (or the header of
 * the same name) as in the cookie, else it is refused with 403 before the page runs. A site that
 * posts a form to the console cannot read the cookie, so it cannot send the token.
 *
 * <p>Why not quarkus-rest-csrf: its filter checks every form post of the whole service, and the
 * public application, representative and statement endpoints take form posts from the UNODC
 * website by design, which carry no cookie of ours (quarkus#53715 asks for path exclusions).
 * Vert.x Web ships with Quarkus and lets the check be bound to the console's routes.
 */
@ApplicationScoped
public class ConsoleCsrf {

    private final ConsoleProblemPages pages;
    private final String uploadsDirectory;

    public ConsoleCsrf(ConsoleProblemPages pages,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.http.body.uploads-directory") String uploadsDirectory) {
        this.pages = pages;
        this.uploadsDirectory = uploadsDirectory;
    }

    /** The cookie and the form field (or header) that carry the token. */
    public static final String COOKIE = "console-csrf";
    public static final String FIELD = "csrf-token";

    void route(@Observes Router router, Vertx vertx, ConsoleConfig config) {
        CSRFHandler csrf = CSRFHandler.create(vertx, config.csrfSecret())
                .setCookieName(COOKIE)
                .setCookiePath("/console")
                .setHeaderName(FIELD)
                .setCookieSecure(config.secureCookies())
                .setTimeout(config.csrfTimeout().toMillis());
        // the form fields must be read before the token can be compared; Quarkus REST reads the body read here
        // file parts (the roster's CSV) go to the HTTP server's uploads directory and are deleted when the request ends
        BodyHandler body = BodyHandler.create(true).setUploadsDirectory(uploadsDirectory).setBodyLimit(config.maxFormBody())
                .setDeleteUploadedFilesOnEnd(true);
        router.route("/console/*").order(-10).handler(ctx -> {
            if (ctx.request().method() == HttpMethod.GET || ctx.request().method() == HttpMethod.HEAD) {
                ctx.next();
            } else {
                body.handle(ctx);
            }
        });
        router.route("/console/*").order(-9).handler(csrf).failureHandler(this::refused);
    }

    /** A post without the right token: 403 with a page in the viewer's language, saying to reload the form. */
    private void refused(RoutingContext ctx) {
        if (ctx.statusCode() != 403 || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        ctx.response().setStatusCode(403).putHeader("Content-Type", ConsolePage.HTML).putHeader("Cache-Control", "no-store")
                .end(pages.csrfRefused(ctx));
    }

    /** The token of this request (a fresh one on GET), for the forms of the page. */
    public static String token(RoutingContext ctx) {
        Object token = ctx.get(FIELD);
        return token == null ? "" : token.toString();
    }
}
