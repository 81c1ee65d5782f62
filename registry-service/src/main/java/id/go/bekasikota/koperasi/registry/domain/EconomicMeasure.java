package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;

import java.util.function.ToLongFunction;

/**
 * The figures of a RAT report that the economic indicators add up, each with its Indonesian name
 * for open data ({@code anggota_laki_laki}, {@code aset}, ...).
 */
public enum EconomicMeasure {
    MEMBERS_MALE("anggota_laki_laki", AnnualReportSummary::membersMale),
    MEMBERS_FEMALE("anggota_perempuan", AnnualReportSummary::membersFemale),
    /** Male and female together, per cooperative (so its median is a cooperative's membership, not a sum of medians). */
    MEMBERS("anggota", AnnualReportSummary::members),
    EMPLOYEES("karyawan", AnnualReportSummary::employees),
    OWN_CAPITAL("modal_sendiri", AnnualReportSummary::ownCapital),
    EXTERNAL_CAPITAL("modal_luar", AnnualReportSummary::externalCapital),
    ASSETS("aset", AnnualReportSummary::assets),
    /** Volume usaha. */
    TURNOVER("volume_usaha", AnnualReportSummary::turnover),
    /** SHU (sisa hasil usaha); negative is a loss. */
    SURPLUS("shu", AnnualReportSummary::surplus);

    private final String indonesian;
    private final ToLongFunction<AnnualReportSummary> value;

    EconomicMeasure(String indonesian, ToLongFunction<AnnualReportSummary> value) {
        this.indonesian = indonesian;
        this.value = value;
    }

    public long of(AnnualReportSummary report) {
        return value.applyAsLong(report);
    }

    /** The stem of its open-data column names. */
    public String indonesian() {
        return indonesian;
    }
}
