package id.go.bekasikota.koperasi.registry.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

/**
 * What the cooperatives add up to as of a date: members, employees, capital, assets, turnover and
 * SHU of the cooperatives whose latest report counts, whole and per kecamatan, jenis, kelompok and
 * size class, with the trend of each financial year. Amounts are exact whole rupiah.
 */
@Schema(name = "EconomicIndicators")
public record EconomicIndicatorsView(
        LocalDate asOf,
        @Schema(description = "F: the latest financial year whose RAT report is due as of asOf", example = "2025") int latestDueYear,
        @Schema(description = "The window's first year (F-2): a report of an earlier year does not count", example = "2023") int windowFrom,
        @Schema(maxLength = 6, description = "PUBLIC (small cells suppressed) or FULL (officers and auditors)", example = "PUBLIC") String view,
        @Schema(description = "The public sees a cell's figures only from this many cooperatives (configuration koperasi.economy.minimum-cell-size)", example = "3") int minimumCellSize,
        SizeClasses sizeClasses,
        @Schema(maxItems = 3, description = "How many of the counted figures come from each financial year") List<ReportYear> reportYears,
        @Schema(description = "Every counted cooperative") Cell total,
        @Schema(maxItems = 12) List<Group> byKecamatan,
        @Schema(maxItems = 5) List<Group> byJenis,
        @Schema(maxItems = 5) List<Group> byKelompok,
        @Schema(maxItems = 4) List<Group> bySizeClass,
        @Schema(maxItems = 31, description = "Each financial year from trendFrom to F: the sums of its reports held by asOf, and growth over the year before") List<TrendPoint> trend) {

    @Schema(name = "EconomicSizeClasses", description = "PP 7/2021 article 35: TURNOVER as annual sales (35(5)), ASSETS against the business-capital bounds (35(3))")
    public record SizeClasses(@Schema(maxLength = 8, example = "TURNOVER") String basis, @Schema(maxItems = 4) List<SizeClassBound> classes) {
    }

    @Schema(name = "EconomicSizeClassBound")
    public record SizeClassBound(@Schema(maxLength = 6, example = "SMALL") String sizeClass,
                                 @Nullable @Schema(description = "Inclusive upper bound in rupiah; none for LARGE", example = "15000000000") Long upTo) {
    }

    @Schema(name = "EconomicReportYear")
    public record ReportYear(@Schema(example = "2025") int financialYear, @Schema(example = "540") long cooperatives) {
    }

    /**
     * @param cooperatives how many cooperatives the figures are based on (always shown)
     * @param suppressed   PRIMARY (too few cooperatives) or COMPLEMENTARY (hidden with a primary cell); figures left out
     */
    @Schema(name = "EconomicCell")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cell(@Schema(example = "617") long cooperatives,
                       @Nullable @Schema(maxLength = 13, description = "Why the public sees no figures here: PRIMARY or COMPLEMENTARY", example = "PRIMARY") String suppressed,
                       @Nullable Figures figures) {
    }

    /** One figure per measure; the median is the middle value, or of an even count the mean of the two middle ones rounded half away from zero. */
    @Schema(name = "EconomicFigures")
    public record Figures(Figure membersMale, Figure membersFemale,
                          @Schema(description = "Male and female, per cooperative") Figure members,
                          Figure employees, Figure ownCapital, Figure externalCapital, Figure assets,
                          @Schema(description = "Volume usaha") Figure turnover,
                          @Schema(description = "SHU; negative is a loss") Figure surplus) {
    }

    @Schema(name = "EconomicFigure")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Figure(@Schema(type = SchemaType.INTEGER, description = "Exact sum", example = "524000000000") BigInteger total,
                         @Nullable @Schema(description = "None for an empty cell or a trend year", example = "11500000000") Long median) {
    }

    /** A cell of a breakdown: the same as {@link Cell}, with its key and name. */
    @Schema(name = "EconomicGroup")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Group(@Schema(maxLength = 17, example = "327501") String key, @Schema(maxLength = 40, example = "Bekasi Timur", description = "What a person reads: the kecamatan's name, or the Indonesian name of the code in `key` (Simpan pinjam, Pegawai negeri, Usaha mikro)") String name,
                        @Schema(example = "58") long cooperatives,
                        @Nullable @Schema(maxLength = 13, description = "PRIMARY or COMPLEMENTARY when the public sees no figures here") String suppressed,
                        @Nullable Figures figures) {
    }

    /**
     * @param cooperatives           reports of the year held by asOf (every cooperative that reported it, dissolved since or not)
     * @param comparableCooperatives those that also reported the year before: the base of the growth
     */
    @Schema(name = "EconomicTrendPoint")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TrendPoint(@Schema(example = "2025") int financialYear,
                             @Schema(example = "540") long cooperatives,
                             @Nullable @Schema(maxLength = 13, description = "PRIMARY when the public may not see this year's sums") String suppressed,
                             @Nullable @Schema(description = "Sums of the year's reports (no medians)") Figures totals,
                             @Schema(example = "498") long comparableCooperatives,
                             @Nullable Growths growth) {
    }

    @Schema(name = "EconomicGrowths", description = "Per measure; a measure is left out when the public may not see it")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Growths(Growth membersMale, Growth membersFemale, Growth members, Growth employees, Growth ownCapital,
                          Growth externalCapital, Growth assets, Growth turnover, Growth surplus) {
    }

    /**
     * @param numerator   the year's sum over the comparable cooperatives (office only)
     * @param denominator the year before's sum over the same cooperatives (office only)
     * @param ratio       numerator / denominator, 4 decimals half-up; none when the denominator is zero or negative
     */
    @Schema(name = "EconomicGrowth")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Growth(@Nullable @Schema(type = SchemaType.INTEGER, description = "Officers and auditors only", example = "104000000000") BigInteger numerator,
                         @Nullable @Schema(type = SchemaType.INTEGER, description = "Officers and auditors only", example = "96000000000") BigInteger denominator,
                         @Nullable @Schema(example = "1.0833") BigDecimal ratio) {
    }
}
