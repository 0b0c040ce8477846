package org.accredit.console;

import java.util.Set;
import org.accredit.security.Roles;

/** Who is looking at a console page: a display name and the roles the identity provider gave them. */
public record Viewer(String name, Set<String> roles) {

    public boolean reviewer() {
        return roles.contains(Roles.REVIEWER);
    }

    public boolean approver() {
        return roles.contains(Roles.APPROVER);
    }

    public boolean admin() {
        return roles.contains(Roles.ADMIN);
    }

    public boolean delegate() {
        return roles.contains(Roles.MEMBER_STATE);
    }

    /** Secretariat staff (reviewer, approver or admin). */
    public boolean staff() {
        return reviewer() || approver() || admin();
    }

    /** Reviewer or approver: the secretariat's work on applications and sessions. */
    public boolean secretariat() {
        return reviewer() || approver();
    }
}
