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

    @Test
    void fromAGuessTheMiddleValuesAreTheSortedOnesWhateverTheGuess() {
        // Guesses at the middle, next to it, far from it and outside the values; ranges with many equal values,
        // both signs and the extremes. Expected: the sorted range's values at ranks (n - 1) / 2 and n / 2.
        Random random = new Random(2029);
        for (int round = 0; round < 2_000; round++) {
            int n = 1 + random.nextInt(40);
            long[] values = new long[n];
            for (int i = 0; i < n; i++) {
                values[i] = switch (random.nextInt(4)) {
                    case 0 -> random.nextLong();
                    case 1 -> random.nextInt(6) - 3;
                    case 2 -> random.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE;
                    default -> random.nextInt(1_000);
                };
            }
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            long guess = switch (random.nextInt(5)) {
                case 0 -> sorted[(n - 1) / 2];
                case 1 -> sorted[Math.max(0, (n - 1) / 2 - 1)];
                case 2 -> sorted[Math.min(n - 1, n / 2 + 1)];
                case 3 -> sorted[random.nextInt(n)] + random.nextInt(3) - 1;
                default -> random.nextLong();
            };
            Median.Middle middle = Median.middle(values, 0, n, guess);
            assertThat(middle).as("%s, guess %d", Arrays.toString(sorted), guess)
                    .isEqualTo(new Median.Middle(sorted[(n - 1) / 2], sorted[n / 2]));
            // A guess far from the middle selects, which reorders the range; its values stay the same.
            long[] after = values.clone();
            Arrays.sort(after);
            assertThat(after).isEqualTo(sorted);
        }
    }

    @Test
    void aGuessCountsOnlyInsideTheRange() {
        long[] values = {-50, 9, 4, 7, 1, 50};
        // The range 9, 4, 7, 1: middle values 4 and 7, whether the guess is one of them, between or beside.
        assertThat(Median.middle(values, 1, 5, 4)).isEqualTo(new Median.Middle(4, 7));
        assertThat(Median.middle(values, 1, 5, 5)).isEqualTo(new Median.Middle(4, 7));
        assertThat(Median.middle(values, 1, 5, 9)).isEqualTo(new Median.Middle(4, 7));
        assertThat(Median.middle(values, 1, 5, -50)).isEqualTo(new Median.Middle(4, 7));
        assertThat(Median.middle(values, 1, 5, 4).median()).isEqualTo(6);
        assertThat(Median.middle(values, 2, 2, 4)).isNull();
    }
}
