package id.go.bekasikota.koperasi.registry.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the public may not see of the economic indicators, so that no single cooperative's figures
 * can be read off them (statistical disclosure control for the public view; the office sees all).
 *
 * <ul>
 *   <li><b>Primary</b>: a cell of 1 to {@code minimum - 1} cooperatives shows its count, not its
 *       figures. An empty cell shows zeros: there is nothing to hide.</li>
 *   <li><b>Complementary</b>: the cells of one breakdown (kecamatan, jenis, kelompok, size class)
 *       partition the published total, so the suppressed cells can be read together as the total
 *       minus the other cells. While they hold fewer than {@code minimum} cooperatives together (a
 *       single one always; two cells of one cooperative each, whose sum would let either read the
 *       other's figures), the smallest other non-empty cell is suppressed too (the first of the
 *       breakdown's order on a tie): what can be read is a sum over at least {@code minimum}.</li>
 *   <li><b>Growth</b> is published as a ratio only, and only when it rests on at least
 *       {@code minimum} cooperatives and the cooperatives that reported in one of the two years
 *       only are none or at least {@code minimum}: a year's total minus the growth's sums would
 *       otherwise isolate them.</li>
 * </ul>
 */
public final class CellSuppression {

    /** Why a cell is not shown. */
    public enum Reason {
        /** Fewer cooperatives than the minimum. */
        PRIMARY,
        /** Hidden so that a primary cell cannot be computed from the total and the other cells. */
        COMPLEMENTARY
    }

    private CellSuppression() {
    }

    /** A cell of its own (the total, a trend year): hidden when it holds 1 to {@code minimum - 1} cooperatives. */
    public static boolean primary(long cooperatives, long minimum) {
        return cooperatives > 0 && cooperatives < minimum;
    }

    /**
     * @param cooperatives the cells of one breakdown, in its order: key to number of cooperatives
     * @return the suppressed cells with the reason, in the breakdown's order
     */
    public static Map<String, Reason> ofBreakdown(LinkedHashMap<String, Long> cooperatives, long minimum) {
        Map<String, Reason> hidden = new LinkedHashMap<>();
        cooperatives.forEach((key, count) -> {
            if (primary(count, minimum)) {
                hidden.put(key, Reason.PRIMARY);
            }
        });
        while (primary(hiddenCooperatives(hidden, cooperatives), minimum)) {
            String smallest = null;
            for (Map.Entry<String, Long> cell : cooperatives.entrySet()) {
                boolean candidate = cell.getValue() > 0 && !hidden.containsKey(cell.getKey());
                if (candidate && (smallest == null || cell.getValue() < cooperatives.get(smallest))) {
                    smallest = cell.getKey();
                }
            }
            if (smallest == null) {
                break;
            }
            hidden.put(smallest, Reason.COMPLEMENTARY);
        }
        return hidden;
    }

    private static long hiddenCooperatives(Map<String, Reason> hidden, Map<String, Long> cooperatives) {
        return hidden.keySet().stream().mapToLong(cooperatives::get).sum();
    }

    /**
     * @param comparable        cooperatives with a report for both years (the growth's base)
     * @param reportedYear      cooperatives with a report for the year
     * @param reportedYearBefore cooperatives with a report for the year before
     */
    public static boolean growthPublishable(long comparable, long reportedYear, long reportedYearBefore, long minimum) {
        return comparable >= minimum && !primary(reportedYear - comparable, minimum)
                && !primary(reportedYearBefore - comparable, minimum);
    }
}
