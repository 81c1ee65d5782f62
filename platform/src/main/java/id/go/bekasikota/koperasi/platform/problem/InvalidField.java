package id.go.bekasikota.koperasi.platform.problem;

import id.go.bekasikota.koperasi.platform.i18n.Text;

import java.util.Locale;

/**
 * A field at fault before the language of the answer is known: the field's name (the same in every
 * language) and what is wrong with it, as a message key.
 */
public record InvalidField(String field, Text message) {

    public static InvalidField of(String field, String key, Object... args) {
        return new InvalidField(field, Text.of(key, args));
    }

    public Problem.FieldError in(Locale language) {
        return new Problem.FieldError(field, message.in(language));
    }
}
