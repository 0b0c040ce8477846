package org.accredit.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/** Text on one line: no CR, LF or other control characters (names, titles, addresses). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SingleLine.Validator.class)
public @interface SingleLine {
    String message() default "{org.accredit.validation.SingleLine.message}";
    Class<?>[] groups() default {};
    Class<? extends Payload>[] payload() default {};

    /** CR, LF and every other control or line-separator character. */
    Pattern LINE_BREAKING = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u0085]+");

    class Validator implements ConstraintValidator<SingleLine, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || !LINE_BREAKING.matcher(value).find();
        }
    }
}
