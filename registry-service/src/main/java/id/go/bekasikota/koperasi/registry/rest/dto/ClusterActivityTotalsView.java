package id.go.bekasikota.koperasi.registry.rest.dto;

import id.go.bekasikota.koperasi.registry.service.ClusterActivityService;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A cluster as a coalition: what it bought, produced and sold together from {@code from} to {@code to}, and by quarter or year. */
@Schema(name = "ClusterActivityTotals")
public record ClusterActivityTotalsView(
        UUID clusterId,
        @Schema(maxLength = 200, example = "Sentra Boneka Bantargebang") String name,
        @Schema(maxLength = 23, example = "DOLLS_AND_TOYS") String productCategory,
        @Schema(maxLength = 6, example = "327507") String kecamatanCode,
        @Nullable UUID hostCooperativeId,
        @Schema(maxLength = 7, description = "QUARTER or YEAR", example = "QUARTER") String by,
        LocalDate from,
        LocalDate to,
        Totals total,
        @Schema(maxItems = ClusterActivityService.MAX_BUCKETS, description = "Every quarter (or year) from the one holding `from` to the one holding `to`") List<Bucket> trend) {

    /**
     * @param clusters clusters with a period recorded
     * @param periods  periods recorded (as recorded: months and quarters)
     * @param jobs     per cluster the jobs of its latest period, summed over the clusters
     */
    @Schema(name = "ClusterActivityFigures")
    public record Totals(@Schema(example = "1") long clusters, @Schema(example = "12") long periods,
                         @Schema(type = SchemaType.INTEGER, description = "Whole rupiah, exact", example = "504000000") BigInteger purchasesValue,
                         @Schema(type = SchemaType.INTEGER, description = "Whole rupiah, exact", example = "2880000000") BigInteger productionValue,
                         @Schema(type = SchemaType.INTEGER, description = "Whole rupiah, exact", example = "2400000000") BigInteger salesValue,
                         @Schema(example = "214") long jobs) {
    }

    @Schema(name = "ClusterActivityBucket")
    public record Bucket(@Schema(maxLength = 7, example = "2026-Q1") String period, LocalDate start, LocalDate end, Totals totals) {
    }
}
