package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.Jenis;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

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
        Register register = new Register(sizeClasses);
        counted.forEach(register::add);
        return compute(register);
    }

    public static Result compute(Register register) {
        return compute(register, null);
    }

    /**
     * The indicators of the register, from the result computed from it before where given ({@code earlier}): the
     * whole register and the cells it has taken cooperatives into or out of since then ({@link Register#takeIn})
     * are computed again, every other cell is the earlier result's (its cooperatives and their figures are the
     * same). After a write of a few cooperatives that is the whole register and one cell of each breakdown, where
     * a national register's medians over every cell took a third of a second. Each median computed again starts
     * from the one this register found last ({@link Median#middle(long[], int, int, long)}). The result is the
     * register's new starting point: the cells it takes cooperatives into or out of are counted from here.
     *
     * @param earlier the last result computed from this register, or null to compute every cell
     */
    public static Result compute(Register register, Result earlier) {
        int n = register.size;
        long[] column = new long[n];
        long[] laidOut = new long[n];
        Map<Breakdown, int[]> orders = new EnumMap<>(Breakdown.class);
        Map<Breakdown, int[]> starts = new EnumMap<>(Breakdown.class);
        for (Breakdown breakdown : Breakdown.values()) {
            int[] start = new int[register.keys(breakdown).size() + 1];
            orders.put(breakdown, register.layOut(breakdown, start));
            starts.put(breakdown, start);
        }

        // The cells computed again: all of them without an earlier result; else those taken into or out of since.
        Map<Breakdown, BitSet> again = new EnumMap<>(Breakdown.class);
        for (Breakdown breakdown : Breakdown.values()) {
            List<String> keys = register.keys(breakdown);
            BitSet cells = new BitSet(keys.size());
            for (int g = 0; g < keys.size(); g++) {
                if (earlier == null || register.touched.get(breakdown).get(g) || !earlier.breakdowns().get(breakdown).containsKey(keys.get(g))) {
                    cells.set(g);
                }
            }
            again.put(breakdown, cells);
        }

        Map<EconomicMeasure, Figure> totalFigures = new EnumMap<>(EconomicMeasure.class);
        long[] totalMiddles = new long[EconomicMeasure.values().length];
        // The lower middle values found, per breakdown, cell and measure: the next computation's guesses.
        Map<Breakdown, long[][]> cellMiddles = new EnumMap<>(Breakdown.class);
        for (Breakdown breakdown : Breakdown.values()) {
            cellMiddles.put(breakdown, new long[register.keys(breakdown).size()][EconomicMeasure.values().length]);
        }
        Map<Breakdown, List<Map<EconomicMeasure, Figure>>> figures = new EnumMap<>(Breakdown.class);
        for (Breakdown breakdown : Breakdown.values()) {
            List<Map<EconomicMeasure, Figure>> cells = new ArrayList<>();
            for (int g = 0; g < register.keys(breakdown).size(); g++) {
                cells.add(new EnumMap<>(EconomicMeasure.class));
            }
            figures.put(breakdown, cells);
        }
        // One measure at a time: its column, then the same column laid out group by group for each breakdown.
        for (EconomicMeasure measure : EconomicMeasure.values()) {
            register.column(measure, column);
            for (Breakdown breakdown : Breakdown.values()) {
                int[] order = orders.get(breakdown);
                int[] start = starts.get(breakdown);
                List<Map<EconomicMeasure, Figure>> cells = figures.get(breakdown);
                BitSet cellsAgain = again.get(breakdown);
                for (int g = cellsAgain.nextSetBit(0); g >= 0; g = cellsAgain.nextSetBit(g + 1)) {
                    for (int p = start[g]; p < start[g + 1]; p++) {
                        laidOut[p] = column[order[p]];
                    }
                    Median.Middle middle = middle(laidOut, start[g], start[g + 1], register.cellGuess(breakdown, g, measure));
                    cellMiddles.get(breakdown)[g][measure.ordinal()] = middle == null ? 0 : middle.lower();
                    cells.get(g).put(measure, new Figure(sum(laidOut, start[g], start[g + 1]), middle == null ? null : middle.median()));
                }
            }
            Median.Middle middle = middle(column, 0, n, register.totalMiddles == null ? null : register.totalMiddles[measure.ordinal()]);
            totalMiddles[measure.ordinal()] = middle == null ? 0 : middle.lower();
            totalFigures.put(measure, new Figure(sum(column, 0, n), middle == null ? null : middle.median()));
        }
        register.totalMiddles = n == 0 ? null : totalMiddles;
        for (Breakdown breakdown : Breakdown.values()) {
            int[] start = starts.get(breakdown);
            BitSet cellsAgain = again.get(breakdown);
            for (int g = cellsAgain.nextSetBit(0); g >= 0; g = cellsAgain.nextSetBit(g + 1)) {
                register.cellMiddles(breakdown, g, start[g + 1] == start[g] ? null : cellMiddles.get(breakdown)[g]);
            }
        }

        Map<Breakdown, LinkedHashMap<String, Cell>> breakdowns = new EnumMap<>(Breakdown.class);
        for (Breakdown breakdown : Breakdown.values()) {
            List<String> keys = register.keys(breakdown);
            int known = keys(breakdown).size();
            int[] start = starts.get(breakdown);
            LinkedHashMap<String, Cell> cells = new LinkedHashMap<>();
            for (int g = 0; g < keys.size(); g++) {
                if (g >= known && start[g + 1] == start[g]) {
                    // A key no enum lists whose cooperatives have all been taken out since it was met.
                    continue;
                }
                Map<EconomicMeasure, Figure> cellFigures = again.get(breakdown).get(g)
                        ? Collections.unmodifiableMap(figures.get(breakdown).get(g))
                        : earlier.breakdowns().get(breakdown).get(keys.get(g)).figures();
                cells.put(keys.get(g), new Cell(start[g + 1] - start[g], cellFigures));
            }
            breakdowns.put(breakdown, cells);
        }
        register.touched.values().forEach(BitSet::clear);
        Cell total = new Cell(n, Collections.unmodifiableMap(totalFigures));
        return new Result(total, Collections.unmodifiableMap(breakdowns), Collections.unmodifiableSortedMap(new TreeMap<>(register.reportYears)));
    }

    /**
     * The counted cooperatives column by column, as they stream in from the database: per
     * cooperative its nine figures and the cell it falls in for each breakdown, about 80 bytes, in
     * blocks that never move. A national register's 800,000 counted reports take some 65 MB here;
     * as a list of rows (a record, its report and three strings each) they took over 250 MB and
     * the registry's heap ran out.
     *
     * <p>Each cooperative's id and counted year are held too (24 bytes more), so that a register kept
     * for an earlier revision can take in the cooperatives written since ({@link #takeIn}).
     */
    public static final class Register {

        private static final int BLOCK = 1 << 14;
        private static final int MEASURES = EconomicMeasure.values().length;
        private static final int BREAKDOWNS = Breakdown.values().length;
        /** Per cooperative: its id's two halves and its counted report's financial year. */
        private static final int ID_HIGH = 0;
        private static final int ID_LOW = 1;
        private static final int YEAR = 2;

        private final SizeClassThresholds sizeClasses;
        private final List<long[][]> measureBlocks = new ArrayList<>();
        private final List<short[][]> groupBlocks = new ArrayList<>();
        private final List<long[][]> identityBlocks = new ArrayList<>();
        private final Map<Breakdown, List<String>> keys = new EnumMap<>(Breakdown.class);
        private final Map<Breakdown, Map<String, Integer>> index = new EnumMap<>(Breakdown.class);
        private final SortedMap<Integer, Long> reportYears = new TreeMap<>();
        /** Per breakdown, the cells cooperatives were added to or taken out of since the last {@link #compute}. */
        private final Map<Breakdown, BitSet> touched = new EnumMap<>(Breakdown.class);
        /**
         * The lower middle value of each measure found by the last {@link #compute}, over the whole register (null
         * before the first) and per breakdown and cell (per measure; null for an empty cell): the guesses the next
         * computation counts around ({@link Median#middle(long[], int, int, long)}), which only make it faster.
         */
        private long[] totalMiddles;
        private final Map<Breakdown, List<long[]>> cellMiddles = new EnumMap<>(Breakdown.class);
        private int size;

        public Register(SizeClassThresholds sizeClasses) {
            this.sizeClasses = sizeClasses;
            for (Breakdown breakdown : Breakdown.values()) {
                List<String> known = new ArrayList<>(EconomicIndicators.keys(breakdown));
                Map<String, Integer> positions = new HashMap<>();
                for (int k = 0; k < known.size(); k++) {
                    positions.put(known.get(k), k);
                }
                keys.put(breakdown, known);
                index.put(breakdown, positions);
                touched.put(breakdown, new BitSet());
                cellMiddles.put(breakdown, new ArrayList<>());
            }
        }

        private Long cellGuess(Breakdown breakdown, int group, EconomicMeasure measure) {
            List<long[]> middles = cellMiddles.get(breakdown);
            return group < middles.size() && middles.get(group) != null ? middles.get(group)[measure.ordinal()] : null;
        }

        /** A cell's lower middle values per measure as just computed; null for an empty cell. */
        private void cellMiddles(Breakdown breakdown, int group, long[] middles) {
            List<long[]> kept = cellMiddles.get(breakdown);
            while (kept.size() <= group) {
                kept.add(null);
            }
            kept.set(group, middles);
        }

        /** Adds a counted cooperative: where it is counted and its counted report. */
        public void add(String kecamatanCode, String jenis, String kelompok, AnnualReportSummary report) {
            add(null, kecamatanCode, jenis, kelompok, report);
        }

        /** Adds a counted cooperative with its id, which {@link #takeIn} finds it by. */
        public void add(UUID id, String kecamatanCode, String jenis, String kelompok, AnnualReportSummary report) {
            growIfFull();
            long[][] measures = measureBlocks.get(size / BLOCK);
            short[][] groups = groupBlocks.get(size / BLOCK);
            long[][] identity = identityBlocks.get(size / BLOCK);
            int at = size % BLOCK;
            identity[ID_HIGH][at] = id == null ? 0 : id.getMostSignificantBits();
            identity[ID_LOW][at] = id == null ? 0 : id.getLeastSignificantBits();
            identity[YEAR][at] = report.financialYear();
            for (EconomicMeasure measure : EconomicMeasure.values()) {
                measures[measure.ordinal()][at] = measure.of(report);
            }
            for (Breakdown breakdown : Breakdown.values()) {
                String key = switch (breakdown) {
                    case KECAMATAN -> kecamatanCode;
                    case JENIS -> jenis;
                    case KELOMPOK -> kelompok;
                    case SIZE_CLASS -> sizeClasses.classify(report).name();
                };
                groups[breakdown.ordinal()][at] = group(breakdown, key);
                touched.get(breakdown).set(groups[breakdown.ordinal()][at]);
            }
            reportYears.merge(report.financialYear(), 1L, Long::sum);
            size++;
        }

        public void add(Counted counted) {
            add(counted.kecamatanCode(), counted.jenis(), counted.kelompok(), counted.report());
        }

        public int size() {
            return size;
        }

        /**
         * Brings the register up to date after writes: the {@code written} cooperatives it holds are
         * taken out, and those of them counted now ({@code counted}, read after the writes, with their
         * ids) put in. The register then holds what reading every counted cooperative again would,
         * in another order, which no figure depends on.
         */
        public void takeIn(Set<UUID> written, Register counted) {
            // From the end: the cooperative moved into a taken-out one's place has been looked at already.
            for (int i = size - 1; i >= 0; i--) {
                long[][] identity = identityBlocks.get(i / BLOCK);
                if (written.contains(new UUID(identity[ID_HIGH][i % BLOCK], identity[ID_LOW][i % BLOCK]))) {
                    takeOut(i);
                }
            }
            for (int i = 0; i < counted.size; i++) {
                copy(counted, i);
            }
        }

        /** Moves the last cooperative into slot {@code i}, forgetting the one there. */
        private void takeOut(int i) {
            long[][] identity = identityBlocks.get(i / BLOCK);
            int year = (int) identity[YEAR][i % BLOCK];
            if (reportYears.merge(year, -1L, Long::sum) == 0) {
                reportYears.remove(year);
            }
            short[][] leaving = groupBlocks.get(i / BLOCK);
            for (Breakdown breakdown : Breakdown.values()) {
                touched.get(breakdown).set(leaving[breakdown.ordinal()][i % BLOCK]);
            }
            int last = size - 1;
            if (i != last) {
                move(measureBlocks.get(last / BLOCK), measureBlocks.get(i / BLOCK), last % BLOCK, i % BLOCK);
                move(identityBlocks.get(last / BLOCK), identityBlocks.get(i / BLOCK), last % BLOCK, i % BLOCK);
                short[][] from = groupBlocks.get(last / BLOCK);
                short[][] to = groupBlocks.get(i / BLOCK);
                for (int b = 0; b < BREAKDOWNS; b++) {
                    to[b][i % BLOCK] = from[b][last % BLOCK];
                }
            }
            size--;
        }

        /** A block more when every slot of the blocks held is taken (blocks stay after cooperatives are taken out). */
        private void growIfFull() {
            if (size / BLOCK == measureBlocks.size()) {
                measureBlocks.add(new long[MEASURES][BLOCK]);
                groupBlocks.add(new short[BREAKDOWNS][BLOCK]);
                identityBlocks.add(new long[3][BLOCK]);
            }
        }

        private static void move(long[][] from, long[][] to, int fromAt, int toAt) {
            for (int column = 0; column < from.length; column++) {
                to[column][toAt] = from[column][fromAt];
            }
        }

        /** Adds slot {@code i} of another register of the same size classes, its cells found again by key. */
        private void copy(Register other, int i) {
            growIfFull();
            int at = size % BLOCK;
            move(other.measureBlocks.get(i / BLOCK), measureBlocks.get(size / BLOCK), i % BLOCK, at);
            move(other.identityBlocks.get(i / BLOCK), identityBlocks.get(size / BLOCK), i % BLOCK, at);
            short[][] groups = groupBlocks.get(size / BLOCK);
            short[][] theirs = other.groupBlocks.get(i / BLOCK);
            for (Breakdown breakdown : Breakdown.values()) {
                groups[breakdown.ordinal()][at] = group(breakdown, other.keys(breakdown).get(theirs[breakdown.ordinal()][i % BLOCK]));
                touched.get(breakdown).set(groups[breakdown.ordinal()][at]);
            }
            reportYears.merge((int) other.identityBlocks.get(i / BLOCK)[YEAR][i % BLOCK], 1L, Long::sum);
            size++;
        }

        List<String> keys(Breakdown breakdown) {
            return keys.get(breakdown);
        }

        /** A breakdown's cell, known or not: a key no enum lists (a code written around the service) gets a cell of its own. */
        private short group(Breakdown breakdown, String key) {
            List<String> known = keys.get(breakdown);
            int group = index.get(breakdown).computeIfAbsent(key, unknown -> {
                known.add(unknown);
                return known.size() - 1;
            });
            if (group > Short.MAX_VALUE) {
                throw new IllegalStateException("more than " + Short.MAX_VALUE + " cells of " + breakdown);
            }
            return (short) group;
        }

        /** The measure of every cooperative, in the order they were added, into {@code column}. */
        void column(EconomicMeasure measure, long[] column) {
            for (int b = 0; b < measureBlocks.size(); b++) {
                int length = Math.min(BLOCK, size - b * BLOCK);
                System.arraycopy(measureBlocks.get(b)[measure.ordinal()], 0, column, b * BLOCK, length);
            }
        }

        /**
         * The cooperatives laid out cell by cell (a counting sort): returns their positions in that
         * order and fills {@code start} with where each cell begins (one more entry, the end).
         */
        int[] layOut(Breakdown breakdown, int[] start) {
            int[] group = new int[size];
            for (int i = 0; i < size; i++) {
                group[i] = groupBlocks.get(i / BLOCK)[breakdown.ordinal()][i % BLOCK];
            }
            for (int g : group) {
                start[g + 1]++;
            }
            for (int g = 0; g + 1 < start.length; g++) {
                start[g + 1] += start[g];
            }
            int[] order = new int[size];
            int[] next = Arrays.copyOf(start, start.length - 1);
            for (int i = 0; i < size; i++) {
                order[next[group[i]]++] = i;
            }
            return order;
        }
    }

    /** The middle values of a range, from the guess when there is one (the range is scratch: a selection reorders it). */
    private static Median.Middle middle(long[] values, int from, int to, Long guess) {
        return guess == null ? Median.middle(values, from, to) : Median.middle(values, from, to, guess);
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
