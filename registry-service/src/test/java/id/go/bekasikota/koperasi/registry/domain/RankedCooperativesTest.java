package id.go.bekasikota.koperasi.registry.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ids in order, held compactly: what goes in comes out, in the same order, by rank from 1. */
class RankedCooperativesTest {

    @Test
    void theIdsComeBackInTheirOrderByRank() {
        Random random = new Random(7);
        List<UUID> ids = new ArrayList<>();
        RankedCooperatives.Builder builder = new RankedCooperatives.Builder();
        // More than the builder's first capacity, so that it grows; halves of both signs.
        for (int i = 0; i < 1_000; i++) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            ids.add(id);
            builder.add(id);
        }
        RankedCooperatives ranked = builder.build();

        assertThat(ranked.size()).isEqualTo(1_000);
        assertThat(ranked.all()).containsExactlyElementsOf(ids);
        assertThat(ranked.at(1)).isEqualTo(ids.get(0));
        assertThat(ranked.at(1_000)).isEqualTo(ids.get(999));
        assertThat(ranked.ranks(21, 40)).containsExactlyElementsOf(ids.subList(20, 40));
    }

    @Test
    void ranksPastTheEndAreLeftOutAndNoRankIsMadeUp() {
        RankedCooperatives ranked = RankedCooperatives.of(List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()));

        assertThat(ranked.ranks(3, 10)).containsExactly(ranked.at(3));
        assertThat(ranked.ranks(4, 10)).isEmpty();
        assertThatThrownBy(() -> ranked.at(0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> ranked.at(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(RankedCooperatives.of(List.of()).isEmpty()).isTrue();
        assertThat(RankedCooperatives.none().ranks(1, 20)).isEmpty();
    }
}
