package org.accredit.application;

/** The paragraph of GA resolution 75/282 under which an organization takes part. */
public enum ParticipationPath {
    /** Intergovernmental organizations and UN entities: invited as observers. */
    PARA_7,
    /** NGOs in consultative status with ECOSOC: register once the secretariat verifies the status. */
    PARA_8,
    /** Other NGOs, civil society, academia, private sector: the non-objection procedure. */
    PARA_9;

    public boolean needsOpenCall() {
        return this == PARA_9;
    }
}
