package id.go.bekasikota.koperasi.platform.inbox;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lag readiness reports, worked out by hand for each way a partition's position is known. */
class ConsumerLagTest {

    private static final TopicPartition P0 = new TopicPartition("registry.cooperative.v1", 0);
    private static final TopicPartition P1 = new TopicPartition("registry.cooperative.v1", 1);
    private static final TopicPartition P2 = new TopicPartition("registry.cooperative.v1", 2);

    @Test
    void countsFromTheRecordAfterTheLastOneProcessedHereEvenWhenTheCommitIsBehind() {
        // P0: processed up to offset 41 (next 42), committed 30 a second ago, end 50 -> 8 to go.
        // P1: processed up to 99 (next 100), end 100 -> 0.
        ConsumerLag lag = ConsumerLag.of(Set.of(P0, P1), Map.of(P0, 42L, P1, 100L), Map.of(P0, 30L, P1, 95L), Map.of(),
                Map.of(P0, 50L, P1, 100L));

        assertThat(lag).isEqualTo(new ConsumerLag(2, 8));
    }

    @Test
    void afterARestartCountsFromTheCommittedOffsetUntilARecordIsProcessed() {
        // Nothing processed yet in this process: committed 120 and 7, ends 400 and 7 -> 280 + 0.
        ConsumerLag lag = ConsumerLag.of(Set.of(P0, P1), Map.of(), Map.of(P0, 120L, P1, 7L), Map.of(), Map.of(P0, 400L, P1, 7L));

        assertThat(lag).isEqualTo(new ConsumerLag(2, 280));
    }

    @Test
    void aCommitAheadOfThisInstanceWinsForAPartitionItGotBack() {
        // Processed here up to 10 before another member took P2 and committed 60; P2 is back: end 61 -> 1.
        ConsumerLag lag = ConsumerLag.of(Set.of(P2), Map.of(P2, 11L), Map.of(P2, 60L), Map.of(), Map.of(P2, 61L));

        assertThat(lag).isEqualTo(new ConsumerLag(1, 1));
    }

    @Test
    void aPartitionNeverCommittedCountsFromItsLogStart() {
        // auto.offset.reset=earliest: log start 500 (older records deleted), end 530 -> 30.
        assertThat(ConsumerLag.withoutPosition(Set.of(P0, P1), Map.of(P1, 3L), Map.of())).containsExactly(P0);
        ConsumerLag lag = ConsumerLag.of(Set.of(P0, P1), Map.of(P1, 3L), Map.of(), Map.of(P0, 500L), Map.of(P0, 530L, P1, 3L));

        assertThat(lag).isEqualTo(new ConsumerLag(2, 30));
    }

    @Test
    void noPartitionsNoLag() {
        assertThat(ConsumerLag.of(Set.of(), Map.of(), Map.of(), Map.of(), Map.of())).isEqualTo(new ConsumerLag(0, 0));
    }

    @Test
    void refusesToGuessAMissingOffset() {
        assertThatThrownBy(() -> ConsumerLag.of(Set.of(P0), Map.of(P0, 1L), Map.of(), Map.of(), Map.of()))
                .hasMessageContaining("no end offset");
        assertThatThrownBy(() -> ConsumerLag.of(Set.of(P0), Map.of(), Map.of(), Map.of(), Map.of(P0, 9L)))
                .hasMessageContaining("no position");
    }

    @Test
    void anInstanceHoldingNoPartitionReportsWhatTheGroupHasYetToProcessFromItsCommits() {
        // A replica restarted after a kill, before its rebalance gave it P0 and P1 back: the group committed 120 and 7
        // before the kill, the ends are 229 and 7 -> 109 + 0 to go (it was counted 0, and readiness said UP with the
        // backlog ahead). Another topic's commit is not this consumer's.
        TopicPartition other = new TopicPartition("financing.loan-application.v1", 0);
        Map<TopicPartition, Long> committed = Map.of(P0, 120L, P1, 7L, other, 3L);
        Set<TopicPartition> on = ConsumerLag.committedOn(Set.of("registry.cooperative.v1"), committed);
        assertThat(on).containsExactlyInAnyOrder(P0, P1);
        assertThat(ConsumerLag.ofGroup(on, committed, Map.of(P0, 229L, P1, 7L))).isEqualTo(new ConsumerLag(0, 109));
        // A group that never committed: nothing to count yet.
        assertThat(ConsumerLag.ofGroup(ConsumerLag.committedOn(Set.of("registry.cooperative.v1"), Map.of()), Map.of(), Map.of()))
                .isEqualTo(new ConsumerLag(0, 0));
        assertThatThrownBy(() -> ConsumerLag.ofGroup(on, committed, Map.of(P0, 229L))).isInstanceOf(IllegalArgumentException.class);
    }
}
