package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.Jenis;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the cooperatives add up to: over the cooperatives counted as of a date (each with the
 * figures of its {@link CountedReport}), the number of cooperatives and, for every
 * {@link EconomicMeasure}, the exact total and the {@link Median}, for the whole register and per
 * kecamatan, jenis, kelompok and {@link SizeClass}. Every cell of every breakdown is present, empty
 * ones with no median.
 *
 * <p>Totals are exact whatever their size (a long until it would overflow, then a BigInteger):
 * 1,000 cooperatives of Rp 500 billion are 5 x 10^14, far inside 64 bits, but nothing in a report
 * bounds a figure. Medians are found by selection per cell, so 100,000 cooperatives take one pass
 * per figure and breakdown rather than a sort.
 */
public final class EconomicIndicators {

    /** How the register is broken down; each partitions the counted cooperatives. */
    public enum Breakdown {
        KECAMATAN,
        JENIS,
        KELOMPOK,
        SIZE_CLASS
    }

    /** A counted cooperative: where it is counted and the figures that count. */
    public record Counted(String kecamatanCode, String jenis, String kelompok, AnnualReportSummary report) {
    }

    /** A measure's exact total over a cell and its median (none for an empty cell). */
    public record Figure(BigInteger total, Long median) {
    }

    /** The cooperatives of a cell and their figures. */
    public record Cell(long cooperatives, Map<EconomicMeasure, Figure> figures) {
    }

    /**
     * @param total       the whole register
     * @param breakdowns  per breakdown, its cells in the breakdown's order (key: kecamatan code, jenis, kelompok, size class)
     * @param reportYears how many counted figures come from each financial year
     */
    public record Result(Cell total, Map<Breakdown, LinkedHashMap<String, Cell>> breakdowns, SortedMap<Integer, Long> reportYears) {
    }

    private EconomicIndicators() {
    }

    /** The keys of each breakdown, in the order the indicators list them. */
    public static List<String> keys(Breakdown breakdown) {
        return switch (breakdown) {
            case KECAMATAN -> Arrays.stream(Kecamatan.values()).map(Kecamatan::code).toList();
            case JENIS -> Arrays.stream(Jenis.values()).map(Enum::name).toList();
            case KELOMPOK -> Arrays.stream(Kelompok.values()).map(Enum::name).toList();
            case SIZE_CLASS -> Arrays.stream(SizeClass.values()).map(Enum::name).toList();
        };
    }

    public static Result compute(List<Counted> counted, SizeClassThresholds sizeClasses) {
        int n = counted.size();
        SortedMap<Integer, Long> years = new TreeMap<>();
        counted.forEach(c -> years.merge(c.report().financialYear(), 1L, Long::sum));

        Map<EconomicMeasure, long[]> values = new EnumMap<>(EconomicMeasure.class);
        for (EconomicMeasure measure : EconomicMeasure.values()) {
            long[] column = new long[n];
            for (int i = 0; i < n; i++) {
                column[i] = measure.of(counted.get(i).report());
            }
            values.put(measure, column);
        }

        Map<EconomicMeasure, Figure> totalFigures = new EnumMap<>(EconomicMeasure.class);
        values.forEach((measure, column) -> totalFigures.put(measure,
                new Figure(sum(column, 0, n), Median.of(column.clone(), 0, n))));
        Cell total = new Cell(n, Collections.unmodifiableMap(totalFigures));

        Map<Breakdown, LinkedHashMap<String, Cell>> breakdowns = new EnumMap<>(Breakdown.class);
        for (Breakdown breakdown : Breakdown.values()) {
            List<String> keys = new ArrayList<>(keys(breakdown));
            int[] group = new int[n];
            Map<String, Integer> index = new HashMap<>();
            for (int k = 0; k < keys.size(); k++) {
                index.put(keys.get(k), k);
            }
            for (int i = 0; i < n; i++) {
                String key = key(breakdown, counted.get(i), sizeClasses);
                group[i] = index.computeIfAbsent(key, unknown -> {
                    keys.add(unknown);
                    return keys.size() - 1;
                });
            }
            breakdowns.put(breakdown, cells(keys, group, values));
        }
        return new Result(total, Collections.unmodifiableMap(breakdowns), Collections.unmodifiableSortedMap(years));
    }

    /** The cells of one breakdown: cooperatives laid out group by group (a counting sort), then each group's slice. */
    private static LinkedHashMap<String, Cell> cells(List<String> keys, int[] group, Map<EconomicMeasure, long[]> values) {
        int groups = keys.size();
        int[] start = new int[groups + 1];
        for (int g : group) {
            start[g + 1]++;
        }
        for (int g = 0; g < groups; g++) {
            start[g + 1] += start[g];
        }
        int[] order = new int[group.length];
        int[] next = Arrays.copyOf(start, groups);
        for (int i = 0; i < group.length; i++) {
            order[next[group[i]]++] = i;
        }
        List<Map<EconomicMeasure, Figure>> figures = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            figures.add(new EnumMap<>(EconomicMeasure.class));
        }
        long[] laidOut = new long[group.length];
        values.forEach((measure, column) -> {
            for (int p = 0; p < order.length; p++) {
                laidOut[p] = column[order[p]];
            }
            for (int g = 0; g < groups; g++) {
                figures.get(g).put(measure, new Figure(sum(laidOut, start[g], start[g + 1]), Median.of(laidOut, start[g], start[g + 1])));
            }
        });
        LinkedHashMap<String, Cell> cells = new LinkedHashMap<>();
        for (int g = 0; g < groups; g++) {
            cells.put(keys.get(g), new Cell(start[g + 1] - start[g], Collections.unmodifiableMap(figures.get(g))));
        }
        return cells;
    }

    private static String key(Breakdown breakdown, Counted counted, SizeClassThresholds sizeClasses) {
        return switch (breakdown) {
            case KECAMATAN -> counted.kecamatanCode();
            case JENIS -> counted.jenis();
            case KELOMPOK -> counted.kelompok();
            case SIZE_CLASS -> sizeClasses.classify(counted.report()).name();
        };
    }

    /** The exact sum of {@code values[from..to)}: in a long while it fits, then in a BigInteger. */
    static BigInteger sum(long[] values, int from, int to) {
        long partial = 0;
        BigInteger carried = BigInteger.ZERO;
        for (int i = from; i < to; i++) {
            long next = partial + values[i];
            // Overflow only when both operands have the same sign and the result's sign differs.
            if (((partial ^ next) & (values[i] ^ next)) < 0) {
                carried = carried.add(BigInteger.valueOf(partial));
                next = values[i];
            }
            partial = next;
        }
        return carried.add(BigInteger.valueOf(partial));
    }
}
