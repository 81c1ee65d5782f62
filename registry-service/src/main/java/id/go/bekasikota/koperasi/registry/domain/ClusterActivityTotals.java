package id.go.bekasikota.koperasi.registry.domain;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * How clusters' activity adds up over time: the values bought, produced and sold are flows and add
 * up over periods and clusters; jobs are a position at the end of a period, so a cluster's jobs over
 * several periods are those of its latest period, and the jobs of several clusters are the sum of
 * each one's.
 *
 * <p>Months roll up into quarters and years, quarters into years. A month cannot be split out of a
 * quarter recorded as a whole, so there is no monthly trend: the trend is by quarter or by year.
 */
public final class ClusterActivityTotals {

    /** The step of a trend. */
    public enum Granularity { QUARTER, YEAR }

    /** The current revision of one cluster's period, as the totals read it. */
    public record Entry(UUID clusterId, ReportingPeriod period, long purchasesValue, long productionValue, long salesValue, int jobs) {
    }

    /**
     * @param clusters clusters with at least one period recorded
     * @param periods  periods recorded (months and quarters as recorded)
     * @param jobs     the sum over the clusters of the jobs of each one's latest period
     */
    public record Totals(long clusters, long periods, BigInteger purchasesValue, BigInteger productionValue,
                         BigInteger salesValue, long jobs) {
    }

    /** One step of a trend: {@code 2026-Q1} or {@code 2026}, its days and its totals. */
    public record Bucket(String label, LocalDate start, LocalDate end, Totals totals) {
    }

    private ClusterActivityTotals() {
    }

    public static Totals of(List<Entry> entries) {
        Set<UUID> clusters = new HashSet<>();
        BigInteger purchases = BigInteger.ZERO;
        BigInteger production = BigInteger.ZERO;
        BigInteger sales = BigInteger.ZERO;
        Map<UUID, Entry> latest = new HashMap<>();
        for (Entry entry : entries) {
            clusters.add(entry.clusterId());
            purchases = purchases.add(BigInteger.valueOf(entry.purchasesValue()));
            production = production.add(BigInteger.valueOf(entry.productionValue()));
            sales = sales.add(BigInteger.valueOf(entry.salesValue()));
            latest.merge(entry.clusterId(), entry, (a, b) -> a.period().end().isBefore(b.period().end()) ? b : a);
        }
        long jobs = latest.values().stream().mapToLong(Entry::jobs).sum();
        return new Totals(clusters.size(), entries.size(), purchases, production, sales, jobs);
    }

    /**
     * The trend from the bucket holding {@code from} to the one holding {@code to}, every bucket
     * listed (empty ones with zeros); a period belongs to the bucket of its first day.
     */
    public static List<Bucket> trend(List<Entry> entries, Granularity granularity, LocalDate from, LocalDate to) {
        List<Bucket> buckets = new ArrayList<>();
        for (LocalDate start = bucketStart(from, granularity); !start.isAfter(to); start = next(start, granularity)) {
            LocalDate first = start;
            LocalDate last = next(start, granularity).minusDays(1);
            List<Entry> inside = entries.stream()
                    .filter(e -> !e.period().start().isBefore(first) && !e.period().start().isAfter(last))
                    .sorted(Comparator.comparing(Entry::period)).toList();
            buckets.add(new Bucket(label(first, granularity), first, last, of(inside)));
        }
        return buckets;
    }

    /** How many buckets the trend from {@code from} to {@code to} has. */
    public static long bucketCount(Granularity granularity, LocalDate from, LocalDate to) {
        long count = 0;
        for (LocalDate start = bucketStart(from, granularity); !start.isAfter(to); start = next(start, granularity)) {
            count++;
        }
        return count;
    }

    public static LocalDate bucketStart(LocalDate day, Granularity granularity) {
        return granularity == Granularity.YEAR ? LocalDate.of(day.getYear(), 1, 1)
                : LocalDate.of(day.getYear(), 3 * ((day.getMonthValue() - 1) / 3) + 1, 1);
    }

    /** The last day of the quarter or year that holds {@code day}. */
    public static LocalDate bucketEnd(LocalDate day, Granularity granularity) {
        return next(bucketStart(day, granularity), granularity).minusDays(1);
    }

    private static LocalDate next(LocalDate start, Granularity granularity) {
        return granularity == Granularity.YEAR ? start.plusYears(1) : start.plusMonths(3);
    }

    private static String label(LocalDate start, Granularity granularity) {
        return granularity == Granularity.YEAR ? String.valueOf(start.getYear())
                : start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
    }
}
