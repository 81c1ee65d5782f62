package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Today is 7 December 2026: F = 2025 (the due year moved on 1 July 2026), so a report for 2024 or 2025 keeps a
 * cooperative ACTIVE; on the next switch, 1 July 2027, F = 2026, and only 2025 or 2026 does.
 */
class NextStepTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate SWITCH = LocalDate.of(2027, 7, 1);
    private static final LocalDate FOUNDED = LocalDate.of(2011, 3, 1);

    private static AnnualReportSummary report(int year, LocalDate meeting) {
        return new AnnualReportSummary(year, meeting, 30, 25, 2, 1_000, 500, 1_500, 2_000, 100);
    }

    private static Optional<ActivationStep> next(LocalDate foundedOn, LocalDate dissolvedOn, List<AnnualReportSummary> reports) {
        return NextStep.of(asOf -> StandingRules.evaluate(foundedOn, dissolvedOn, reports, asOf), foundedOn, TODAY);
    }

    @Test
    void anInactiveCooperativeIsToldTheReportThatMakesItActiveToday() {
        // 2025 has closed: its report, a meeting held from 1 January 2026 up to today.
        assertThat(next(FOUNDED, null, List.of())).contains(new ActivationStep(2025, LocalDate.of(2026, 1, 1), TODAY));
    }

    @Test
    void anActiveCooperativeThatLapsesOnTheNextSwitchIsToldTheReportThatKeepsItActive() {
        // Active today by its 2024 report; on 1 July 2027 only 2025 or 2026 counts, and 2026 cannot be held before 2027:
        // the 2025 report, its meeting by the switch.
        assertThat(next(FOUNDED, null, List.of(report(2024, LocalDate.of(2025, 5, 10)))))
                .contains(new ActivationStep(2025, LocalDate.of(2026, 1, 1), SWITCH));
    }

    @Test
    void aNewCooperativeIsToldItsFirstReportBeforeItStopsBeingNew() {
        // Founded in 2026: new today; on 1 July 2027 (F = 2026) it is not, and its first year is the one to report.
        assertThat(next(LocalDate.of(2026, 3, 1), null, List.of())).contains(new ActivationStep(2026, LocalDate.of(2027, 1, 1), SWITCH));
    }

    @Test
    void nothingIsDueBeforeTheNextSwitchForACooperativeThatStaysActiveNorForADissolvedOne() {
        assertThat(next(FOUNDED, null, List.of(report(2025, LocalDate.of(2026, 5, 1))))).isEmpty();
        assertThat(next(FOUNDED, LocalDate.of(2026, 8, 22), List.of())).isEmpty();
    }
}
