package id.go.bekasikota.koperasi.platform.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Messages written in a language: values as they are, nested texts in the same language, no fallback to the JVM's locale. */
class MessagesTest {

    @Test
    void aMessageInEachLanguage() {
        Text text = Text.of("problem.illegal-transition.detail", Text.verbatim("x"), "DISSOLVED");
        assertThat(text.in(Languages.ENGLISH)).isEqualTo("Cannot x in state DISSOLVED");
        assertThat(text.in(Languages.INDONESIAN)).isEqualTo("Tidak dapat x pada status DISSOLVED");
    }

    @Test
    void aNestedTextIsWrittenInTheSameLanguage() {
        Text text = Text.of("problem.json.expected", Text.of("problem.json.type.whole-number"));
        assertThat(text.in(Languages.ENGLISH)).isEqualTo("expected a whole number");
        assertThat(text.in(Languages.INDONESIAN)).isEqualTo("seharusnya bilangan bulat");
    }

    @Test
    void numbersAreWrittenAsTheyAreNotGrouped() {
        assertThat(Messages.format(Languages.INDONESIAN, "problem.validation.detail.many", 2026)).isEqualTo("Terdapat 2026 isian yang tidak valid");
        assertThat(Messages.format(Languages.ENGLISH, "problem.too-many-requests.client", 6000, 60, 1))
                .isEqualTo("More than 6000 requests per 60 s from this address; retry after 1 s");
    }

    @Test
    void aDoubledApostropheIsOneApostrophe() {
        assertThat(Messages.format(Languages.ENGLISH, "problem.json.cannot-read", "abc", "a number")).isEqualTo("cannot read 'abc' as a number");
    }

    @Test
    void englishStaysEnglishWhateverTheJvmLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Languages.INDONESIAN);
            assertThat(Messages.format(Locale.forLanguageTag("en-GB"), "problem.title.not-found")).isEqualTo("Not found");
            assertThat(Messages.format(Locale.FRENCH, "problem.title.not-found")).isEqualTo("Not found");
        } finally {
            Locale.setDefault(before);
        }
    }
}
