package id.go.bekasikota.koperasi.testsupport;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Large collections compared in any order, as multisets: each element with how many times it occurs, so that
 * {@code assertThat(counts(actual)).isEqualTo(counts(expected))} holds exactly when AssertJ's
 * {@code containsExactlyInAnyOrderElementsOf} would. AssertJ compares every element with every other for that (a
 * stream over the expected ones per actual one): fine for a dozen, but a test of an ODS reconciliation over the
 * register's thousands of cooperatives spent half its time there. Elements need {@code equals} and {@code hashCode}.
 */
public final class Multisets {

    private Multisets() {
    }

    /** Each distinct element and how many times it occurs. */
    public static <T> Map<T, Long> counts(Collection<? extends T> elements) {
        return elements.stream().collect(Collectors.groupingBy(Function.<T>identity(), Collectors.counting()));
    }
}
