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

    /** Resolution 75/282 paras 7-9: IGOs and UN entities para 7, ECOSOC NGOs para 8, the rest para 9. */
    public ParticipationPath pathFor(boolean claimsEcosocStatus) {
        switch (this) {
            case INTERGOVERNMENTAL_ORGANIZATION:
            case UN_ENTITY:
                return ParticipationPath.PARA_7;
            case NGO:
                return claimsEcosocStatus ? ParticipationPath.PARA_8 : ParticipationPath.PARA_9;
            default:
                return ParticipationPath.PARA_9;
        }
    }

    public boolean mayClaimEcosocStatus() {
        return this == NGO;
    }
}
