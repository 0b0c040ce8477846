package org.accredit.common;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What browsers are told on every response, pages and API alike, including problem responses, 404s
 * and static files: one Vert.x route that runs before any other.
 *
 * <ul>
 * <li>Security headers: {@code X-Content-Type-Options: nosniff}; {@code Referrer-Policy: same-origin}
 * (nothing about a page leaves for another site, and browsers keep sending the real {@code Origin} on
 * the pages' own form posts, where {@code no-referrer} would make it {@code null}); a
 * {@code Content-Security-Policy} without inline script or style, whose {@code frame-ancestors} lists
 * {@code accredit.embedding.origins} ({@code 'none'} and {@code X-Frame-Options: DENY} when none is
 * set). Form posts and their redirect may go to this service and to the configured origins (a
 * thank-you page on the website). {@code /q/} (Swagger UI and the other developer tools, on the
 * management port in production) gets no CSP: Swagger UI runs inline script.</li>
 * <li>CORS, off unless {@code accredit.cors.origins} lists origins: a request from a listed origin gets
 * {@code Access-Control-Allow-Origin} naming it (never {@code *}, never credentials: nothing here
 * uses cookies); a preflight from it is answered 204 with the allowed methods and headers; a preflight
 * from any other origin, or asking for another method or header, is refused 403 (problem+json)
 * without CORS headers, and an actual request from another origin gets none either.</li>
 * </ul>
 */
@ApplicationScoped
public class BrowserPolicy {

    /** Methods a cross-origin page may use: reading and the public posts (staff calls are not made from other sites). */
    static final List<String> CORS_METHODS = List.of("GET", "HEAD", "POST");
    /** Request headers a cross-origin page may send besides the CORS-safelisted ones. */
    static final List<String> CORS_HEADERS = List.of("Content-Type", "Idempotency-Key", "X-Tracking-Secret", "Accept-Language");
    /** Response headers a cross-origin page may read besides the safelisted ones. */
    static final List<String> CORS_EXPOSED = List.of("Location", "Retry-After");

    private static final Pattern ORIGIN = Pattern.compile("https?://[a-z0-9.-]+(:[0-9]{1,5})?");

    private final Set<String> corsOrigins;
    private final long maxAgeSeconds;
    private final String csp;
    private final boolean embeddable;

    public BrowserPolicy(AccreditConfig config) {
        this.corsOrigins = origins("accredit.cors.origins", config.cors().origins());
        this.maxAgeSeconds = config.cors().maxAge().toSeconds();
        Set<String> embedding = origins("accredit.embedding.origins", config.embedding().origins());
        this.embeddable = !embedding.isEmpty();
        Set<String> formTargets = new LinkedHashSet<>(corsOrigins);
        formTargets.addAll(embedding);
        this.csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action "
                + join("'self'", formTargets) + "; base-uri 'none'; object-src 'none'; frame-ancestors "
                + (embeddable ? String.join(" ", embedding) : "'none'");
    }

    /** Origins as a browser sends them: lower case, no path, no trailing slash; anything else stops the start. */
    static Set<String> origins(String key, Optional<List<String>> configured) {
        Set<String> result = new LinkedHashSet<>();
        List<String> bad = new ArrayList<>();
        for (String raw : configured.orElse(List.of())) {
            String o = raw.strip().toLowerCase(Locale.ROOT);
            if (o.endsWith("/")) {
                o = o.substring(0, o.length() - 1);
            }
            if (o.isEmpty()) {
                continue;
            }
            if (!ORIGIN.matcher(o).matches() || URI.create(o).getHost() == null) {
                bad.add(raw);
            } else {
                result.add(o);
            }
        }
        if (!bad.isEmpty()) {
            throw new IllegalStateException(key + " takes origins as scheme://host[:port] (no path, no wildcard); not: "
                    + String.join(", ", bad));
        }
        return result;
    }

    private static String join(String first, Set<String> more) {
        return more.isEmpty() ? first : first + " " + String.join(" ", more);
    }

    void install(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        boolean devTools = ctx.normalizedPath().startsWith("/q/");
        String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
        boolean corsOn = !corsOrigins.isEmpty();
        String requestedMethod = ctx.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        boolean preflight = corsOn && ctx.request().method() == HttpMethod.OPTIONS && origin != null && requestedMethod != null;
        String refusal = preflight ? preflightRefusal(origin, requestedMethod,
                ctx.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS)) : null;
        boolean allowed = corsOn && origin != null && refusal == null && corsOrigins.contains(origin.toLowerCase(Locale.ROOT));
        HttpServerResponse response = ctx.response();
        ctx.addHeadersEndHandler(v -> {
            var h = response.headers();
            h.set("X-Content-Type-Options", "nosniff");
            if (!h.contains("Referrer-Policy")) {
                h.set("Referrer-Policy", "same-origin");
            }
            if (!devTools && !h.contains("Content-Security-Policy")) {
                h.set("Content-Security-Policy", csp);
            }
            if (!embeddable) {
                h.set("X-Frame-Options", "DENY");
            }
            if (corsOn) {
                h.add(HttpHeaders.VARY, "Origin");
                if (allowed) {
                    h.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
                    h.set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, String.join(", ", CORS_EXPOSED));
                }
            }
        });
        if (refusal != null) {
            // no CORS header at all: the headers-end handler adds them only for an allowed origin
            HttpProblems.send(ctx, Problem.of(403, "Cross-origin request refused", refusal));
        } else if (preflight) {
            response.setStatusCode(204)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, String.join(", ", CORS_METHODS))
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, String.join(", ", CORS_HEADERS))
                    .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, Long.toString(maxAgeSeconds))
                    .end();
        } else {
            ctx.next();
        }
    }

    /** Why a preflight is refused, or null when it is answered. */
    private String preflightRefusal(String origin, String method, String requestedHeaders) {
        if (!corsOrigins.contains(origin.toLowerCase(Locale.ROOT))) {
            return "This origin may not call this service from a browser.";
        }
        if (!CORS_METHODS.contains(method.strip())) {
            return "Cross-origin calls may use " + String.join(", ", CORS_METHODS) + " only.";
        }
        if (requestedHeaders != null) {
            Set<String> allowedHeaders = CORS_HEADERS.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            boolean all = Arrays.stream(requestedHeaders.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                    .filter(s -> !s.isEmpty()).allMatch(allowedHeaders::contains);
            if (!all) {
                return "Cross-origin calls may send these headers only: " + String.join(", ", CORS_HEADERS) + ".";
            }
        }
        return null;
    }
}
