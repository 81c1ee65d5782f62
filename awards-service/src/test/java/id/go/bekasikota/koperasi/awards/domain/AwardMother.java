package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Fixtures of the award rules' tests. */
final class AwardMother {

    private AwardMother() {
    }

    static AnnualReportSummary report(int year, LocalDate meeting, int members, long assets, long surplus) {
        return new AnnualReportSummary(year, meeting, members / 2, members - members / 2, 10, assets / 2, assets / 4,
                assets, assets * 2, surplus);
    }

    /** Reports for 2023-2025 held in March of the next year: members 100 -> 110 -> 121, assets and SHU growing. */
    static CooperativeFacts healthy(String number) {
        List<AnnualReportSummary> reports = new ArrayList<>();
        reports.add(report(2023, LocalDate.of(2024, 3, 20), 100, 1_000_000_000L, 100_000_000L));
        reports.add(report(2024, LocalDate.of(2025, 3, 20), 110, 1_100_000_000L, 110_000_000L));
        reports.add(report(2025, LocalDate.of(2026, 3, 20), 121, 1_210_000_000L, 121_000_000L));
        return new CooperativeFacts(UUID.randomUUID(), number, "Koperasi " + number, "SIMPAN_PINJAM",
                LocalDate.of(2005, 1, 10), null, reports, LoanRecord.NONE);
    }

    static Indicator computed(String code, Aspect aspect, IndicatorKind kind, String target, String weight) {
        return new Indicator(code, kind.description(), aspect, IndicatorSource.COMPUTED, kind, new BigDecimal(target),
                new BigDecimal(weight));
    }

    static Indicator juror(String code, Aspect aspect, String weight) {
        return new Indicator(code, "Juror indicator " + code, aspect, IndicatorSource.JUROR, null, null, new BigDecimal(weight));
    }
}
