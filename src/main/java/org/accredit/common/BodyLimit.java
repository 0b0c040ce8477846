package org.accredit.common;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * JSON bodies are refused above {@code accredit.max-json-body} (64 KB by default) before they are
 * read, with a problem+json 413. The server-wide {@code quarkus.http.limits.max-body-size} stays
 * higher only because the ECOSOC roster CSV needs it; it also caps chunked bodies, which carry no
 * Content-Length.
 */
@ApplicationScoped
public class BodyLimit {

    private final AccreditConfig config;

    public BodyLimit(AccreditConfig config) {
        this.config = config;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (type != null && type.toLowerCase(java.util.Locale.ROOT).contains("json") && length != null
                    && tooLong(length)) {
                ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .end("{\"type\":\"about:blank\",\"title\":\"Payload too large\",\"status\":413,"
                                + "\"detail\":\"A JSON body may not exceed " + config.maxJsonBody() + " bytes.\"}");
                return;
            }
            ctx.next();
        });
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.trim()) > config.maxJsonBody();
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
