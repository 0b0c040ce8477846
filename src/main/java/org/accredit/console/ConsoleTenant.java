package org.accredit.console;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the API on the default OIDC tenant (bearer tokens) whatever cookies a request carries. Quarkus
 * otherwise picks the tenant named by a code-flow session cookie ({@code q_session_console}) before it looks
 * at {@code quarkus.oidc.console.tenant-paths}, so a client sending that cookie to {@code /api} would be
 * signed in with it. Browsers never send it there (its path is {@code /console}); this makes it a rule.
 * Console paths resolve as configured ({@code null}: the tenant paths).
 */
@ApplicationScoped
class ConsoleTenant implements TenantResolver {

    /** Quarkus's id of the default tenant (quarkus.oidc.* without a tenant name). */
    static final String DEFAULT_TENANT = "Default";

    @Override
    public String resolve(RoutingContext context) {
        String path = context.normalizedPath();
        return path.equals("/console") || path.startsWith("/console/") ? null : DEFAULT_TENANT;
    }
}
