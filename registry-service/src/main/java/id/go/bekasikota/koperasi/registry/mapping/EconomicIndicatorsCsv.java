package id.go.bekasikota.koperasi.registry.mapping;

import id.go.bekasikota.koperasi.platform.text.CsvCells;
import id.go.bekasikota.koperasi.registry.domain.EconomicMeasure;
import id.go.bekasikota.koperasi.registry.rest.dto.EconomicIndicatorsView;
import id.go.bekasikota.koperasi.registry.rest.dto.EconomicIndicatorsView.Figure;
import id.go.bekasikota.koperasi.registry.rest.dto.EconomicIndicatorsView.Figures;
import id.go.bekasikota.koperasi.registry.rest.dto.EconomicIndicatorsView.Group;
import id.go.bekasikota.koperasi.registry.rest.dto.EconomicIndicatorsView.Growth;
import id.go.bekasikota.koperasi.registry.rest.dto.EconomicIndicatorsView.Growths;
import id.go.bekasikota.koperasi.registry.rest.dto.EconomicIndicatorsView.TrendPoint;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The economic indicators as open data: one row per cell (the whole register, each kecamatan,
 * jenis, kelompok and size class) and per trend year, with Indonesian column names (the
 * dictionary is in the registry's README). Written from the view the caller may see, so the public
 * file holds exactly what the public JSON holds.
 */
public final class EconomicIndicatorsCsv {

    private static final Map<String, String> SUPPRESSION = Map.of("PRIMARY", "PRIMER", "COMPLEMENTARY", "KOMPLEMENTER");
    private static final Map<String, String> BASIS = Map.of("TURNOVER", "VOLUME_USAHA", "ASSETS", "ASET");

    private EconomicIndicatorsCsv() {
    }

    public static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("tanggal_acuan", "tahun_buku_wajib_terakhir", "dasar_kelas_usaha",
                "rincian", "kode", "nama", "jumlah_koperasi", "disembunyikan", "jumlah_koperasi_pembanding"));
        for (EconomicMeasure measure : EconomicMeasure.values()) {
            columns.add(measure.indonesian() + "_jumlah");
            columns.add(measure.indonesian() + "_median");
            columns.add(measure.indonesian() + "_rasio_pertumbuhan");
        }
        return columns;
    }

    public static void write(EconomicIndicatorsView view, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, OpenDataCsv.FORMAT);
        csv.printRecord(columns());
        var total = view.total();
        row(csv, view, "TOTAL", "", "Kota Bekasi", total.cooperatives(), total.suppressed(), null, total.figures(), null);
        groups(csv, view, "KECAMATAN", view.byKecamatan());
        groups(csv, view, "JENIS", view.byJenis());
        groups(csv, view, "KELOMPOK", view.byKelompok());
        groups(csv, view, "KELAS_USAHA", view.bySizeClass());
        for (TrendPoint point : view.trend()) {
            String year = String.valueOf(point.financialYear());
            row(csv, view, "TAHUN_BUKU", year, year, point.cooperatives(), point.suppressed(), point.comparableCooperatives(),
                    point.totals(), point.growth());
        }
        csv.flush();
    }

    private static void groups(CSVPrinter csv, EconomicIndicatorsView view, String breakdown, List<Group> groups) throws IOException {
        for (Group group : groups) {
            row(csv, view, breakdown, group.key(), group.name(), group.cooperatives(), group.suppressed(), null, group.figures(), null);
        }
    }

    private static void row(CSVPrinter csv, EconomicIndicatorsView view, String breakdown, String key, String name,
                            long cooperatives, String suppressed, Long comparable, Figures figures, Growths growth) throws IOException {
        List<Object> cells = new ArrayList<>(List.of(view.asOf().toString(), view.latestDueYear(),
                BASIS.getOrDefault(view.sizeClasses().basis(), view.sizeClasses().basis()), breakdown,
                CsvCells.safe(key), CsvCells.safe(name), cooperatives,
                suppressed == null ? "" : SUPPRESSION.getOrDefault(suppressed, suppressed), comparable == null ? "" : comparable));
        for (EconomicMeasure measure : EconomicMeasure.values()) {
            Figure figure = figures == null ? null : EconomicIndicatorsMapper.figure(figures, measure);
            cells.add(figure == null ? "" : figure.total());
            cells.add(figure == null || figure.median() == null ? "" : figure.median());
            Growth rate = growth == null ? null : growth(growth, measure);
            cells.add(rate == null || rate.ratio() == null ? "" : rate.ratio().toPlainString());
        }
        csv.printRecord(cells);
    }

    private static Growth growth(Growths growth, EconomicMeasure measure) {
        return switch (measure) {
            case MEMBERS_MALE -> growth.membersMale();
            case MEMBERS_FEMALE -> growth.membersFemale();
            case MEMBERS -> growth.members();
            case EMPLOYEES -> growth.employees();
            case OWN_CAPITAL -> growth.ownCapital();
            case EXTERNAL_CAPITAL -> growth.externalCapital();
            case ASSETS -> growth.assets();
            case TURNOVER -> growth.turnover();
            case SURPLUS -> growth.surplus();
        };
    }
}
