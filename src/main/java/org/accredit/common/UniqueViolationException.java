package org.accredit.common;

/**
 * A plain insert ({@link RowWriter}) was refused by a unique constraint or index: an expected
 * outcome that the calling service answers as a business rule (409), not an SQL error. It never
 * goes through Hibernate's JDBC error log, which stays on for the real SQL errors.
 */
public class UniqueViolationException extends RuntimeException {

    private final String constraint;

    public UniqueViolationException(String constraint, Throwable cause) {
        super("unique constraint " + constraint + " refused the insert", cause);
        this.constraint = constraint;
    }

    /** The constraint or index that refused the row (null if the database did not say). */
    public String constraint() {
        return constraint;
    }
}
