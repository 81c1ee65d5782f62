package id.go.bekasikota.koperasi.awards.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScoringSheetTest {

    @Test
    void anEmptySheetIsRefused() {
        assertThat(new ScoringSheet(List.of()).violations("scoringSheet.indicators"))
                .containsExactly(new Violation("scoringSheet.indicators", "must have at least one indicator"));
    }

    @Test
    void weightsMustBePositiveCodesUniqueAndComputedOnesNeedKindAndTarget() {
        ScoringSheet sheet = new ScoringSheet(List.of(
                AwardMother.juror("K1", Aspect.KELEMBAGAAN, "0"),
                AwardMother.juror("K1", Aspect.USAHA, "-1"),
                new Indicator("F1", "Finance", Aspect.KEUANGAN, IndicatorSource.COMPUTED, null, null, BigDecimal.ONE),
                new Indicator("F2", "Finance", Aspect.KEUANGAN, IndicatorSource.JUROR, IndicatorKind.SHU_GROWTH, BigDecimal.TEN,
                        BigDecimal.ONE)));
        assertThat(sheet.violations("s")).extracting(Violation::field).containsExactly(
                "s[0].weight", "s[1].code", "s[1].weight", "s[2].kind", "s[2].target", "s[3].kind", "s[3].target");
    }

    @Test
    void aValidSheetHasNoViolations() {
        ScoringSheet sheet = new ScoringSheet(List.of(
                AwardMother.computed("K1", Aspect.KELEMBAGAAN, IndicatorKind.RAT_ON_TIME, "3", "20"),
                AwardMother.juror("U1", Aspect.USAHA, "30")));
        assertThat(sheet.violations("s")).isEmpty();
        assertThat(sheet.totalWeight()).isEqualByComparingTo("50");
        assertThat(sheet.jurorIndicators()).extracting(Indicator::code).containsExactly("U1");
    }

    @Test
    void aComputedTargetOfZeroIsRefusedAndSheetsDifferingInLengthAreNotTheSame() {
        ScoringSheet zeroTarget = new ScoringSheet(List.of(AwardMother.computed("F1", Aspect.KEUANGAN, IndicatorKind.SHU_GROWTH, "0", "1")));
        assertThat(zeroTarget.violations("s")).containsExactly(new Violation("s[0].target", "must be positive"));
        ScoringSheet one = new ScoringSheet(List.of(AwardMother.juror("K1", Aspect.KELEMBAGAAN, "1")));
        ScoringSheet two = new ScoringSheet(List.of(AwardMother.juror("K1", Aspect.KELEMBAGAAN, "1"), AwardMother.juror("K2", Aspect.USAHA, "1")));
        assertThat(one.sameAs(null)).isFalse();
        assertThat(one.sameAs(two)).isFalse();
        assertThat(two.sameAs(one)).isFalse();
    }

    @Test
    void listsLeftOutOfAStoredSheetOrBreakdownAreEmptyNeverNull() {
        // Sheets and breakdowns are kept as JSON: a list or map missing there is read as null.
        assertThat(new ScoringSheet(null).indicators()).isEmpty();
        ScoreBreakdown breakdown = new ScoreBreakdown(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE, null, true, null);
        assertThat(breakdown.aspectSubtotals()).isEmpty();
        assertThat(breakdown.indicators()).isEmpty();
        ScoreBreakdown.Line line = new ScoreBreakdown.Line("K1", "K1", Aspect.KELEMBAGAAN, IndicatorSource.JUROR, null, null, null,
                BigDecimal.ONE, null, null, null, null, null, BigDecimal.ZERO, BigDecimal.ZERO, false, "");
        assertThat(line.jurorScores()).isEmpty();
        assertThat(line.excludedJurors()).isEmpty();
        IndicatorResult result = new IndicatorResult(AwardMother.juror("K1", Aspect.KELEMBAGAAN, "1"), null, null, null, null,
                Fraction.ZERO, false, "");
        assertThat(result.countedScores()).isEmpty();
        assertThat(result.excludedJurors()).isEmpty();
        CooperativeFacts facts = new CooperativeFacts(java.util.UUID.randomUUID(), "1", "K", "JASA", java.time.LocalDate.of(2005, 1, 1),
                null, null, null);
        assertThat(facts.annualReports()).isEmpty();
        assertThat(facts.loans()).isEqualTo(LoanRecord.NONE);
    }
}
