package id.go.bekasikota.koperasi.awards.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class BandScoreTest {

    @ParameterizedTest(name = "{0}% scores {1}")
    @CsvSource({
            "250, 100", "100, 100", "99.99, 75", "80, 75", "79.99, 50", "60, 50", "59.99, 25", "50, 25",
            "49.99, 0", "0, 0", "-12.5, 0"})
    void everyBandBoundary(String percent, int expected) {
        assertThat(BandScore.of(new BigDecimal(percent))).isEqualTo(expected);
    }

    @Test
    void boundariesAreComparedExactlyNotAfterRounding() {
        // 2 of 2.5 years is exactly 80%; 7.9999/10 is a hair below 80% and would round up to 80.00.
        assertThat(BandScore.of(BandScore.achievement(Fraction.whole(2), new BigDecimal("2.5")))).isEqualTo(75);
        assertThat(BandScore.of(BandScore.achievement(Fraction.whole(new BigDecimal("7.9999")), BigDecimal.TEN))).isEqualTo(50);
        // 2/3 of a target of 1 is 66.67%: band 50; 1/3 is 33.3%: band 0.
        assertThat(BandScore.of(BandScore.achievement(Fraction.of(BigDecimal.valueOf(2), BigDecimal.valueOf(3)), BigDecimal.ONE))).isEqualTo(50);
        assertThat(BandScore.of(BandScore.achievement(Fraction.of(BigDecimal.ONE, BigDecimal.valueOf(3)), BigDecimal.ONE))).isZero();
    }

    @Test
    void achievementIsActualOverTargetTimesHundred() {
        Fraction achievement = BandScore.achievement(Fraction.whole(9), BigDecimal.TEN);
        assertThat(achievement.rounded(2)).isEqualByComparingTo("90.00");
        assertThat(BandScore.of(achievement)).isEqualTo(75);
    }
}
