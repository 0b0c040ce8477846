package org.accredit.ecosoc;

/** Whether an NGO still holds its consultative status. */
public enum EcosocStatus {
    ACTIVE, SUSPENDED, WITHDRAWN
}
