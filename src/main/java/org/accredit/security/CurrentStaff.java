package org.accredit.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.accredit.history.Actor;

/** The authenticated staff member of this request, as the history records them. */
@RequestScoped
public class CurrentStaff {

    private final SecurityIdentity identity;

    public CurrentStaff(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        return identity.getPrincipal().getName();
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
