package org.accredit.common;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * JSON bodies are refused above {@code accredit.max-json-body} (64 KB by default) before they are
 * read, with a problem+json 413; so are urlencoded form bodies above
 * {@code accredit.forms.max-urlencoded-body} and multipart bodies above
 * {@code accredit.forms.max-multipart-body} (each file part is bounded again by common.FormPosts). The server-wide {@code quarkus.http.limits.max-body-size} stays
 * higher only because the ECOSOC roster CSV needs it; it also caps chunked bodies, which carry no
 * Content-Length.
 */
@ApplicationScoped
public class BodyLimit {

    private final AccreditConfig config;
    private final FormConfig forms;

    public BodyLimit(AccreditConfig config, FormConfig forms) {
        this.config = config;
        this.forms = forms;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            String lower = type == null ? "" : type.toLowerCase(java.util.Locale.ROOT);
            io.quarkus.arc.InstanceHandle<ProblemPages> pages = io.quarkus.arc.Arc.container().instance(ProblemPages.class);
            boolean pagePath = pages.isAvailable() && pages.get().covers(ctx.request().path());
            if (length != null) {
                String kind = null;
                long max = 0;
                if (lower.contains("json")) {
                    kind = "A JSON body";
                    max = config.maxJsonBody();
                } else if (pagePath) {
                    // the console's forms: its body handler applies the console's own limit (console.ConsoleCsrf)
                    kind = null;
                } else if (lower.startsWith("application/x-www-form-urlencoded")) {
                    kind = "A form body";
                    max = forms.maxUrlencodedBody();
                } else if (lower.startsWith("multipart/")) {
                    kind = "A multipart body";
                    max = forms.maxMultipartBody();
                }
                if (kind != null && tooLong(length, max)) {
                    HttpProblems.send(ctx, Problem.of(413, "Payload too large", kind + " may not exceed " + max + " bytes."));
                    return;
                }
            }
            ctx.next();
        });
    }

    private static boolean tooLong(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
