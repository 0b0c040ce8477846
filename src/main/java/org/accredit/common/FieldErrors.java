package org.accredit.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The field errors of a refused request, by field name, named as the API's problem details name them
 * ({@link ProblemMappers#fieldName}), so a page shows each next to the control of that name.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static Map<String, String> of(ConstraintViolationException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.merge(ProblemMappers.fieldName(v.getPropertyPath()), v.getMessage(), (a, b) -> a + "; " + b);
        }
        return errors;
    }

    public static Map<String, String> of(InvalidFieldsException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Problem.FieldError f : e.errors()) {
            errors.merge(f.field(), f.message(), (a, b) -> a + "; " + b);
        }
        return errors;
    }
}
