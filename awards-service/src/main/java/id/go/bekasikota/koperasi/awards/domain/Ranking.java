package id.go.bekasikota.koperasi.awards.domain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Ranking (DESIGN.md 3.1): total descending, then the keuangan (finance) aspect subtotal
 * descending, then cooperative number ascending. Every nomination gets its own rank. The total and the subtotal are
 * compared as the ranking shows them, rounded once to two decimals.
 */
public final class Ranking {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private Ranking() {
    }

    /** One nomination to rank; {@code item} is whatever the caller wants back. */
    public record Entry<T>(T item, String cooperativeNumber, NominationResult result) {
    }

    /** A nomination with its place, 1 first. */
    public record Ranked<T>(int rank, Entry<T> entry) {
    }

    public static final Comparator<Entry<?>> ORDER = Comparator
            .<Entry<?>, java.math.BigDecimal>comparing(e -> e.result().total(), Comparator.reverseOrder())
            // As shown (two decimals, half-up), as the total is: a tie a reader of the ranking sees is one, and the next
            // rule decides it, so that anyone can work out the order from the figures the ranking shows.
            .thenComparing(e -> Shown.rounded(e.result().keuanganSubtotal().orElse(Fraction.ZERO)), Comparator.reverseOrder())
            .thenComparing(Entry::cooperativeNumber, Ranking::compareNumbers);

    public static <T> List<Ranked<T>> rank(List<Entry<T>> entries) {
        List<Entry<T>> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER::compare);
        List<Ranked<T>> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            ranked.add(new Ranked<>(i + 1, sorted.get(i)));
        }
        return ranked;
    }

    /**
     * Cooperative numbers are digit strings: compared as numbers (a shorter one is smaller), otherwise as
     * text; none last. Two numbers of the same value with other leading zeros ({@code 0123456} and
     * {@code 123456}, both valid) are told apart as text, so that no tie is left for chance to decide.
     */
    static int compareNumbers(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if (DIGITS.matcher(a).matches() && DIGITS.matcher(b).matches()) {
            int byValue = new BigInteger(a).compareTo(new BigInteger(b));
            return byValue != 0 ? byValue : a.compareTo(b);
        }
        return a.compareTo(b);
    }
}
