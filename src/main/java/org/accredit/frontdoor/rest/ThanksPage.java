package org.accredit.frontdoor.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import org.accredit.organization.PageLanguage;
import org.accredit.frontdoor.Pages;
import org.accredit.organization.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Where a browser lands (303) after a successful form post to the API: the default of
 * {@code accredit.forms.thank-you-url}. It shows an application's reference when the URL carries one
 * of the right shape (the tracking secret never travels in a URL: the acknowledgement email has it);
 * anything else in {@code reference} is ignored, never echoed.
 */
@Path("/forms/thanks")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ThanksPage {

    static final String PATH = "/forms/thanks";
    /** An application reference as the service makes them, e.g. AHC-2026-00042. */
    private static final Pattern REFERENCE = Pattern.compile("[A-Z][A-Z0-9]{0,9}-\\d{4}-\\d{5,9}");

    private final Template thanks;

    public ThanksPage(@Location("pages/thanks.html") Template thanks) {
        this.thanks = thanks;
    }

    @GET
    @Operation(hidden = true)
    public Response show(@QueryParam("reference") String reference, @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accept) {
        Language language = PageLanguage.pick(lang, accept);
        String shown = reference != null && REFERENCE.matcher(reference).matches() ? reference : null;
        return Pages.html(200, Pages.page(thanks, language, PATH).data("reference", shown));
    }
}
