package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PP 7/2021 article 35: each bound belongs to the class below it ("paling banyak"), the next rupiah to the next class. */
class SizeClassThresholdsTest {

    private static final SizeClassThresholds SALES = new SizeClassThresholds(SizeClassThresholds.Basis.TURNOVER,
            2_000_000_000L, 15_000_000_000L, 50_000_000_000L);
    private static final SizeClassThresholds CAPITAL = new SizeClassThresholds(SizeClassThresholds.Basis.ASSETS,
            1_000_000_000L, 5_000_000_000L, 10_000_000_000L);

    @Test
    void byTurnoverTheBoundsOfArticle35Paragraph5() {
        assertThat(SALES.classify(turnover(0))).isEqualTo(SizeClass.MICRO);
        assertThat(SALES.classify(turnover(2_000_000_000L))).isEqualTo(SizeClass.MICRO);
        assertThat(SALES.classify(turnover(2_000_000_001L))).isEqualTo(SizeClass.SMALL);
        assertThat(SALES.classify(turnover(15_000_000_000L))).isEqualTo(SizeClass.SMALL);
        assertThat(SALES.classify(turnover(15_000_000_001L))).isEqualTo(SizeClass.MEDIUM);
        assertThat(SALES.classify(turnover(50_000_000_000L))).isEqualTo(SizeClass.MEDIUM);
        assertThat(SALES.classify(turnover(50_000_000_001L))).isEqualTo(SizeClass.LARGE);
    }

    @Test
    void byAssetsTheCapitalBoundsOfArticle35Paragraph3() {
        // Lima Garuda's Rp 500 billion of assets with a turnover of Rp 1 billion: large by assets, micro by turnover.
        AnnualReportSummary report = new AnnualReportSummary(2025, LocalDate.of(2026, 3, 21), 1, 1, 1, 1, 1,
                500_000_000_000L, 1_000_000_000L, 1);
        assertThat(CAPITAL.classify(report)).isEqualTo(SizeClass.LARGE);
        assertThat(SALES.classify(report)).isEqualTo(SizeClass.MICRO);
        assertThat(CAPITAL.classify(assets(1_000_000_000L))).isEqualTo(SizeClass.MICRO);
        assertThat(CAPITAL.classify(assets(1_000_000_001L))).isEqualTo(SizeClass.SMALL);
        assertThat(CAPITAL.classify(assets(10_000_000_000L))).isEqualTo(SizeClass.MEDIUM);
        assertThat(CAPITAL.upperBound(SizeClass.SMALL)).isEqualTo(5_000_000_000L);
        assertThat(CAPITAL.upperBound(SizeClass.LARGE)).isNull();
    }

    @Test
    void boundsMustRise() {
        assertThatThrownBy(() -> new SizeClassThresholds(SizeClassThresholds.Basis.TURNOVER, 5, 5, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static AnnualReportSummary turnover(long turnover) {
        return new AnnualReportSummary(2025, LocalDate.of(2026, 3, 21), 1, 1, 1, 1, 1, 1, turnover, 1);
    }

    private static AnnualReportSummary assets(long assets) {
        return new AnnualReportSummary(2025, LocalDate.of(2026, 3, 21), 1, 1, 1, 1, 1, assets, 1, 1);
    }
}
