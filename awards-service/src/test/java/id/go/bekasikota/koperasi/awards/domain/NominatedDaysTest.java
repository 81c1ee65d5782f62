package id.go.bekasikota.koperasi.awards.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The days a program's nominations were made on: both or neither, in order; a window leaves one out or not. */
class NominatedDaysTest {

    private static final LocalDate MAY_5 = LocalDate.of(2026, 5, 5);
    private static final LocalDate MAY_20 = LocalDate.of(2026, 5, 20);

    @Test
    void bothDaysOrNeitherAndTheLastNotBeforeTheFirst() {
        assertThatThrownBy(() -> new NominatedDays(MAY_5, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NominatedDays(null, MAY_20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NominatedDays(MAY_20, MAY_5)).isInstanceOf(IllegalArgumentException.class);
        assertThatCode(() -> new NominatedDays(MAY_5, MAY_5)).doesNotThrowAnyException();
        assertThat(NominatedDays.NONE.any()).isFalse();
        assertThat(new NominatedDays(MAY_5, MAY_20).any()).isTrue();
    }

    @Test
    void aWindowLeavesOutADayWhenItOpensAfterTheFirstOrClosesBeforeTheLast() {
        NominatedDays days = new NominatedDays(MAY_5, MAY_20);
        assertThat(days.leftOutBy(MAY_5, MAY_20)).isFalse();
        assertThat(days.leftOutBy(MAY_5.minusDays(30), MAY_20.plusDays(30))).isFalse();
        assertThat(days.leftOutBy(MAY_5.plusDays(1), MAY_20)).isTrue();
        assertThat(days.leftOutBy(MAY_5, MAY_20.minusDays(1))).isTrue();
        assertThat(NominatedDays.NONE.leftOutBy(MAY_20, MAY_20)).as("nothing to leave out").isFalse();
    }
}
