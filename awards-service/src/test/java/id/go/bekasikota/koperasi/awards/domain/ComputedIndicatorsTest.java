package id.go.bekasikota.koperasi.awards.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComputedIndicatorsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 8, 1);

    @Test
    void ratOnTimeCountsMeetingsByThirtyJuneOfTheNextYear() {
        CooperativeFacts base = AwardMother.healthy("1");
        CooperativeFacts facts = new CooperativeFacts(base.cooperativeId(), "1", "K", "JASA", base.foundedOn(), null, List.of(
                AwardMother.report(2023, LocalDate.of(2024, 6, 30), 10, 100, 1),
                AwardMother.report(2024, LocalDate.of(2025, 7, 1), 10, 100, 1),
                AwardMother.report(2025, LocalDate.of(2026, 1, 15), 10, 100, 1)), LoanRecord.NONE);
        Measurement measurement = ComputedIndicators.measure(IndicatorKind.RAT_ON_TIME, facts, 2025, AS_OF);
        assertThat(measurement.actual().rounded(0)).isEqualByComparingTo("2");
        assertThat(measurement.explanation()).contains("late: 2024 (held 2025-07-01)");
    }

    @Test
    void shuGrowthFromANegativeBaseIsMeasuredAgainstItsSize() {
        CooperativeFacts base = AwardMother.healthy("1");
        CooperativeFacts facts = new CooperativeFacts(base.cooperativeId(), "1", "K", "JASA", base.foundedOn(), null, List.of(
                AwardMother.report(2024, LocalDate.of(2025, 3, 1), 10, 100, -50),
                AwardMother.report(2025, LocalDate.of(2026, 3, 1), 10, 100, 25)), LoanRecord.NONE);
        // (25 - -50) / 50 x 100 = 150%
        assertThat(ComputedIndicators.measure(IndicatorKind.SHU_GROWTH, facts, 2025, AS_OF).actual().rounded(2))
                .isEqualByComparingTo("150.00");
    }

    @Test
    void cleanRepaymentIsTheShareOfLoansNeverDefaulted() {
        CooperativeFacts base = AwardMother.healthy("1");
        CooperativeFacts facts = new CooperativeFacts(base.cooperativeId(), "1", "K", "JASA", base.foundedOn(), null,
                base.annualReports(), new LoanRecord(4, 0, 1));
        Measurement measurement = ComputedIndicators.measure(IndicatorKind.CLEAN_REPAYMENT, facts, 2025, AS_OF);
        assertThat(measurement.actual().rounded(2)).isEqualByComparingTo("75.00");
        assertThat(ComputedIndicators.measure(IndicatorKind.CLEAN_REPAYMENT, base, 2025, AS_OF).actual().rounded(0))
                .isEqualByComparingTo("100");
    }

    @Test
    void aReportHeldAfterTheDateDoesNotCount() {
        Measurement measurement = ComputedIndicators.measure(IndicatorKind.ASSET_GROWTH, AwardMother.healthy("1"), 2025,
                LocalDate.of(2026, 3, 19));
        assertThat(measurement.available()).isFalse();
    }
}
