package id.go.bekasikota.koperasi.registry.rest.dto;

import id.go.bekasikota.koperasi.platform.text.CodeText;
import id.go.bekasikota.koperasi.registry.domain.ReportingPeriod;
import id.go.bekasikota.koperasi.registry.domain.SalesChannel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * A cluster's activity of one month or quarter: what its businesses bought, produced and sold
 * together, and how many people work in them. Values in whole rupiah; an empty list is "nothing
 * done together this period".
 */
@Schema(name = "ClusterActivityRequest")
public record ClusterActivityRequest(
        @CodeText @NotNull @Pattern(regexp = ReportingPeriod.PATTERN, message = "{registry.period.pattern}")
        @Schema(description = "A month (YYYY-MM) or a quarter (YYYY-Qn) that has begun", example = "2026-Q1") String period,
        @NotNull @Size(max = 50) @Schema(description = "Joint raw-material purchases") List<@NotNull @Valid Purchase> purchases,
        @NotNull @Size(max = 50) @Schema(description = "Joint production") List<@NotNull @Valid Production> production,
        @NotNull @Size(max = 20) @Schema(description = "Joint sales, one entry per channel") List<@NotNull @Valid Sale> sales,
        @NotNull @PositiveOrZero @Max(1_000_000) @Schema(description = "People working in the member businesses at the end of the period", example = "214") Integer jobs,
        @Size(max = 1000) @Schema(description = "What a correction corrects, or anything the office should know", example = "Sales of March were missing an invoice") String note) {

    /** The largest value of one line: Rp 10 trillion, far above any UKM cluster, so sums stay exact in 64 bits. */
    public static final long MAX_VALUE = 10_000_000_000_000L;

    @Schema(name = "ClusterPurchase")
    public record Purchase(
            @NotBlank @Size(max = 200) @Schema(example = "Kain velboa") String item,
            @NotNull @Positive @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 3) @Schema(example = "1200.5") BigDecimal quantity,
            @NotBlank @Size(max = 30) @Schema(example = "meter") String unit,
            @NotNull @PositiveOrZero @Max(MAX_VALUE) @Schema(description = "Whole rupiah", example = "30000000") Long value) {
    }

    @Schema(name = "ClusterProduction")
    public record Production(
            @NotBlank @Size(max = 200) @Schema(example = "Boneka karakter") String product,
            @NotNull @Positive @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 3) @Schema(example = "8000") BigDecimal quantity,
            @NotBlank @Size(max = 30) @Schema(example = "buah") String unit,
            @NotNull @PositiveOrZero @Max(MAX_VALUE) @Schema(description = "Value of what was produced, whole rupiah", example = "240000000") Long value) {
    }

    @Schema(name = "ClusterSale")
    public record Sale(
            @NotNull @Schema(example = "WHOLESALE") SalesChannel channel,
            @NotNull @PositiveOrZero @Max(MAX_VALUE) @Schema(description = "Whole rupiah", example = "180000000") Long value,
            @NotNull @Size(min = 1, max = 20) @Schema(description = "Where it was sold: cities, markets, platforms, countries", example = "[\"Pasar Asemka, Jakarta\", \"Surabaya\"]")
            List<@NotBlank @Size(max = 100) String> markets) {
    }
}
