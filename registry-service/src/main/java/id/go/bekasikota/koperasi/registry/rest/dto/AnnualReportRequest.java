package id.go.bekasikota.koperasi.registry.rest.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A RAT report for one financial year; amounts in whole rupiah, at most 15 digits ({@link #MAX_RUPIAH}); people at most {@link #MAX_PEOPLE}. */
@Schema(name = "AnnualReportRequest")
public record AnnualReportRequest(
        @NotNull @Min(1900) @Max(9999) @Schema(example = "2025") Integer financialYear,
        @NotNull @Schema(description = "Held after the financial year closed, not in the future", example = "2026-03-21") LocalDate meetingDate,
        @NotNull @PositiveOrZero @Max(MAX_PEOPLE) @Schema(example = "812") Integer membersMale,
        @NotNull @PositiveOrZero @Max(MAX_PEOPLE) @Schema(example = "904") Integer membersFemale,
        @NotNull @PositiveOrZero @Max(MAX_PEOPLE) @Schema(example = "35") Integer employees,
        @NotNull @Min(-MAX_RUPIAH) @Max(MAX_RUPIAH) @Schema(description = "Modal sendiri (equity); negative when the accumulated losses exceed the members' savings and reserves", example = "41250000000") Long ownCapital,
        @NotNull @PositiveOrZero @Max(MAX_RUPIAH) @Schema(example = "18000000000") Long externalCapital,
        @NotNull @PositiveOrZero @Max(MAX_RUPIAH) @Schema(example = "500000000000") Long assets,
        @NotNull @PositiveOrZero @Max(MAX_RUPIAH) @Schema(example = "96000000000") Long turnover,
        @NotNull @Min(-MAX_RUPIAH) @Max(MAX_RUPIAH) @Schema(description = "SHU; negative is a loss", example = "5400000000") Long surplus) {

    /**
     * The largest amount a report may state, 15 digits of rupiah (Rp 999 trillion): many times the
     * balance sheet of the largest cooperative in Indonesia, so a figure beyond it is a typing or
     * unit mistake. It also keeps the register's exact sums (statistics of the economy) within the
     * 64-bit integers the documents promise for any register of fewer than 9,000 such giants.
     */
    public static final long MAX_RUPIAH = 999_999_999_999_999L;

    /**
     * The most members of one sex, or employees, a report may state: ten million, many times the
     * largest cooperative's membership, so a figure beyond it is a typing mistake. It keeps a
     * cooperative's members (the two added) within the 32-bit integers of the reports and events.
     */
    public static final int MAX_PEOPLE = 10_000_000;
}
