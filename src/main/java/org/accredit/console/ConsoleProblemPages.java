package org.accredit.console;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.accredit.common.Problem;
import org.accredit.common.ProblemPages;
import org.accredit.organization.Language;
import org.accredit.organization.PageLanguage;

/**
 * The console's error page for what is refused before a page runs (a CSRF token missing, a body or
 * form field over its limit, a malformed form): the layout without the viewer's navigation, in the
 * language of the {@code console-lang} cookie or {@code Accept-Language}, with the HTTP status.
 */
@ApplicationScoped
public class ConsoleProblemPages implements ProblemPages {

    private final Template error;

    public ConsoleProblemPages(@Location("console/error.html") Template error) {
        this.error = error;
    }

    @Override
    public boolean covers(String path) {
        return path.equals("/console") || path.startsWith("/console/");
    }

    @Override
    public String render(RoutingContext ctx, Problem problem) {
        Wording w = wording(messages(language(ctx)), problem);
        return page(ctx, w.heading(), w.message());
    }

    /** What an error page says: a heading and a sentence. */
    public record Wording(String heading, String message) {
    }

    /**
     * The wording of a problem for people, in the viewer's language: the status says what happened (403 not
     * allowed, 404 nothing here or not yours, 503 try again); other refusals show the service's detail.
     */
    public static Wording wording(ConsoleMessages m, Problem problem) {
        return switch (problem.status()) {
            case 403 -> new Wording(m.forbiddenTitle(), m.forbidden());
            case 404 -> new Wording(m.notFoundTitle(), m.notFound());
            case 503 -> new Wording(m.errorTitle(), m.unavailable());
            default -> new Wording(problem.status() >= 500 ? m.errorTitle() : m.conflictTitle(), problem.detail());
        };
    }

    /** A post without the form's CSRF token. */
    String csrfRefused(RoutingContext ctx) {
        ConsoleMessages m = messages(language(ctx));
        return page(ctx, m.forbiddenTitle(), m.csrfRefused());
    }

    private String page(RoutingContext ctx, String heading, String message) {
        Language language = language(ctx);
        TemplateInstance page = error.instance().data("lang", language.name())
                .data("dir", language.rightToLeft() ? "rtl" : "ltr").data("path", "/console").data("languages", List.of())
                .data("viewer", new Viewer("", Set.of())).data("nav", List.of()).data("csrfField", ConsoleCsrf.FIELD)
                .data("csrf", "").data("heading", heading).data("message", message);
        page.setLocale(language.locale());
        return page.render();
    }

    private static Language language(RoutingContext ctx) {
        Cookie remembered = ctx.request().getCookie(ConsolePage.LANGUAGE_COOKIE);
        return PageLanguage.pick(remembered == null ? null : remembered.getValue(), ctx.request().getHeader("Accept-Language"));
    }

    private static ConsoleMessages messages(Language language) {
        return MessageBundles.get(ConsoleMessages.class, Localized.Literal.of(language.name()));
    }
}
