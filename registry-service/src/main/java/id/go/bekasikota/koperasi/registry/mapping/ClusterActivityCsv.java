package id.go.bekasikota.koperasi.registry.mapping;

import id.go.bekasikota.koperasi.platform.text.CsvCells;
import id.go.bekasikota.koperasi.registry.domain.ProductCategory;
import id.go.bekasikota.koperasi.registry.rest.dto.ClusterActivitySummaryView;
import id.go.bekasikota.koperasi.registry.rest.dto.ClusterActivityTotalsView;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The clusters' activity as open data: for all clusters (SEMUA), each product category (KATEGORI)
 * and each cluster (KLASTER), one row for the whole range (periode SELURUH) and one per quarter or
 * year, with Indonesian column names (the dictionary is in the registry's README). Cluster names
 * are text the office typed: neutralised against formula injection.
 */
public final class ClusterActivityCsv {

    public static final List<String> COLUMNS = List.of("tingkat", "kategori_produk", "nama_kategori", "id_klaster", "nama_klaster",
            "kode_kecamatan", "periode", "awal_periode", "akhir_periode", "jumlah_klaster", "jumlah_periode_tercatat",
            "nilai_pembelian_bahan_baku", "nilai_produksi", "nilai_penjualan", "tenaga_kerja");

    /** The product categories in Bahasa Indonesia. */
    public static final Map<ProductCategory, String> CATEGORY_NAMES = Map.of(
            ProductCategory.DOLLS_AND_TOYS, "Boneka dan mainan",
            ProductCategory.FOOD_AND_BEVERAGE, "Makanan dan minuman (mamin)",
            ProductCategory.GARMENT_AND_TEXTILE, "Garmen dan tekstil",
            ProductCategory.HANDICRAFT, "Kerajinan",
            ProductCategory.FURNITURE, "Mebel",
            ProductCategory.AGRICULTURE_AND_FISHERY, "Pertanian dan perikanan",
            ProductCategory.SERVICES, "Jasa",
            ProductCategory.OTHER, "Lainnya");

    private ClusterActivityCsv() {
    }

    public static void write(ClusterActivitySummaryView summary, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, OpenDataCsv.FORMAT);
        csv.printRecord(COLUMNS);
        rows(csv, summary, List.of("SEMUA", "", "", "", "", ""), summary.total(), summary.trend());
        for (ClusterActivitySummaryView.Category category : summary.byCategory()) {
            rows(csv, summary, List.of("KATEGORI", category.productCategory(), categoryName(category.productCategory()), "", "", ""),
                    category.total(), category.trend());
        }
        for (ClusterActivityTotalsView cluster : summary.byCluster()) {
            rows(csv, summary, List.of("KLASTER", cluster.productCategory(), categoryName(cluster.productCategory()),
                    cluster.clusterId().toString(), CsvCells.safe(cluster.name()), cluster.kecamatanCode()), cluster.total(), cluster.trend());
        }
        csv.flush();
    }

    private static void rows(CSVPrinter csv, ClusterActivitySummaryView summary, List<String> who, ClusterActivityTotalsView.Totals total,
                             List<ClusterActivityTotalsView.Bucket> trend) throws IOException {
        row(csv, who, "SELURUH", summary.from().toString(), summary.to().toString(), total);
        for (ClusterActivityTotalsView.Bucket bucket : trend) {
            row(csv, who, bucket.period(), bucket.start().toString(), bucket.end().toString(), bucket.totals());
        }
    }

    private static void row(CSVPrinter csv, List<String> who, String period, String start, String end,
                            ClusterActivityTotalsView.Totals totals) throws IOException {
        List<Object> cells = new ArrayList<>(who);
        cells.addAll(List.of(period, start, end, totals.clusters(), totals.periods(), totals.purchasesValue(), totals.productionValue(),
                totals.salesValue(), totals.jobs()));
        csv.printRecord(cells);
    }

    private static String categoryName(String category) {
        return CATEGORY_NAMES.get(ProductCategory.valueOf(category));
    }
}
