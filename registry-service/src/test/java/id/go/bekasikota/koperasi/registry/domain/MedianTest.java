package id.go.bekasikota.koperasi.registry.domain;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The median's definition, by hand; and the selection against a plain sort. */
class MedianTest {

    @Test
    void anOddCountTakesTheMiddleValue() {
        assertThat(Median.of(new long[]{40, 5, 10}, 0, 3)).isEqualTo(10);
        assertThat(Median.of(new long[]{7}, 0, 1)).isEqualTo(7);
    }

    @Test
    void anEvenCountTakesTheMeanOfTheTwoMiddleValuesRoundedHalfAwayFromZero() {
        assertThat(Median.of(new long[]{7, 4}, 0, 2)).isEqualTo(6);
        assertThat(Median.of(new long[]{-7, -4}, 0, 2)).isEqualTo(-6);
        assertThat(Median.of(new long[]{100, 0, 25, 50}, 0, 4)).isEqualTo(38);
        assertThat(Median.of(new long[]{-10, 40, 0, 7}, 0, 4)).isEqualTo(4);
        assertThat(Median.of(new long[]{Long.MAX_VALUE, Long.MAX_VALUE - 1}, 0, 2)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void onlyTheRangeCountsAndAnEmptyRangeHasNone() {
        assertThat(Median.of(new long[]{1000, 3, 1, 2, -1000}, 1, 4)).isEqualTo(2);
        assertThat(Median.of(new long[]{1, 2}, 1, 1)).isNull();
    }

    @Test
    void selectionAgreesWithSortingOnManyEqualValuesAndAnyOrder() {
        Random random = new Random(617);
        for (int round = 0; round < 500; round++) {
            int n = 1 + random.nextInt(60);
            long[] values = new long[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(4) == 0 ? random.nextLong() : random.nextInt(5);
            }
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            long lower = sorted[(n - 1) / 2];
            long upper = sorted[n / 2];
            long expected = n % 2 == 1 ? lower
                    : new java.math.BigDecimal(lower).add(new java.math.BigDecimal(upper))
                    .divide(java.math.BigDecimal.valueOf(2), 0, java.math.RoundingMode.HALF_UP).longValueExact();
            assertThat(Median.of(values, 0, n)).as(Arrays.toString(sorted)).isEqualTo(expected);
        }
    }
}
