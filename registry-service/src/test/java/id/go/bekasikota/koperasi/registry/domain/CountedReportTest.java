package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which report gives a cooperative's figures as of a date; F worked out by hand from DESIGN.md 3.1 for each date. */
class CountedReportTest {

    private static final LocalDate FOUNDED = LocalDate.of(2010, 3, 1);

    @Test
    void theLatestYearOfTheWindowHeldByTheDateCounts() {
        // 30 June 2026 is before 1 July: F = 2024, window 2022-2024. The 2025 report is held but not due yet.
        List<AnnualReportSummary> reports = List.of(report(2022, "2023-04-01"), report(2024, "2025-05-10"), report(2025, "2026-03-01"));
        assertThat(year(CountedReport.asOf(FOUNDED, null, reports, LocalDate.of(2026, 6, 30)))).isEqualTo(2024);
        // From 1 July 2026, F = 2025: the 2025 report counts.
        assertThat(year(CountedReport.asOf(FOUNDED, null, reports, LocalDate.of(2026, 7, 1)))).isEqualTo(2025);
    }

    @Test
    void aMeetingAfterTheDateDoesNotCountYet() {
        // 1 August 2023: F = 2022, window 2020-2022. The 2022 meeting was held in September 2023, so 2021 counts.
        List<AnnualReportSummary> reports = List.of(report(2021, "2022-05-20"), report(2022, "2023-09-01"));
        assertThat(year(CountedReport.asOf(FOUNDED, null, reports, LocalDate.of(2023, 8, 1)))).isEqualTo(2021);
        assertThat(year(CountedReport.asOf(FOUNDED, null, reports, LocalDate.of(2023, 9, 1)))).isEqualTo(2022);
    }

    @Test
    void aFigureOlderThanTheWindowDoesNotCount() {
        // 2 January 2026: F = 2024, window 2022-2024; the last report is for 2021 (grade D).
        List<AnnualReportSummary> reports = List.of(report(2020, "2021-03-01"), report(2021, "2022-03-01"));
        assertThat(CountedReport.asOf(FOUNDED, null, reports, LocalDate.of(2026, 1, 2))).isEmpty();
        // As of 1 July 2023 (F = 2022, window 2020-2022) the same 2021 report counts.
        assertThat(year(CountedReport.asOf(FOUNDED, null, reports, LocalDate.of(2023, 7, 1)))).isEqualTo(2021);
    }

    @Test
    void aDissolvedOrNotYetFoundedCooperativeHasNoFigures() {
        List<AnnualReportSummary> reports = List.of(report(2024, "2025-03-01"));
        LocalDate asOf = LocalDate.of(2025, 8, 1);
        assertThat(CountedReport.asOf(FOUNDED, asOf, reports, asOf)).isEmpty();
        assertThat(year(CountedReport.asOf(FOUNDED, asOf.plusDays(1), reports, asOf))).isEqualTo(2024);
        assertThat(CountedReport.asOf(asOf.plusDays(1), null, reports, asOf)).isEmpty();
    }

    private static int year(Optional<AnnualReportSummary> counted) {
        return counted.orElseThrow().financialYear();
    }

    private static AnnualReportSummary report(int year, String meeting) {
        return new AnnualReportSummary(year, LocalDate.parse(meeting), 10, 10, 1, 100, 50, 1_000, 500, 20);
    }

    @Test
    void theOldestYearOfTheWindowStillCounts() {
        // 1 July 2023: F = 2022, window 2020-2022; a 2020 report alone counts, a 2019 one alone does not.
        assertThat(year(CountedReport.asOf(FOUNDED, null, List.of(report(2020, "2021-03-01")), LocalDate.of(2023, 7, 1)))).isEqualTo(2020);
        assertThat(CountedReport.asOf(FOUNDED, null, List.of(report(2019, "2020-03-01")), LocalDate.of(2023, 7, 1))).isEmpty();
    }
}
