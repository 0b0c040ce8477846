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
 * takes any language for {@code *}); this one, of higher priority, answers first.
 */
@Singleton
@Priority(100)
public class AcceptLanguage implements LocaleResolver {

    /** Longer headers are not parsed: no real browser sends one. */
    static final int MAX_HEADER = 512;

    @Override
    public Locale resolve(LocaleResolverContext context) {
        Locale found = best(header(), context.getSupportedLocales());
        return found == null ? context.getDefaultLocale() : found;
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

    private static String header() {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        return request == null ? null : request.getHttpHeaders().getHeaderString("Accept-Language");
    }
}
