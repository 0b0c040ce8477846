package org.accredit.common;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.filters.QuarkusRequestWrapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Admission control: at most {@code accredit.overload.max-in-flight} requests are in the service at once. Blocking
 * work runs on a fixed pool of worker threads whose queue has no bound; without this, a load above capacity makes
 * the queue, every request's wait and the heap grow until clients time out. Past the bound a request is answered at
 * once, on the event loop, before authentication, with no worker and no database: 503 problem+json (the console's
 * error page for its paths) with Retry-After, so clients and load balancers back off or go to another replica.
 * <p>
 * Never counted nor refused: health and metrics ({@code /q/}; Kubernetes must see the pod alive, and in production
 * they are on the management port anyway) and the static files under {@code /css/} and {@code /js/}, which the event
 * loop serves without a worker (a page that was admitted still gets its styles). A request leaves the count once its
 * response has ended, failed or its connection closed, whichever comes first, exactly once (the HTTP layer's own
 * "request done" signal, also used by the graceful shutdown). A client that disconnects frees its place at once,
 * even if its worker is still finishing the work.
 */
@Singleton
public class Overload {

    private static final Logger LOG = Logger.getLogger(Overload.class);

    /** Paths under META-INF/resources; OverloadTest checks that this list names every one of its directories. */
    static final List<String> STATIC_PREFIXES = List.of("/css/", "/js/");

    static final String TITLE = "Service unavailable";

    /** Bodies up to this size (a JSON or form post) are read and dropped after a refusal; larger ones close the connection. */
    static final long DRAINED_BODY = 65536;

    private final boolean enabled;
    private final int maxInFlight;
    private final long retryAfterSeconds;
    private final String refusal;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Counter refused;

    public Overload(OverloadConfig config, MeterRegistry registry) {
        if (config.maxInFlight() < 1) {
            throw new IllegalStateException("accredit.overload.max-in-flight must be at least 1, not " + config.maxInFlight());
        }
        this.enabled = config.enabled();
        this.maxInFlight = config.maxInFlight();
        // Retry-After takes whole seconds; round up so that a client never comes back sooner than configured
        this.retryAfterSeconds = Math.max(1, (config.retryAfter().toMillis() + 999) / 1000);
        this.refusal = io.vertx.core.json.Json.encode(problem());
        Gauge.builder("accredit.http.in.flight", inFlight, AtomicInteger::get)
                .description("Requests in the service (worked on or waiting for a worker), counted by admission control")
                .register(registry);
        this.refused = Counter.builder("accredit.http.overload.refused")
                .description("Requests answered 503 at once because accredit.overload.max-in-flight were in the service")
                .register(registry);
    }

    /** The problem a refused request gets: it tells when to come back, never how busy the service is. */
    Problem problem() {
        return Problem.of(503, TITLE, "The service is busy. Try again in " + retryAfterSeconds + " seconds.");
    }

    /** Right after BrowserPolicy (whose headers every answer carries), before any other handler, security included. */
    void install(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 1) Router router) {
        if (enabled) {
            router.route().order(Integer.MIN_VALUE).handler(this::admit);
        } else {
            LOG.warn("accredit.overload.enabled=false: requests wait for a worker without bound");
        }
    }

    /** Requests in the service now. */
    public int inFlight() {
        return inFlight.get();
    }

    private void admit(RoutingContext ctx) {
        if (exempt(ctx.normalizedPath())) {
            ctx.next();
            return;
        }
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            refused.increment();
            refuse(ctx);
            return;
        }
        AtomicBoolean left = new AtomicBoolean();
        Runnable leave = () -> {
            if (left.compareAndSet(false, true)) {
                inFlight.decrementAndGet();
            }
        };
        whenDone(ctx, leave);
        ctx.next();
    }

    static boolean exempt(String path) {
        if (path == null || path.startsWith("/q/") || path.equals("/q")) {
            return true;
        }
        for (String prefix : STATIC_PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs {@code leave} once the request is done. Quarkus's request wrapper keeps a list of "done" handlers called
     * once on end, failure or close; the router's end handlers are the fallback, but they hang on the response's
     * single close handler, which a streamed response (Quarkus REST's addCloseHandler) may replace.
     */
    private static void whenDone(RoutingContext ctx, Runnable leave) {
        QuarkusRequestWrapper wrapper = null;
        try {
            wrapper = QuarkusRequestWrapper.get(ctx.request());
        } catch (RuntimeException e) {
            LOG.debug("No Quarkus request wrapper", e);
        }
        if (wrapper != null) {
            wrapper.addRequestDoneHandler(v -> leave.run());
        }
        // both: whichever comes first; leave runs once
        ctx.addEndHandler(v -> leave.run());
    }

    private void refuse(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds))
                .putHeader("Cache-Control", "no-store");
        if (smallBody(request)) {
            // read and drop a small body, so that the connection stays open: a client refused under overload that had
            // to open a new connection for its next request would add connection churn (and the server's accept
            // queue, which has no bound of ours) to the overload
            request.handler(data -> {
            });
            request.resume();
        } else if (hasBody(request)) {
            // a large or chunked body is not read: the connection is closed after the answer
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        io.quarkus.arc.InstanceHandle<ProblemPages> pages = io.quarkus.arc.Arc.container().instance(ProblemPages.class);
        if (pages.isAvailable() && pages.get().covers(ctx.normalizedPath())) {
            HttpProblems.send(ctx, problem());
            return;
        }
        ctx.response().setStatusCode(503).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(refusal);
    }

    /** A body announced with a Content-Length of at most {@link #DRAINED_BODY} bytes. */
    private static boolean smallBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            return false;
        }
        try {
            long n = Long.parseLong(length.trim());
            return n > 0 && n <= DRAINED_BODY;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.trim().equals("0");
        }
        String te = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        return te != null && te.toLowerCase(Locale.ROOT).contains("chunked");
    }
}
