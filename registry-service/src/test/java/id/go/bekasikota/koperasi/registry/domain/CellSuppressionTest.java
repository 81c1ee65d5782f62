package id.go.bekasikota.koperasi.registry.domain;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static id.go.bekasikota.koperasi.registry.domain.CellSuppression.Reason.COMPLEMENTARY;
import static id.go.bekasikota.koperasi.registry.domain.CellSuppression.Reason.PRIMARY;
import static org.assertj.core.api.Assertions.assertThat;

/** Suppression with a minimum of 3 cooperatives per cell. */
class CellSuppressionTest {

    @Test
    void aLoneSmallCellTakesTheSmallestOtherNonEmptyCellWithIt() {
        // 1 + 5 + 4 + 10 = 20 published as the total: cell b alone would be 20 - 19.
        assertThat(CellSuppression.ofBreakdown(cells("a", 0, "b", 1, "c", 5, "d", 4, "e", 10), 3))
                .containsExactly(Map.entry("b", PRIMARY), Map.entry("d", COMPLEMENTARY));
    }

    @Test
    void twoSmallCellsHideEachOther() {
        assertThat(CellSuppression.ofBreakdown(cells("a", 1, "b", 2, "c", 7), 3))
                .containsExactly(Map.entry("a", PRIMARY), Map.entry("b", PRIMARY));
    }

    @Test
    void smallCellsThatTogetherHoldFewerThanTheMinimumTakeAnotherWithThem() {
        // 327501 and 327502 one cooperative each, 327503 three, total 5 published: hiding only the two small cells,
        // total - 327503 = the two together, from which either one reads the other's figures. With 327503 hidden too,
        // what can be read is the three cells together: 5 cooperatives.
        assertThat(CellSuppression.ofBreakdown(cells("327501", 1, "327502", 1, "327503", 3), 3))
                .containsExactly(Map.entry("327501", PRIMARY), Map.entry("327502", PRIMARY), Map.entry("327503", COMPLEMENTARY));
        // 1 + 1 + 1 = 3 already holds the minimum: nothing more.
        assertThat(CellSuppression.ofBreakdown(cells("a", 1, "b", 1, "c", 1, "d", 9), 3))
                .containsExactly(Map.entry("a", PRIMARY), Map.entry("b", PRIMARY), Map.entry("c", PRIMARY));
        // Minimum 6: the small cells hold 1 + 1 = 2; the smallest other (c, 6, the first of its tie with e) joins them: 8.
        assertThat(CellSuppression.ofBreakdown(cells("a", 1, "b", 1, "c", 6, "d", 9, "e", 6), 6))
                .containsExactly(Map.entry("a", PRIMARY), Map.entry("b", PRIMARY), Map.entry("c", COMPLEMENTARY));
    }

    @Test
    void onATieTheFirstSmallestCellIsTaken() {
        assertThat(CellSuppression.ofBreakdown(cells("a", 1, "b", 4, "c", 4), 3))
                .containsExactly(Map.entry("a", PRIMARY), Map.entry("b", COMPLEMENTARY));
    }

    @Test
    void emptyAndLargeEnoughCellsAreShown() {
        assertThat(CellSuppression.ofBreakdown(cells("a", 0, "b", 3, "c", 30), 3)).isEmpty();
        // Nothing else to hide with it: the total is then the cell itself and is hidden by the same rule.
        assertThat(CellSuppression.ofBreakdown(cells("a", 2, "b", 0), 3)).containsExactly(Map.entry("a", PRIMARY));
        assertThat(CellSuppression.primary(0, 3)).isFalse();
        assertThat(CellSuppression.primary(2, 3)).isTrue();
        assertThat(CellSuppression.primary(3, 3)).isFalse();
    }

    @Test
    void growthNeedsEnoughCooperativesAndNoFewNewcomersOrLeavers() {
        assertThat(CellSuppression.growthPublishable(5, 8, 5, 3)).isTrue();
        // Two stopped reporting: the year before's total minus the growth's base would be their sum.
        assertThat(CellSuppression.growthPublishable(5, 5, 7, 3)).isFalse();
        // One started reporting.
        assertThat(CellSuppression.growthPublishable(5, 6, 5, 3)).isFalse();
        assertThat(CellSuppression.growthPublishable(2, 2, 2, 3)).isFalse();
    }

    private static LinkedHashMap<String, Long> cells(Object... keysAndCounts) {
        LinkedHashMap<String, Long> cells = new LinkedHashMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            cells.put((String) keysAndCounts[i], ((Integer) keysAndCounts[i + 1]).longValue());
        }
        return cells;
    }
}
