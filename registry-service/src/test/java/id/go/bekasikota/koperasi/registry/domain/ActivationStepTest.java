package id.go.bekasikota.koperasi.registry.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which report makes a cooperative active as of a date, worked out from DESIGN.md 3.1 by hand. */
class ActivationStepTest {

    private static final LocalDate FOUNDED_LONG_AGO = LocalDate.of(2001, 3, 1);

    @Test
    void asOfTodayTheReportForTheLatestDueYear() {
        // 30 November 2026: F = 2025, closed: the 2025 report, meeting 1 January 2026 to 30 November 2026.
        LocalDate today = LocalDate.of(2026, 11, 30);
        assertThat(ActivationStep.toBeActiveOn(today, FOUNDED_LONG_AGO, today))
                .isEqualTo(new ActivationStep(2025, LocalDate.of(2026, 1, 1), today));
        // 30 June 2026: F = 2024 (the 2025 report is due only from 1 July).
        LocalDate june = LocalDate.of(2026, 6, 30);
        assertThat(ActivationStep.toBeActiveOn(june, FOUNDED_LONG_AGO, june).financialYear()).isEqualTo(2024);
    }

    @Test
    void beforeTheNewYearHasClosedTheOverdueReportThatCanBeHeldNow() {
        // Asked on 30 November 2026 about 1 July 2027: F will be 2026, not closed yet; F-1 = 2025 can be held now.
        LocalDate today = LocalDate.of(2026, 11, 30);
        LocalDate switchOn = LocalDate.of(2027, 7, 1);
        assertThat(ActivationStep.toBeActiveOn(switchOn, FOUNDED_LONG_AGO, today))
                .isEqualTo(new ActivationStep(2025, LocalDate.of(2026, 1, 1), switchOn));
        // Asked on 1 March 2027: 2026 has closed, its meeting is the one held now.
        assertThat(ActivationStep.toBeActiveOn(switchOn, FOUNDED_LONG_AGO, LocalDate.of(2027, 3, 1)).financialYear()).isEqualTo(2026);
        // Founded in 2026: it has no 2025 to report; its first year it is.
        assertThat(ActivationStep.toBeActiveOn(switchOn, LocalDate.of(2026, 2, 1), today))
                .isEqualTo(new ActivationStep(2026, LocalDate.of(2027, 1, 1), switchOn));
    }

    @Test
    void aNewCooperativeNeedsNoStep() {
        LocalDate today = LocalDate.of(2026, 11, 30);
        assertThatThrownBy(() -> ActivationStep.toBeActiveOn(today, LocalDate.of(2026, 1, 5), today))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCooperativeFoundedInTheYearBeforeTheDueYearReportsThatYearWhileTheDueYearIsOpen() {
        // Asked on 30 November 2026 about 1 July 2027 (F = 2026, not closed): founded in 2025 = F-1, it reports 2025.
        LocalDate today = LocalDate.of(2026, 11, 30);
        LocalDate switchOn = LocalDate.of(2027, 7, 1);
        assertThat(ActivationStep.toBeActiveOn(switchOn, LocalDate.of(2025, 2, 1), today))
                .isEqualTo(new ActivationStep(2025, LocalDate.of(2026, 1, 1), switchOn));
    }
}
