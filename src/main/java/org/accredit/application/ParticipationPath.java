package org.accredit.application;

import org.accredit.organization.OrganizationType;

/** The paragraph of GA resolution 75/282 under which an organization takes part. */
public enum ParticipationPath {
    /** Intergovernmental organizations and UN entities: invited as observers. */
    PARA_7,
    /** NGOs in consultative status with ECOSOC: register once the secretariat verifies the status. */
    PARA_8,
    /** Other NGOs, civil society, academia, private sector: the non-objection procedure. */
    PARA_9;

    /**
     * Resolution 75/282 paras 7-9: IGOs and UN entities para 7; an organization that claims ECOSOC
     * consultative status para 8, whatever its type (academic and private-sector bodies hold it too,
     * registered with ECOSOC as NGOs; the roster decides); the rest para 9.
     */
    public static ParticipationPath of(OrganizationType type, boolean claimsEcosocStatus) {
        if (!type.mayClaimEcosocStatus()) {
            return PARA_7;
        }
        return claimsEcosocStatus ? PARA_8 : PARA_9;
    }

    public boolean needsOpenCall() {
        return this == PARA_9;
    }
}
