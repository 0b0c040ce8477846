package org.accredit.frontdoor;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.accredit.organization.Language;

/** Renders a page in a language with the data every page's layout needs (lang, dir, switcher). */
public final class Pages {

    public static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    private Pages() {
    }

    /** A language of the switcher: its code, its name in itself, whether it is the current one. */
    public record Switch(String code, String name, boolean current) {
    }

    private static final List<String> NATIVE_NAMES = List.of("العربية", "中文", "English", "Français", "Русский", "Español");

    public static String nativeName(Language language) {
        return NATIVE_NAMES.get(language.ordinal());
    }

    public static PageMessages messages(Language language) {
        return MessageBundles.get(PageMessages.class, Localized.Literal.of(language.name()));
    }

    public static TemplateInstance page(Template template, Language language, String path) {
        List<Switch> switcher = Arrays.stream(Language.values())
                .map(l -> new Switch(l.name(), NATIVE_NAMES.get(l.ordinal()), l == language)).toList();
        TemplateInstance instance = template.instance();
        instance.setLocale(language.locale());
        return instance.data("lang", language.name()).data("dir", language.rightToLeft() ? "rtl" : "ltr")
                .data("path", path).data("languages", switcher);
    }

    public static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(HTML).header("Cache-Control", "no-store").entity(page.render()).build();
    }
}
