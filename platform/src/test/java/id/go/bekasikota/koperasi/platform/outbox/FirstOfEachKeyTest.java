package id.go.bekasikota.koperasi.platform.outbox;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** One record per key and batch, in sequence order: a key's records leave one batch after the other. */
class FirstOfEachKeyTest {

    record Row(long sequence, String key) {
    }

    @Test
    void aBatchCarriesTheFirstRowOfEachKeyInCommitOrder() {
        // A cooperative registered and its two reports, between two other cooperatives' registrations.
        List<Row> rows = List.of(new Row(1, "a"), new Row(2, "b"), new Row(3, "a"), new Row(4, "c"), new Row(5, "a"));

        FirstOfEachKey.Batch<Row> batch = FirstOfEachKey.of(rows, true, Row::key, 200);

        assertThat(batch.chosen()).containsExactly(new Row(1, "a"), new Row(2, "b"), new Row(4, "c"));
        assertThat(batch.left()).as("a's reports wait for the next batch, which goes at once").isTrue();
    }

    @Test
    void aBatchStopsAtItsSizeAndSaysSo() {
        List<Row> rows = List.of(new Row(1, "a"), new Row(2, "b"), new Row(3, "c"));

        assertThat(FirstOfEachKey.of(rows, true, Row::key, 2)).isEqualTo(
                new FirstOfEachKey.Batch<>(List.of(new Row(1, "a"), new Row(2, "b")), true));
        assertThat(FirstOfEachKey.of(rows, true, Row::key, 3)).isEqualTo(
                new FirstOfEachKey.Batch<>(rows, false));
        assertThat(FirstOfEachKey.of(rows, false, Row::key, 3).left())
                .as("the read was cut at its limit: more rows wait").isTrue();
        assertThat(FirstOfEachKey.of(List.<Row>of(), true, Row::key, 3)).isEqualTo(new FirstOfEachKey.Batch<>(List.of(), false));
    }

    /**
     * Batches taken one after the other until nothing is left publish every row once, each key's rows in
     * sequence order, and never two rows of one key in a batch; counted against the rows per key, by hand of the
     * generator.
     */
    @Test
    void batchesOneAfterTheOtherPublishEveryRowOnceAndEachKeyInOrder() {
        Random random = new Random(20261203L);
        List<Row> unpublished = new ArrayList<>();
        Map<String, Integer> perKey = new HashMap<>();
        for (long sequence = 1; sequence <= 5_000; sequence++) {
            String key = "k" + random.nextInt(random.nextBoolean() ? 5 : 800);
            unpublished.add(new Row(sequence, key));
            perKey.merge(key, 1, Integer::sum);
        }
        int hottest = perKey.values().stream().mapToInt(Integer::intValue).max().orElseThrow();

        Map<String, List<Long>> published = new HashMap<>();
        int batches = 0;
        boolean left = true;
        while (left) {
            int read = Math.min(unpublished.size(), 800);
            FirstOfEachKey.Batch<Row> batch = FirstOfEachKey.of(unpublished.subList(0, read), read == unpublished.size(),
                    Row::key, 200);
            assertThat(batch.chosen().stream().map(Row::key).distinct().count()).isEqualTo(batch.chosen().size());
            batch.chosen().forEach(row -> published.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row.sequence()));
            unpublished.removeAll(new HashSet<>(batch.chosen()));
            left = batch.left();
            assertThat(left || unpublished.isEmpty()).as("nothing is left when the batch says so").isTrue();
            batches++;
        }

        assertThat(unpublished).isEmpty();
        perKey.forEach((key, count) -> assertThat(published.get(key)).hasSize(count).isSorted());
        assertThat(batches).as("a key's rows take one batch each: at least as many batches as the hottest key has rows")
                .isGreaterThanOrEqualTo(hottest);
    }
}
