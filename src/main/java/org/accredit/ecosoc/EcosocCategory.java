package org.accredit.ecosoc;

/** ECOSOC consultative status categories (resolution 1996/31). */
public enum EcosocCategory {
    GENERAL, SPECIAL, ROSTER
}
