package org.accredit.common;

/** A business rule that refuses the request in the current state of things (409 unless told otherwise). */
public class RuleViolationException extends DomainException {

    private final int httpStatus;
    private final String title;

    public RuleViolationException(int httpStatus, String title, String detail) {
        super(detail);
        this.httpStatus = httpStatus;
        this.title = title;
    }

    public static RuleViolationException conflict(String detail) {
        return new RuleViolationException(409, "Conflict", detail);
    }

    public static RuleViolationException unprocessable(String detail) {
        return new RuleViolationException(422, "Unprocessable request", detail);
    }

    public static RuleViolationException forbidden(String detail) {
        return new RuleViolationException(403, "Forbidden", detail);
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public String title() {
        return title;
    }
}
