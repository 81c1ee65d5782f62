package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
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

    /** A report of {@code year} held in March of the next year, with the figures that matter here. */
    private static AnnualReportSummary report(int year, int members, long ownCapital, long assets, long surplus) {
        return new AnnualReportSummary(year, LocalDate.of(year + 1, 3, 20), members / 2, members - members / 2, 5, ownCapital, 0,
                assets, 0, surplus);
    }

    private static CooperativeFacts facts(LoanRecord loans, AnnualReportSummary... reports) {
        return new CooperativeFacts(java.util.UUID.randomUUID(), "1", "K", "JASA", LocalDate.of(2005, 1, 10), null,
                List.of(reports), loans);
    }

    @Test
    void equityRatioAndReturnOnAssetsAreSharesOfTheAssets() {
        CooperativeFacts facts = facts(LoanRecord.NONE, report(2025, 40, 300, 1_200, 30));
        // 300 / 1,200 x 100 = 25%; 30 / 1,200 x 100 = 2.5%
        Measurement equity = ComputedIndicators.measure(IndicatorKind.EQUITY_RATIO, facts, 2025, AS_OF);
        assertThat(equity.actual().rounded(2)).isEqualByComparingTo("25.00");
        assertThat(equity.explanation()).isEqualTo("Own capital 300 of assets 1200 in 2025 = 25.00%.");
        Measurement roa = ComputedIndicators.measure(IndicatorKind.RETURN_ON_ASSETS, facts, 2025, AS_OF);
        assertThat(roa.actual().rounded(2)).isEqualByComparingTo("2.50");
        assertThat(roa.explanation()).isEqualTo("Surplus (SHU) 30 of assets 1200 in 2025 = 2.50%.");
    }

    @Test
    void aShareNeedsTheReportAndPositiveAssets() {
        Measurement noReport = ComputedIndicators.measure(IndicatorKind.EQUITY_RATIO, facts(LoanRecord.NONE, report(2024, 40, 300, 1_200, 30)),
                2025, AS_OF);
        assertThat(noReport.available()).isFalse();
        assertThat(noReport.explanation()).isEqualTo("Not available: no RAT report for 2025.");
        Measurement noAssets = ComputedIndicators.measure(IndicatorKind.RETURN_ON_ASSETS, facts(LoanRecord.NONE, report(2025, 40, 0, 0, 30)),
                2025, AS_OF);
        assertThat(noAssets.available()).isFalse();
        assertThat(noAssets.explanation()).isEqualTo("Not available: assets in 2025 are 0.");
    }

    @Test
    void growthNeedsBothYearsAndABase() {
        Measurement onlyCurrent = ComputedIndicators.measure(IndicatorKind.MEMBER_GROWTH, facts(LoanRecord.NONE, report(2025, 40, 1, 1, 1)),
                2025, AS_OF);
        assertThat(onlyCurrent.available()).isFalse();
        assertThat(onlyCurrent.explanation()).isEqualTo("Not available: growth of members needs the RAT reports for 2024 and 2025.");
        Measurement onlyPrevious = ComputedIndicators.measure(IndicatorKind.MEMBER_GROWTH, facts(LoanRecord.NONE, report(2024, 40, 1, 1, 1)),
                2025, AS_OF);
        assertThat(onlyPrevious.available()).isFalse();
        Measurement noBase = ComputedIndicators.measure(IndicatorKind.SHU_GROWTH,
                facts(LoanRecord.NONE, report(2024, 40, 1, 1, 0), report(2025, 40, 1, 1, 10)), 2025, AS_OF);
        assertThat(noBase.available()).isFalse();
        assertThat(noBase.explanation()).isEqualTo("Not available: surplus (SHU) in 2024 was 0, growth has no base.");
        // 40 -> 50 members: (50 - 40) / 40 x 100 = 25%
        Measurement members = ComputedIndicators.measure(IndicatorKind.MEMBER_GROWTH,
                facts(LoanRecord.NONE, report(2024, 40, 1, 1, 1), report(2025, 50, 1, 1, 1)), 2025, AS_OF);
        assertThat(members.explanation()).isEqualTo("Growth of members from 40 (2024) to 50 (2025): (50 - 40) / 40 x 100 = 25.00%.");
    }

    @Test
    void ratOnTimeNamesTheWindowAndEachYearOnTimeLateOrMissing() {
        Measurement allOnTime = ComputedIndicators.measure(IndicatorKind.RAT_ON_TIME, AwardMother.healthy("1"), 2025, AS_OF);
        assertThat(allOnTime.explanation()).isEqualTo("RAT held by 30 June of the following year in 3 of 2023-2025; on time: "
                + "2023 (held 2024-03-20), 2024 (held 2025-03-20), 2025 (held 2026-03-20).");
        Measurement oneMissingOneLate = ComputedIndicators.measure(IndicatorKind.RAT_ON_TIME, facts(LoanRecord.NONE,
                AwardMother.report(2024, LocalDate.of(2025, 7, 1), 10, 100, 1)), 2025, AS_OF);
        assertThat(oneMissingOneLate.actual().rounded(0)).isEqualByComparingTo("0");
        assertThat(oneMissingOneLate.explanation()).isEqualTo("RAT held by 30 June of the following year in 0 of 2023-2025; "
                + "late: 2024 (held 2025-07-01); no report: 2023, 2025.");
        AnnualReportSummary undated = new AnnualReportSummary(2025, null, 1, 1, 1, 1, 1, 1, 1, 1);
        assertThat(ComputedIndicators.heldOnTime(undated)).isFalse();
    }

    @Test
    void cleanRepaymentNamesTheLoansDefaultedOnTheAssessmentDate() {
        assertThat(ComputedIndicators.measure(IndicatorKind.CLEAN_REPAYMENT, facts(new LoanRecord(4, 1, 2)), 2025, AS_OF).explanation())
                .isEqualTo("2 of 4 loans never DEFAULTED = 50.00%; 1 DEFAULTED on " + AS_OF + ".");
        assertThat(ComputedIndicators.measure(IndicatorKind.CLEAN_REPAYMENT, facts(new LoanRecord(4, 0, 1)), 2025, AS_OF).explanation())
                .isEqualTo("3 of 4 loans never DEFAULTED = 75.00%.");
    }
}
