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
 * equal values and any order of input stay linear on average), not by sorting.
 */
public final class Median {

    private Median() {
    }

    /** The median of {@code values[from..to)}, or null when the range is empty. Reorders the range. */
    public static Long of(long[] values, int from, int to) {
        int n = to - from;
        if (n <= 0) {
            return null;
        }
        int lower = from + (n - 1) / 2;
        long low = select(values, from, to, lower);
        if (n % 2 == 1) {
            return low;
        }
        // After the selection every value right of `lower` is at least `low`: the next middle one is their minimum.
        long high = Long.MAX_VALUE;
        for (int i = lower + 1; i < to; i++) {
            high = Math.min(high, values[i]);
        }
        return BigDecimal.valueOf(low).add(BigDecimal.valueOf(high))
                .divide(BigDecimal.valueOf(2), 0, RoundingMode.HALF_UP).longValueExact();
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
