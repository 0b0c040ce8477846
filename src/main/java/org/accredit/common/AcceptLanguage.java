package org.accredit.common;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

/**
 * The language of a request's field error messages (Bean Validation's message interpolation): the
 * best of {@code quarkus.locales} for the request's {@code Accept-Language}, by RFC 4647 lookup
 * ({@code fr-CA} finds {@code fr}, quality values order the choices, {@code *} chooses nothing), and
 * {@code quarkus.default-locale} (English) when none matches or the header is missing or malformed.
 * Quarkus's own resolver filters instead of looking up (it misses {@code fr} for {@code fr-CA} and
 * takes any language for {@code *}); this one, of higher priority, answers first. A {@code lang}
 * query parameter naming a supported language (the pages' language switcher, e.g. {@code ?lang=ar})
 * comes before the header, so a page's field errors are in the page's language; so does the console's
 * remembered language (cookie {@link #REMEMBERED}).
 */
@Singleton
@Priority(100)
public class AcceptLanguage implements LocaleResolver {

    /** The cookie in which the console remembers the language chosen with its switcher (console.ConsolePage). */
    public static final String REMEMBERED = "console-lang";

    /** Longer headers are not parsed: no real browser sends one. */
    static final int MAX_HEADER = 512;

    @Override
    public Locale resolve(LocaleResolverContext context) {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        Locale chosen = chosen(request, context.getSupportedLocales());
        if (chosen != null) {
            return chosen;
        }
        Locale found = best(request == null ? null : request.getHttpHeaders().getHeaderString("Accept-Language"),
                context.getSupportedLocales());
        return found == null ? context.getDefaultLocale() : found;
    }

    /** The supported language a {@code lang} query parameter names (exactly, e.g. "ar"), or null. */
    private static Locale chosen(ResteasyReactiveRequestContext request, Collection<Locale> supported) {
        if (request == null) {
            return null;
        }
        String asked = request.getUriInfo().getQueryParameters().getFirst("lang");
        // the console remembers the language chosen with its switcher in a cookie
        jakarta.ws.rs.core.Cookie remembered = asked != null ? null : request.getHttpHeaders().getCookies().get(REMEMBERED);
        String lang = asked != null ? asked : remembered == null ? null : remembered.getValue();
        if (lang == null || lang.length() > 8) {
            return null;
        }
        return supported.stream().filter(l -> l.getLanguage().equals(lang) && l.getCountry().isEmpty())
                .findFirst().orElse(null);
    }

    /** The best of {@code supported} for an Accept-Language header, or null when none matches. */
    public static Locale best(String header, Collection<Locale> supported) {
        if (header == null || header.isBlank() || header.length() > MAX_HEADER) {
            return null;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            return Locale.lookup(ranges, supported);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

}
