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
 * A name a person reads: a cooperative's, a cluster's, a business's, a person's, a place's. Refused: characters that change the reading direction (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C), invisible and control characters (U+200B-U+200D, U+2060, U+FEFF, tabs, line breaks...), and text without a letter (only digits, punctuation, spaces or blank fillers).
 *
 * <p>One annotation on a request record's component does both halves: Jackson reads the value
 * normalised (NFC, trimmed: {@link TrustedText#normalise}) and bean validation refuses what is
 * left with a 400 naming the field. Null and empty values pass: say {@code @NotBlank} where the
 * field is required.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({FIELD, PARAMETER, ANNOTATION_TYPE})
@Constraint(validatedBy = NameText.Check.class)
@JacksonAnnotationsInside
@JsonDeserialize(using = TrustedTextDeserializer.class)
public @interface NameText {

    String message() default "{koperasi.text.not-acceptable}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The validator: the reason {@link TrustedText#problem} gives, as the violation's message. */
    final class Check implements ConstraintValidator<NameText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return TrustedTextViolation.report(TrustedText.Kind.NAME, value, context);
        }
    }
}
