package id.go.bekasikota.koperasi.gateway.proxy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway's problems choose their language as the services' do (platform LanguagesTest, the same cases). */
class MessageLanguageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "id                                  | id",
            "id-ID                               | id",
            "en-US,en;q=0.9,id;q=0.8             | en",
            "fr-FR, id;q=0.5                     | id",
            "fr, de                              | en",
            "*                                   | en",
            "id-ID, en;q=0.8, *;q=0.5            | id",
            "fr, id;q=0.5, *;q=0.1               | id",
            "*, id;q=0.5                         | en",
            "id;q=0, *                           | en",
            "id;q=2                              | en"})
    void theFirstLanguageOfOursByWeight(String acceptLanguage, String expected) {
        assertThat(Message.language(acceptLanguage).toLanguageTag()).isEqualTo(expected);
    }
}
