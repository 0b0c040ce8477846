package org.accredit.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The authenticated staff member of this request, as the history records them. */
@RequestScoped
public class CurrentStaff {

    private final SecurityIdentity identity;

    public CurrentStaff(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The name shown in the history: an OIDC token's upn or preferred_username (which may change), a Basic login. */
    public String name() {
        return identity.getPrincipal().getName();
    }

    /**
     * Who the caller is, for binding accounts such as Member State focal points: an OIDC token's
     * immutable subject ({@code sub}), never its login name; with HTTP Basic (dev, local and test demo
     * accounts) the login name. Null when a token carries no subject.
     */
    public String subject() {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken token) {
            return token.getSubject();
        }
        return principal.getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The actor acting in {@code role}, which the caller must hold (the endpoint's @RolesAllowed made sure). */
    public Actor as(String role) {
        return new Actor(name(), role);
    }

    /** The most senior staff role held, for history lines of endpoints that several roles may call. */
    public Actor actor() {
        for (String role : new String[] {Roles.ADMIN, Roles.APPROVER, Roles.REVIEWER, Roles.MEMBER_STATE}) {
            if (identity.hasRole(role)) {
                return new Actor(name(), role);
            }
        }
        return new Actor(name(), "unknown");
    }
}
