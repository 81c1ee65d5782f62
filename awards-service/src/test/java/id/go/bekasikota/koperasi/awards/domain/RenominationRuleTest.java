package id.go.bekasikota.koperasi.awards.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RenominationRuleTest {

    @ParameterizedTest(name = "after {0} withdrawal(s): allowed {1}")
    @CsvSource({"0, true", "1, true", "2, true", "3, false", "7, false"})
    void atMostTwoReNominationsPerCooperativeAndProgram(long withdrawn, boolean allowed) {
        assertThat(RenominationRule.allows(withdrawn)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"3"})
    void theRefusalSaysHowOftenAndTheLimit(long withdrawn) {
        assertThat(RenominationRule.refusal(withdrawn).in(java.util.Locale.ENGLISH)).isEqualTo("The cooperative was nominated for this program and withdrawn 3"
                + " times; after a withdrawal it may be nominated again at most 2 times.");
    }
}
