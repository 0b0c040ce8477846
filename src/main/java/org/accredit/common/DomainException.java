package org.accredit.common;

/** A request that the domain refuses. Mapped to application/problem+json by {@link ProblemMappers}. */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }

    /** The HTTP status a client sees. */
    public abstract int httpStatus();

    /** A short, stable title for the problem type. */
    public abstract String title();
}
