package org.accredit.organization;

/** What an organization says it is; this (with an ECOSOC claim) decides its path ({@code application.ParticipationPath#of}). */
public enum OrganizationType {
    INTERGOVERNMENTAL_ORGANIZATION,
    UN_ENTITY,
    NGO,
    CIVIL_SOCIETY_ORGANIZATION,
    ACADEMIC_INSTITUTION,
    PRIVATE_SECTOR;

    /**
     * Every type but IGOs and UN entities: those take part under para 7 and are not in consultative
     * status (ECOSOC grants it to non-governmental organizations only).
     */
    public boolean mayClaimEcosocStatus() {
        return this != INTERGOVERNMENTAL_ORGANIZATION && this != UN_ENTITY;
    }
}
