package org.accredit.console.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.accredit.common.Problem;
import org.accredit.console.ConsoleProblemPages;
import org.accredit.console.ConsolePage;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A console page that ends in a problem (the service refused: 403 wrong role, 404 nothing here or
 * not yours, 409 not in this status, 503 database unreachable) answers an HTML page in the
 * viewer's language with the same status and headers, instead of the API's problem+json.
 */
public class ConsoleErrorPages {

    private final Template error;
    private final ConsolePage page;
    private final ConsoleProblemPages pages;

    public ConsoleErrorPages(@Location("console/error.html") Template error, ConsolePage page, ConsoleProblemPages pages) {
        this.error = error;
        this.page = page;
        this.pages = pages;
    }

    @ServerResponseFilter
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!pages.covers(path) || !(response.getEntity() instanceof Problem problem)) {
            return;
        }
        ConsoleProblemPages.Wording w = ConsoleProblemPages.wording(page.messages(), problem);
        response.setEntity(page.page(error, path).data("heading", w.heading()).data("message", w.message()).render(),
                null, MediaType.valueOf(ConsolePage.HTML));
        response.getHeaders().putSingle("Cache-Control", "no-store");
    }
}
