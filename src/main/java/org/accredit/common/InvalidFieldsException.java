package org.accredit.common;

import java.util.List;

/**
 * Input that a service validated itself (not through Bean Validation), with one entry per bad field:
 * answered with 400 and the entries, like a constraint violation.
 */
public class InvalidFieldsException extends DomainException {

    private final List<Problem.FieldError> errors;

    public InvalidFieldsException(String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    @Override
    public int httpStatus() {
        return 400;
    }

    @Override
    public String title() {
        return "Invalid request";
    }
}
