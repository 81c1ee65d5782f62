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
}
