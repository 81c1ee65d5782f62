package id.go.bekasikota.koperasi.platform.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which language a request's Accept-Language chooses (RFC 9110 12.5.4, RFC 4647 filtering). */
class LanguagesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "id                                  | id",
            "en                                  | en",
            "id-ID                               | id",
            "ID                                  | id",
            "id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7 | id",
            "en-US,en;q=0.9,id;q=0.8             | en",
            "fr-FR, id;q=0.5                     | id",
            "en;q=0.3, id                        | id",
            "id;q=0.2, en;q=0.8                  | en",
            "fr, de                              | en",
            "*                                   | en",
            "en-GB                               | en",
            "id-ID, en;q=0.8, *;q=0.5            | id",
            "fr, id;q=0.5, *;q=0.1               | id",
            "fr, *;q=0.1                         | en",
            "*, id;q=0.5                         | en",
            "id;q=0, *                           | en"})
    void theFirstLanguageOfOursByWeight(String acceptLanguage, String expected) {
        assertThat(Languages.choose(acceptLanguage).toLanguageTag()).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", ";;;", "id;q=2", "en;q=abc"})
    void noOrAnUnreadableHeaderGetsTheDefault(String acceptLanguage) {
        assertThat(Languages.choose(acceptLanguage)).isEqualTo(Languages.DEFAULT).isEqualTo(Languages.ENGLISH);
    }
}
