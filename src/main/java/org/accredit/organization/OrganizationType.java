package org.accredit.organization;

import org.accredit.application.ParticipationPath;

/** What an organization says it is; this (with an ECOSOC claim) decides its path. */
public enum OrganizationType {
    INTERGOVERNMENTAL_ORGANIZATION,
    UN_ENTITY,
    NGO,
    CIVIL_SOCIETY_ORGANIZATION,
    ACADEMIC_INSTITUTION,
    PRIVATE_SECTOR;

    /**
     * Resolution 75/282 paras 7-9: IGOs and UN entities para 7; an organization that claims ECOSOC
     * consultative status para 8, whatever its type (academic and private-sector bodies hold it too,
     * registered with ECOSOC as NGOs; the roster decides); the rest para 9.
     */
    public ParticipationPath pathFor(boolean claimsEcosocStatus) {
        if (!mayClaimEcosocStatus()) {
            return ParticipationPath.PARA_7;
        }
        return claimsEcosocStatus ? ParticipationPath.PARA_8 : ParticipationPath.PARA_9;
    }

    /**
     * Every type but IGOs and UN entities: those take part under para 7 and are not in consultative
     * status (ECOSOC grants it to non-governmental organizations only).
     */
    public boolean mayClaimEcosocStatus() {
        return this != INTERGOVERNMENTAL_ORGANIZATION && this != UN_ENTITY;
    }
}
