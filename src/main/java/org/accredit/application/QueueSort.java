package org.accredit.application;

/** The orders of the secretariat's queue; each has its own cursors. */
public enum QueueSort {
    /** Submitted first, first (the default). */
    OLDEST,
    /** Submitted last, first. */
    NEWEST,
    /** By normalized organization name. */
    NAME
}
