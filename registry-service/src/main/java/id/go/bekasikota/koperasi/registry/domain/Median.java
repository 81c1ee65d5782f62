package id.go.bekasikota.koperasi.registry.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The median of whole numbers, exactly: the middle value of an odd count; of an even count the
 * mean of the two middle values, rounded half away from zero to a whole number (HALF_UP, as every
 * rounding of money in the suite: the middle of 4 and 7 is 6, of -7 and -4 is -6).
 *
 * <p>Found by selection (quickselect with a random pivot and three-way partitioning, so that many
 * equal values and any order of input stay linear on average), not by sorting; or, from a guess
 * of the middle (the one found before a few values changed), by one pass that counts around it.
 */
public final class Median {

    private Median() {
    }

    /** The median of {@code values[from..to)}, or null when the range is empty. Reorders the range. */
    public static Long of(long[] values, int from, int to) {
        Middle middle = middle(values, from, to);
        return middle == null ? null : middle.median();
    }

    /** The two middle values of a range in sorted order: the same one twice for an odd count. */
    public record Middle(long lower, long upper) {

        /** The median: the middle value, or the two middle values' mean rounded half away from zero. */
        public long median() {
            if (lower == upper) {
                return lower;
            }
            return BigDecimal.valueOf(lower).add(BigDecimal.valueOf(upper))
                    .divide(BigDecimal.valueOf(2), 0, RoundingMode.HALF_UP).longValueExact();
        }
    }

    /** The middle values of {@code values[from..to)} by selection, or null when the range is empty. Reorders the range. */
    public static Middle middle(long[] values, int from, int to) {
        int n = to - from;
        if (n <= 0) {
            return null;
        }
        int lower = from + (n - 1) / 2;
        long low = select(values, from, to, lower);
        if (n % 2 == 1) {
            return new Middle(low, low);
        }
        // After the selection every value right of `lower` is at least `low`: the next middle one is their minimum.
        long high = Long.MAX_VALUE;
        for (int i = lower + 1; i < to; i++) {
            high = Math.min(high, values[i]);
        }
        return new Middle(low, high);
    }

    /**
     * The middle values of {@code values[from..to)} from a guess, such as the lower middle value before a few values
     * were added, taken out or changed. One pass, which leaves the range as it is, counts the values below, at and
     * above the guess and keeps the nearest value on each side: when each middle rank falls at the guess or at one of
     * those two, that is the answer; else the range is selected ({@link #middle(long[], int, int)}). Any guess gives
     * the exact middle values; a close one saves the selection's passes.
     */
    public static Middle middle(long[] values, int from, int to, long guess) {
        int n = to - from;
        if (n <= 0) {
            return null;
        }
        int less = 0;
        int equal = 0;
        long below = Long.MIN_VALUE;
        long above = Long.MAX_VALUE;
        for (int i = from; i < to; i++) {
            long value = values[i];
            if (value < guess) {
                less++;
                below = Math.max(below, value);
            } else if (value > guess) {
                above = Math.min(above, value);
            } else {
                equal++;
            }
        }
        int lowerRank = (n - 1) / 2;
        int upperRank = n / 2;
        if (lowerRank < less - 1 || upperRank > less + equal) {
            return middle(values, from, to);
        }
        return new Middle(ranked(lowerRank, less, equal, below, guess, above), ranked(upperRank, less, equal, below, guess, above));
    }

    /** The value at a rank from less - 1 to less + equal: the nearest below, the guess, or the nearest above. */
    private static long ranked(int rank, int less, int equal, long below, long guess, long above) {
        if (rank < less) {
            return below;
        }
        return rank < less + equal ? guess : above;
    }

    /** The value that sorted order puts at index {@code k} of {@code values[from..to)}. */
    static long select(long[] values, int from, int to, int k) {
        int lo = from;
        int hi = to - 1;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (lo < hi) {
            long pivot = values[lo + random.nextInt(hi - lo + 1)];
            int lt = lo;
            int i = lo;
            int gt = hi;
            while (i <= gt) {
                if (values[i] < pivot) {
                    swap(values, lt++, i++);
                } else if (values[i] > pivot) {
                    swap(values, i, gt--);
                } else {
                    i++;
                }
            }
            if (k < lt) {
                hi = lt - 1;
            } else if (k > gt) {
                lo = gt + 1;
            } else {
                return pivot;
            }
        }
        return values[lo];
    }

    private static void swap(long[] values, int a, int b) {
        long t = values[a];
        values[a] = values[b];
        values[b] = t;
    }
}
