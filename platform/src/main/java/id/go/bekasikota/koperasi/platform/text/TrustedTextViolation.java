package id.go.bekasikota.koperasi.platform.text;

import jakarta.validation.ConstraintValidatorContext;

import java.util.Optional;

/** Turns {@link TrustedText#problem} into a constraint violation whose message is the reason. */
final class TrustedTextViolation {

    private TrustedTextViolation() {
    }

    static boolean report(TrustedText.Kind kind, String value, ConstraintValidatorContext context) {
        Optional<String> problem = TrustedText.problem(kind, TrustedText.normalise(value));
        if (problem.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        // The reason names code points only (never the caller's text), so it is safe as a message template.
        context.buildConstraintViolationWithTemplate(problem.get()).addConstraintViolation();
        return false;
    }
}
