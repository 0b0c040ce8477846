package org.accredit.memberstate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.accredit.organization.Countries;

/** The ISO 3166-1 alpha-2 code of one of the 193 UN Member States (null is valid; add @NotNull). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = UnMemberState.Validator.class)
public @interface UnMemberState {
    String message() default "{org.accredit.validation.UnMemberState.message}";
    Class<?>[] groups() default {};
    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<UnMemberState, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Countries.isUnMemberState(value);
        }
    }
}
