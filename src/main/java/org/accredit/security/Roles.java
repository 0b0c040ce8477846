package org.accredit.security;

/** The roles a caller can hold. Staff roles come from the identity provider (a configurable claim). */
public final class Roles {

    /** Screens applications: review, request information, recommend, reject at screening. */
    public static final String REVIEWER = "reviewer";
    /** Decides: approves or rejects recommended para 7/8 applications; runs non-objection lists. */
    public static final String APPROVER = "approver";
    /** Calls for applications, roster imports, Member State users. */
    public static final String ADMIN = "admin";
    /** A Member State's focal point: reads circulated lists and objects. */
    public static final String MEMBER_STATE = "member-state";

    private Roles() {
    }
}
