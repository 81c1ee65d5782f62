package id.go.bekasikota.koperasi.platform.text;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import java.util.Optional;

/**
 * Turns a {@link TrustedText.Flaw} into a constraint violation: its message key as the template, which
 * Hibernate Validator reads in the request's language, and the character found as {@code {codePoint}}.
 */
final class TrustedTextViolation {

    private TrustedTextViolation() {
    }

    static boolean report(TrustedText.Kind kind, String value, ConstraintValidatorContext context) {
        Optional<TrustedText.Flaw> flaw = TrustedText.flaw(kind, TrustedText.normalise(value));
        if (flaw.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        // The parameter names a code point only (never the caller's text).
        context.unwrap(HibernateConstraintValidatorContext.class)
                .addMessageParameter("codePoint", flaw.get().codePoint() == null ? "" : flaw.get().codePoint())
                .buildConstraintViolationWithTemplate("{" + flaw.get().messageKey() + "}")
                .addConstraintViolation();
        return false;
    }
}
