package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The reports a changes-feed entry shows: those the standing reads from the day of the change on. */
class RegisterEntryTest {

    /** A current report for each year from 2015 to 2025, filed out of order. */
    private static final RegisterEntry ENTRY = entry(IntStream.of(2019, 2025, 2015, 2024, 2016, 2017, 2018, 2023, 2020, 2021, 2022)
            .mapToObj(RegisterEntryTest::report).toList());

    @Test
    void beforeOneJulyFromFMinusTwoToTheYearJustClosed() {
        // 30 June 2026: F = 2024 (two years back), window 2022-2024; 2025 closed and may be reported already.
        assertThat(years(ENTRY.reportsForStanding(LocalDate.of(2026, 6, 30)))).containsExactly(2022, 2023, 2024, 2025);
        assertThat(years(ENTRY.reportsForStanding(LocalDate.of(2026, 1, 1)))).containsExactly(2022, 2023, 2024, 2025);
    }

    @Test
    void fromOneJulyTheWindowIsTheWholeList() {
        // 1 July 2026: F = 2025, window 2023-2025, nothing closed after it.
        assertThat(years(ENTRY.reportsForStanding(LocalDate.of(2026, 7, 1)))).containsExactly(2023, 2024, 2025);
        assertThat(years(ENTRY.reportsForStanding(LocalDate.of(2026, 12, 31)))).containsExactly(2023, 2024, 2025);
    }

    @Test
    void neverMoreThanFourAndOnlyThoseHeld() {
        assertThat(RegisterEntry.MAX_STANDING_REPORTS).isEqualTo(4);
        // 15 March 2021: F = 2019, window 2017-2019, and 2020 closed: four, the most there can be.
        assertThat(years(ENTRY.reportsForStanding(LocalDate.of(2021, 3, 15)))).containsExactly(2017, 2018, 2019, 2020);
        // Reports only for 2010 and 2012 (a dormant cooperative): nothing the standing of 2026 reads.
        assertThat(entry(List.of(report(2012), report(2010))).reportsForStanding(LocalDate.of(2026, 8, 1))).isEmpty();
        // A gap in the window: only the years held.
        RegisterEntry gaps = entry(List.of(report(2025), report(2023), report(2019)));
        assertThat(years(gaps.reportsForStanding(LocalDate.of(2026, 2, 1)))).containsExactly(2023, 2025);
        assertThat(entry(List.of()).reportsForStanding(LocalDate.of(2026, 2, 1))).isEmpty();
    }

    @Test
    void absentListsAreEmptyAndStampingKeepsAllButTheTimes() {
        RegisterEntry bare = new RegisterEntry(UUID.randomUUID(), 1, "3275010010001", "Koperasi Lima Garuda", null, null, "JASA",
                "PRIMER", "COMMUNITY", null, null, null, null, "327501", null, LocalDate.of(1998, 3, 12), null, null, null, null, null,
                null, null, null, "ACTIVE", "A", false, null, null, null, LocalDate.of(2026, 6, 30));
        assertThat(bare.branches()).isEmpty();
        assertThat(bare.annualReports()).isEmpty();
        assertThat(bare.reportsForStanding(LocalDate.of(2026, 6, 30))).isEmpty();

        Instant created = Instant.parse("2026-06-30T03:00:00.123456Z");
        Instant updated = Instant.parse("2026-06-30T04:00:00.654321Z");
        RegisterEntry stamped = ENTRY.stamped(created, updated);
        assertThat(stamped.createdAt()).isEqualTo(created);
        assertThat(stamped.updatedAt()).isEqualTo(updated);
        assertThat(stamped.standingAsOf()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(stamped.annualReports()).isEqualTo(ENTRY.annualReports());
        assertThat(stamped.id()).isEqualTo(ENTRY.id());
    }

    private static List<Integer> years(List<AnnualReportSummary> reports) {
        return reports.stream().map(AnnualReportSummary::financialYear).toList();
    }

    private static AnnualReportSummary report(int year) {
        return new AnnualReportSummary(year, LocalDate.of(year + 1, 3, 21), 10, 12, 2, 1_000L, 500L, 2_000L, 3_000L, 100L);
    }

    private static RegisterEntry entry(List<AnnualReportSummary> reports) {
        return new RegisterEntry(UUID.randomUUID(), 1, "3275010010001", "Koperasi Lima Garuda", null, null, "JASA", "PRIMER",
                "COMMUNITY", null, null, null, null, "327501", null, LocalDate.of(1998, 3, 12), null, null, List.of(), null, null,
                null, null, null, "ACTIVE", "A", false, reports, null, null, LocalDate.of(2026, 6, 30));
    }
}
