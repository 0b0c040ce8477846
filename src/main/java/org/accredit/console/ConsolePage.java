package org.accredit.console;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.accredit.organization.Language;
import org.accredit.organization.PageLanguage;

/**
 * What every console page needs: its language ({@code ?lang=}, remembered in a cookie, else the
 * browser's {@code Accept-Language}), the viewer and their roles, the CSRF token for its forms, and
 * the layout's data. A page resource injects this, calls one service method and renders with
 * {@link #page}; {@link #html} and {@link #seeOther} answer.
 */
@RequestScoped
public class ConsolePage {

    public static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    static final String LANGUAGE_COOKIE = org.accredit.common.AcceptLanguage.REMEMBERED;
    private static final List<String> NATIVE_NAMES = List.of("العربية", "中文", "English", "Français", "Русский", "Español");

    /** A language of the switcher. */
    public record Switch(String code, String name, boolean current) {
    }

    /** A link of the console's navigation, shown only to the roles that may use it. */
    public record NavItem(String href, String label, boolean current) {
    }

    private final RoutingContext ctx;
    private final SecurityIdentity identity;
    private final ConsoleConfig config;
    private Language language;

    public ConsolePage(RoutingContext ctx, SecurityIdentity identity, ConsoleConfig config) {
        this.ctx = ctx;
        this.identity = identity;
        this.config = config;
    }

    public Language language() {
        if (language == null) {
            String asked = ctx.request().getParam("lang");
            Cookie remembered = ctx.request().getCookie(LANGUAGE_COOKIE);
            language = PageLanguage.pick(asked != null ? asked : remembered == null ? null : remembered.getValue(),
                    ctx.request().getHeader("Accept-Language"));
            if (asked != null && asked.equalsIgnoreCase(language.name())) {
                ctx.response().addCookie(Cookie.cookie(LANGUAGE_COOKIE, language.name()).setPath("/console")
                        .setHttpOnly(true).setSecure(config.secureCookies()).setSameSite(CookieSameSite.LAX)
                        .setMaxAge(365L * 24 * 3600));
            }
        }
        return language;
    }

    public ConsoleMessages messages() {
        return MessageBundles.get(ConsoleMessages.class, Localized.Literal.of(language().name()));
    }

    /** A message bundle of an area of the console, in the page's language. */
    public <T> T messages(Class<T> bundle) {
        return MessageBundles.get(bundle, Localized.Literal.of(language().name()));
    }

    public Viewer viewer() {
        return new Viewer(identity.isAnonymous() ? "" : identity.getPrincipal().getName(),
                identity.isAnonymous() ? Set.of() : Set.copyOf(identity.getRoles()));
    }

    /** Rows on one page of a list. */
    public int pageSize() {
        return config.pageSize();
    }

    /** The template with the layout's data; {@code path} is this page's address (the language switcher links to it). */
    public TemplateInstance page(Template template, String path) {
        Language lang = language();
        List<Switch> switcher = Arrays.stream(Language.values())
                .map(l -> new Switch(l.name(), NATIVE_NAMES.get(l.ordinal()), l == lang)).toList();
        TemplateInstance instance = template.instance();
        instance.setLocale(lang.locale());
        return instance.data("lang", lang.name()).data("dir", lang.rightToLeft() ? "rtl" : "ltr")
                .data("path", path).data("languages", switcher).data("viewer", viewer())
                .data("nav", nav(path)).data("csrfField", ConsoleCsrf.FIELD).data("csrf", ConsoleCsrf.token(ctx));
    }

    private List<NavItem> nav(String path) {
        Viewer v = viewer();
        ConsoleMessages m = messages();
        List<NavItem> items = new java.util.ArrayList<>();
        items.add(new NavItem("/console", m.home(), "/console".equals(path)));
        if (v.staff()) {
            items.add(new NavItem("/console/applications", m.navApplications(), path.startsWith("/console/applications")));
            items.add(new NavItem("/console/lists", m.navLists(), path.startsWith("/console/lists")));
        }
        if (v.secretariat()) {
            items.add(new NavItem("/console/sessions", m.navSessions(), path.startsWith("/console/sessions")));
        }
        if (v.delegate()) {
            items.add(new NavItem("/console/delegate/lists", m.navDelegate(), path.startsWith("/console/delegate")));
        }
        if (v.admin()) {
            items.add(new NavItem("/console/admin", m.navAdmin(), path.startsWith("/console/admin")));
        }
        return items;
    }

    public Response html(int status, TemplateInstance page) {
        return Response.status(status).type(HTML).header("Cache-Control", "no-store").entity(page.render()).build();
    }

    /** After a successful form post: 303 to the page that shows the result (post/redirect/get). */
    public Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).header("Cache-Control", "no-store").build();
    }

    /** A date and time in the page's language, in the given zone, e.g. "30 Nov 2026, 18:00 (America/New_York)". */
    public String dateTime(Instant at, ZoneId zone) {
        if (at == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language().locale())
                .format(ZonedDateTime.ofInstant(at, zone));
    }
}
