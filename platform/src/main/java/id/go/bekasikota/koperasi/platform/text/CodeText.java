package id.go.bekasikota.koperasi.platform.text;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;

/**
 * A number, code or other identifier written as text (a legal entity number, an e-mail address). Refused: characters that change the reading direction and invisible or control characters, as in a {@link NameText}; no letter is needed.
 *
 * <p>One annotation on a request record's component does both halves: Jackson reads the value
 * normalised (NFC, trimmed: {@link TrustedText#normalise}) and bean validation refuses what is
 * left with a 400 naming the field. Null and empty values pass: say {@code @NotBlank} where the
 * field is required.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({FIELD, PARAMETER, ANNOTATION_TYPE})
@Constraint(validatedBy = CodeText.Check.class)
@JacksonAnnotationsInside
@JsonDeserialize(using = TrustedTextDeserializer.class)
public @interface CodeText {

    String message() default "{koperasi.text.not-acceptable}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The validator: the reason {@link TrustedText#problem} gives, as the violation's message. */
    final class Check implements ConstraintValidator<CodeText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return TrustedTextViolation.report(TrustedText.Kind.CODE, value, context);
        }
    }
}
