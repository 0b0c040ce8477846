package org.accredit.common;

import io.vertx.ext.web.RoutingContext;

/**
 * Pages for people instead of problem+json: a feature whose paths are pages (the console) says
 * which paths it covers and renders a problem as an HTML page in the viewer's language. Used by
 * {@link HttpProblems} for the errors the HTTP layer answers before a page runs (a body over a limit,
 * a malformed form).
 */
public interface ProblemPages {

    boolean covers(String path);

    /** The HTML page that tells the viewer about {@code problem} (same status). */
    String render(RoutingContext ctx, Problem problem);
}
