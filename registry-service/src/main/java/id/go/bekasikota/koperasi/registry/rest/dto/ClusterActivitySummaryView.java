package id.go.bekasikota.koperasi.registry.rest.dto;

import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.registry.service.ClusterActivityService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * The clusters' activity across the city: all clusters, and per product category, with a trend by quarter or year;
 * per cluster a page at a time (the register's clusters grow with the office's work: no rule bounds them).
 */
@Schema(name = "ClusterActivitySummary")
public record ClusterActivitySummaryView(
        @Schema(maxLength = 7, description = "QUARTER or YEAR", example = "QUARTER") String by,
        LocalDate from,
        LocalDate to,
        @Schema(description = "Clusters in the register") long clusters,
        ClusterActivityTotalsView.Totals total,
        @Schema(maxItems = ClusterActivityService.MAX_BUCKETS) List<ClusterActivityTotalsView.Bucket> trend,
        @Schema(maxItems = 8, description = "Every product category, empty ones too") List<Category> byCategory,
        @Schema(maxItems = PageRequest.MAX_SIZE, description = "One page of the clusters (`page`, `size`), by name; the CSV has every cluster") List<ClusterActivityTotalsView> byCluster,
        @Schema(description = "Where `byCluster` stands among every cluster: `totalItems` is the number of clusters") Page.PageInfo page) {

    @Schema(name = "ClusterActivityCategory")
    public record Category(@Schema(maxLength = 23, example = "DOLLS_AND_TOYS") String productCategory,
                           @Schema(description = "Clusters of the category in the register", example = "3") long clusters,
                           ClusterActivityTotalsView.Totals total,
                           @Schema(maxItems = ClusterActivityService.MAX_BUCKETS) List<ClusterActivityTotalsView.Bucket> trend) {
    }
}
