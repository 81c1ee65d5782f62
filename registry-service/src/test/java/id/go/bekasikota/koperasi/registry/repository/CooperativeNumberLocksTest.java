package id.go.bekasikota.koperasi.registry.repository;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The names of the cooperative numbers' locks: one per number, bounded however many numbers, taken in one order. */
class CooperativeNumberLocksTest {

    private static final Pattern NAME = Pattern.compile("cooperative-numbers:(\\d+)");

    @Test
    void aNumberHasOneLockWhoeverAsksForIt() {
        String number = "3275010010001";
        assertThat(CooperativeNumberLocks.name(new String(number.toCharArray()))).isEqualTo(CooperativeNumberLocks.name(number));
        assertThat(CooperativeNumberLocks.names(List.of(number, new String(number.toCharArray())))).hasSize(1);
    }

    /** An import of 50,000 new cooperatives: PostgreSQL's default lock table holds 6,400 locks in all. */
    @Test
    void anImportOfFiftyThousandNumbersTakesAtMostOneThousandAndTwentyFourLocks() {
        List<String> numbers = new ArrayList<>();
        for (long i = 0; i < 50_000; i++) {
            numbers.add("3275" + (100_000_000L + i * 7_919));
        }
        List<String> names = CooperativeNumberLocks.names(numbers);

        assertThat(names).hasSizeLessThanOrEqualTo(1_024).doesNotHaveDuplicates().isSorted();
        assertThat(names).allSatisfy(name -> {
            Matcher bucket = NAME.matcher(name);
            assertThat(bucket.matches()).as(name).isTrue();
            assertThat(Integer.parseInt(bucket.group(1))).isBetween(0, 1_023);
        });
    }

    @Test
    void theLocksAreTakenInOneOrderWhateverTheFilesOrder() {
        List<String> numbers = List.of("3275010010001", "3275070020002", "3275120030003", "3275040040004");
        List<String> reversed = List.of("3275040040004", "3275120030003", "3275070020002", "3275010010001");
        assertThat(CooperativeNumberLocks.names(numbers)).isEqualTo(CooperativeNumberLocks.names(reversed));
    }
}
