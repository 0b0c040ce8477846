package org.accredit.common;

import org.hibernate.exception.ConstraintViolationException;

/** Reads which database constraint refused a write, so a service can answer it as a business rule. */
public final class Constraints {

    private Constraints() {
    }

    /** Whether {@code e}, or one of its causes, is the violation of the named constraint or index. */
    public static boolean violated(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UniqueViolationException uve && uve.constraint() != null
                    && uve.constraint().contains(constraint)) {
                return true;
            }
            if (t instanceof ConstraintViolationException cve && cve.getConstraintName() != null
                    && cve.getConstraintName().contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
