package id.go.bekasikota.koperasi.contracts.registry;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reasons an officer reads out with a standing, word for word, and the small accessors of the
 * contract's records. Every expectation is written out by hand from DESIGN.md 3.1: as of
 * 2026-07-01 the latest due year F is 2025 and the window 2023-2025.
 */
class StandingReasonsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 7, 1);
    private static final LocalDate OLD = LocalDate.of(2001, 5, 2);
    private static final String WINDOW = "Latest due financial year as of 2026-07-01 is 2025; the window is 2023-2025.";

    @Test
    void activeByTheYearBeforeTheDueYear() {
        assertThat(reasons(OLD, null, 2024)).containsExactly(WINDOW,
                "RAT reports in the window: [2024].",
                "Active: a RAT report exists for 2024.");
    }

    @Test
    void activeByTheDueYearNamesTheDueYear() {
        assertThat(reasons(OLD, null, 2024, 2025)).containsExactly(WINDOW,
                "RAT reports in the window: [2024, 2025].",
                "Active: a RAT report exists for 2025.");
    }

    @Test
    void inactiveNamesTheTwoYearsThatWouldHaveKeptItActive() {
        assertThat(reasons(OLD, null, 2023)).containsExactly(WINDOW,
                "RAT reports in the window: [2023].",
                "Inactive: no RAT report for 2024 or 2025.");
    }

    @Test
    void noReportInTheWindowSaysNoneAndNamesTheDissolutionCandidate() {
        assertThat(reasons(OLD, null)).containsExactly(WINDOW,
                "RAT reports in the window: none.",
                "Inactive: no RAT report for 2024 or 2025.",
                "Candidate for dissolution: no RAT report for any of 2023-2025 (grade D).");
    }

    @Test
    void aNewCooperativeIsToldNothingIsDueAndNothingElse() {
        assertThat(reasons(LocalDate.of(2026, 1, 1), null)).containsExactly(WINDOW,
                "Founded on 2026-01-01, after 2025: no RAT report is due yet.");
    }

    @Test
    void aDissolvedCooperativeIsToldWhenAndNeitherActiveNorACandidate() {
        assertThat(reasons(OLD, LocalDate.of(2026, 5, 10), 2024, 2025)).containsExactly(WINDOW,
                "RAT reports in the window: [2024, 2025].",
                "Dissolved on 2026-05-10.");
        assertThat(reasons(OLD, LocalDate.of(2026, 5, 10))).containsExactly(WINDOW,
                "RAT reports in the window: none.",
                "Dissolved on 2026-05-10.");
    }

    @Test
    void onlyAnActiveStandingIsActive() {
        Standing active = StandingRules.evaluate(OLD, null, summaries(2025), AS_OF);
        Standing inactive = StandingRules.evaluate(OLD, null, summaries(), AS_OF);
        Standing dissolved = StandingRules.evaluate(OLD, AS_OF, summaries(2025), AS_OF);
        assertThat(active.active()).isTrue();
        assertThat(inactive.active()).isFalse();
        assertThat(dissolved.active()).isFalse();
    }

    @Test
    void membersAreTheMenAndTheWomen() {
        AnnualReportSummary report = new AnnualReportSummary(2025, LocalDate.of(2026, 3, 1), 17, 25, 3, 0, 0, 0, 0, 0);
        assertThat(report.members()).isEqualTo(42);
    }

    @Test
    void aSnapshotWithoutReportsHasAnEmptyListNeverNull() {
        CooperativeSnapshot snapshot = new CooperativeSnapshot(UUID.randomUUID(), 1, null, "Koperasi Contoh", "JASA",
                "PRIMER", "MASYARAKAT", null, "327501", OLD, null, null);
        assertThat(snapshot.annualReports()).isNotNull().isEmpty();
    }

    private static List<String> reasons(LocalDate foundedOn, LocalDate dissolvedOn, int... years) {
        return StandingRules.evaluate(foundedOn, dissolvedOn, summaries(years), AS_OF).reasons();
    }

    private static List<AnnualReportSummary> summaries(int... years) {
        return Arrays.stream(years)
                .mapToObj(year -> new AnnualReportSummary(year, LocalDate.of(year + 1, 3, 15), 10, 12, 2, 0, 0, 0, 0, 0))
                .toList();
    }
}
