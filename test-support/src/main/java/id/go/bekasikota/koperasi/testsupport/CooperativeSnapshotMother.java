package id.go.bekasikota.koperasi.testsupport;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeSnapshot;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.UUID;

/**
 * Cooperatives as the registry publishes them ({@code CooperativeSnapshot}, the public view in
 * every registry event), for tests that feed a projection. Report years come from the caller's
 * date, never from a fixed year.
 */
public final class CooperativeSnapshotMother {

    /** Founded long before any date a test runs at. */
    public static final LocalDate FOUNDED_ON = LocalDate.of(2008, 7, 12);

    private CooperativeSnapshotMother() {
    }

    /**
     * F, the latest financial year whose RAT report is due as of {@code date} (DESIGN.md 3.1),
     * written out here again so that tests never take an expected year from the production rule:
     * the year before from 1 July on, else two years before.
     */
    public static int latestDueYear(LocalDate date) {
        return date.getMonthValue() >= Month.JULY.getValue() ? date.getYear() - 1 : date.getYear() - 2;
    }

    /** A report with its meeting date, members, assets and surplus; own capital is half the assets, turnover three times. */
    public static AnnualReportSummary report(int year, LocalDate meeting, int members, long assets, long surplus) {
        return new AnnualReportSummary(year, meeting, members / 2, members - members / 2, 12, assets / 2, assets / 4, assets,
                assets * 3, surplus);
    }

    /** A report whose meeting was held on 15 March of the following year: on time. */
    public static AnnualReportSummary onTimeReport(int year, int members, long assets, long surplus) {
        return report(year, LocalDate.of(year + 1, Month.MARCH, 15), members, assets, surplus);
    }

    /** A primary community cooperative in Pondokgede, founded in 2008, with the given reports. */
    public static CooperativeSnapshot cooperative(String number, String name, String jenis, AnnualReportSummary... reports) {
        return new CooperativeSnapshot(UUID.randomUUID(), 1, number, name, jenis, "PRIMER", "COMMUNITY", "32401", "327508",
                FOUNDED_ON, null, List.of(reports));
    }

    /**
     * Eligible for an award as of {@code date}: a unique number, and on-time reports for F-1 and F
     * (members 100 to 110, assets 1.0 to 1.2 billion, SHU 100 to 120 million).
     */
    public static CooperativeSnapshot eligibleAsOf(LocalDate date, String name) {
        int f = latestDueYear(date);
        return cooperative(CooperativeNumbers.unique(), name, "PRODUSEN",
                onTimeReport(f - 1, 100, 1_000_000_000L, 100_000_000L),
                onTimeReport(f, 110, 1_200_000_000L, 120_000_000L));
    }
}
