package org.accredit.security;

/** Who did something, and in which role (a staff role, "applicant", "member-state" or "system"). */
public record Actor(String name, String role) {

    public static final Actor APPLICANT = new Actor("applicant", "applicant");
    public static final Actor SYSTEM = new Actor("system", "system");
}
