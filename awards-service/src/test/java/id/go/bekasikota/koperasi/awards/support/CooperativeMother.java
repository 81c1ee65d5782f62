package id.go.bekasikota.koperasi.awards.support;

import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeSnapshot;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Cooperatives as the registry publishes them (public snapshots), for feeding the projection. */
public final class CooperativeMother {

    private CooperativeMother() {
    }

    /** A report for a year with its meeting date, members, assets and surplus (the other figures follow from them). */
    public static AnnualReportSummary report(int year, LocalDate meeting, int members, long assets, long surplus) {
        return new AnnualReportSummary(year, meeting, members / 2, members - members / 2, 12, assets / 2, assets / 4, assets,
                assets * 3, surplus);
    }

    public static CooperativeSnapshot cooperative(String number, String name, String jenis, AnnualReportSummary... reports) {
        return new CooperativeSnapshot(UUID.randomUUID(), 1, number, name, jenis, "PRIMER", "COMMUNITY", "32401", "327508",
                LocalDate.of(2008, 7, 12), null, List.of(reports));
    }

    /** A unique 13-digit cooperative number per call, so tests never collide. */
    public static String number() {
        return CooperativeNumbers.unique();
    }

    /** Eligible as of April-June 2026 (F = 2024): reports for 2023 and 2024, held on time. */
    public static CooperativeSnapshot eligible(String name) {
        return cooperative(number(), name, "PRODUSEN",
                report(2023, LocalDate.of(2024, 3, 15), 100, 1_000_000_000L, 100_000_000L),
                report(2024, LocalDate.of(2025, 3, 15), 110, 1_200_000_000L, 120_000_000L));
    }
}
