package org.accredit.common;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.AbstractMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * problem+json for the errors that the HTTP layer answers before (or around) JAX-RS: a URI that is
 * too long (414), a body without Content-Type (415), credentials refused by the authentication
 * mechanism (401, with its challenge), and any failure the router ends with a bare status (413 for
 * a body over {@code quarkus.http.limits.max-body-size}, chunked or not, and the like).
 */
@ApplicationScoped
public class HttpProblems {

    private static final Logger LOG = Logger.getLogger(HttpProblems.class);

    static final Problem UNAUTHORIZED = Problem.of(401, "Unauthorized", "Sign in to do this.");
    static final Problem FORBIDDEN = Problem.of(403, "Forbidden", "Your role does not allow this.");

    private final AccreditConfig config;
    private final long maxBodySize;

    public HttpProblems(AccreditConfig config,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.config = config;
        this.maxBodySize = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::screen);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
    }

    private void screen(RoutingContext ctx) {
        if (ctx.request().uri().length() > config.maxUriLength()) {
            send(ctx, Problem.of(414, "URI too long", "A request URI may not exceed " + config.maxUriLength() + " characters."));
            return;
        }
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLarge(length)) {
            // the HTTP server's own check would answer 413 with an empty body
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            send(ctx, Problem.of(413, "Payload too large", "A request body may not exceed " + maxBodySize + " bytes."));
            return;
        }
        HttpMethod method = ctx.request().method();
        boolean bodyMethod = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
        if (bodyMethod && ctx.request().getHeader(HttpHeaders.CONTENT_TYPE) == null && hasBody(ctx)
                && ctx.request().path().startsWith("/api/")) {
            send(ctx, Problem.of(415, "Unsupported media type",
                    "A request with a body needs a Content-Type header (application/json; application/x-www-form-urlencoded or "
                            + "multipart/form-data for the form posts; text/csv for roster imports)."));
            return;
        }
        ctx.next();
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodySize;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean hasBody(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.trim().equals("0");
        }
        String te = ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
        return te != null && te.toLowerCase(Locale.ROOT).contains("chunked");
    }

    private void failure(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        Throwable failure = ctx.failure();
        boolean unauthenticated = failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || failure == null && ctx.statusCode() == 401;
        if (unauthenticated && signsInByPage(ctx)) {
            // the console's pages (and the form sign-in): Quarkus answers with the mechanism's redirect to the sign-in page
            ctx.next();
            return;
        }
        if (unauthenticated) {
            challenge(ctx).subscribe().with(ch -> {
                if (ch != null) {
                    ctx.response().putHeader(ch.getKey(), ch.getValue());
                }
                send(ctx, UNAUTHORIZED);
            }, e -> send(ctx, UNAUTHORIZED));
            return;
        }
        if (failure instanceof ForbiddenException) {
            send(ctx, FORBIDDEN);
            return;
        }
        int status = ctx.statusCode();
        if (failure == null && status >= 400 && status < 600) {
            send(ctx, of(status));
            return;
        }
        if (malformedMultipart(failure)) {
            send(ctx, Problem.of(400, "Malformed multipart body", "The request body is not well-formed multipart/form-data "
                    + "(a missing or wrong boundary, or a body cut short)."));
            return;
        }
        if (failure instanceof java.io.IOException && status >= 400 && status < 500) {
            // a body handler that could not read the form (a field over quarkus.http.limits.max-form-attribute-size,
            // a bad encoding): never Quarkus's default answer, which names the exception
            send(ctx, Problem.of(status, "Unreadable form", "The form could not be read: a field is longer than the server "
                    + "takes, or the body is not well formed."));
            return;
        }
        if (failure instanceof io.vertx.ext.web.handler.HttpException he && he.getStatusCode() >= 400) {
            send(ctx, of(he.getStatusCode()));
            return;
        }
        ctx.next();
    }

    /**
     * What Quarkus REST's multipart parser throws, before any resource runs, for a body that is not
     * multipart/form-data as its Content-Type says: the client's fault, not a 500.
     */
    static boolean malformedMultipart(Throwable failure) {
        if (!(failure instanceof java.io.IOException)) {
            return false;
        }
        if (failure.getClass().getName().endsWith("MultipartParser$MalformedMessageException")) {
            return true;
        }
        String message = failure.getMessage();
        return message != null && message.contains("parsing multipart request");
    }

    /** A problem for a status the framework chose: its reason phrase, and a detail written for clients. */
    static Problem of(int status) {
        return switch (status) {
            case 413 -> Problem.of(413, "Payload too large", "The request body is larger than this service takes.");
            case 414 -> Problem.of(414, "URI too long", "The request URI is too long.");
            case 431 -> Problem.of(431, "Request header fields too large", "The request headers are too large.");
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> Problem.of(404, "Not found", "Not found.");
            case 405 -> Problem.of(405, "Method not allowed", "This method is not allowed here.");
            case 503 -> Problem.of(503, "Service unavailable", "The service cannot answer right now. Try again later.");
            default -> {
                String reason = io.netty.handler.codec.http.HttpResponseStatus.valueOf(status).reasonPhrase();
                yield Problem.of(status, reason, reason + ".");
            }
        };
    }

    /** The console's pages and the form sign-in, whose mechanism signs in with a page (a redirect), not a 401. */
    static boolean signsInByPage(RoutingContext ctx) {
        String path = ctx.request().path();
        return path.equals("/console") || path.startsWith("/console/") || path.equals("/j_security_check");
    }

    /**
     * The challenge header of the request's authentication mechanism (e.g. WWW-Authenticate: basic), or null.
     * When the mechanism chosen signs in with a page (the console's form, in dev, local and test), an API
     * request gets the challenge of HTTP Basic, the API's mechanism there.
     */
    static Uni<Map.Entry<String, String>> challenge(RoutingContext ctx) {
        HttpAuthenticator authenticator = ctx == null ? null : ctx.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            return Uni.createFrom().nullItem();
        }
        return authenticator.getChallenge(ctx).map(HttpProblems::wwwAuthenticate)
                .flatMap(found -> found != null || signsInByPage(ctx) ? Uni.createFrom().item(found) : basicChallenge(ctx))
                .onFailure().recoverWithItem(e -> {
                    LOG.debug("No authentication challenge", e);
                    return null;
                });
    }

    private static Uni<Map.Entry<String, String>> basicChallenge(RoutingContext ctx) {
        org.eclipse.microprofile.config.Config config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        if (!config.getOptionalValue("quarkus.http.auth.basic", Boolean.class).orElse(false)) {
            return Uni.createFrom().nullItem();
        }
        String realm = config.getOptionalValue("quarkus.http.auth.realm", String.class).orElse("Quarkus");
        return new io.quarkus.vertx.http.runtime.security.BasicAuthenticationMechanism(realm).getChallenge(ctx)
                .map(HttpProblems::wwwAuthenticate);
    }

    /** The sign-in redirect of a console page's mechanism (the form's or the code flow's), or null when it has none. */
    static Uni<jakarta.ws.rs.core.Response> signInRedirect(RoutingContext ctx) {
        HttpAuthenticator authenticator = ctx.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            return Uni.createFrom().nullItem();
        }
        return authenticator.getChallenge(ctx).map(cd -> {
            if (cd == null || cd.status < 300 || cd.status >= 400) {
                return null;
            }
            jakarta.ws.rs.core.Response.ResponseBuilder b = jakarta.ws.rs.core.Response.status(cd.status)
                    .header("Cache-Control", "no-store");
            if (cd.getHeaders() != null) {
                // the mechanism may have set its headers (the form's Location) on the response already
                cd.getHeaders().forEach((name, value) -> {
                    if (!ctx.response().headers().contains(name)) {
                        b.header(name.toString(), value);
                    }
                });
            }
            return b.build();
        }).onFailure().recoverWithItem(e -> null);
    }

    private static Map.Entry<String, String> wwwAuthenticate(io.quarkus.vertx.http.runtime.security.ChallengeData cd) {
        if (cd == null || cd.getHeaders() == null) {
            return null;
        }
        for (Map.Entry<CharSequence, String> h : cd.getHeaders().entrySet()) {
            if (h.getKey().toString().equalsIgnoreCase("WWW-Authenticate")) {
                return new AbstractMap.SimpleImmutableEntry<>("WWW-Authenticate", h.getValue());
            }
        }
        return null;
    }

    static void send(RoutingContext ctx, Problem p) {
        if (ctx.response().ended()) {
            return;
        }
        io.quarkus.arc.InstanceHandle<ProblemPages> pages = io.quarkus.arc.Arc.container().instance(ProblemPages.class);
        if (pages.isAvailable() && pages.get().covers(ctx.request().path())) {
            ctx.response().setStatusCode(p.status()).putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                    .putHeader("Cache-Control", "no-store").end(pages.get().render(ctx, p));
            return;
        }
        ctx.response().setStatusCode(p.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.encode(p));
    }
}
