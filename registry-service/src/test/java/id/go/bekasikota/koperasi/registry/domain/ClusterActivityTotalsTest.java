package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.registry.domain.ClusterActivityTotals.Entry;
import id.go.bekasikota.koperasi.registry.domain.ClusterActivityTotals.Granularity;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two clusters by hand: dolls record months (Jan 10/100/80 jobs 50, Feb 20/200/160 jobs 55, Apr
 * 5/50/40 jobs 60), food records quarters (Q1 7/70/60 jobs 30, Q2 3/30/25 jobs 28). Values are
 * purchases/production/sales.
 */
class ClusterActivityTotalsTest {

    private static final UUID DOLLS = UUID.randomUUID();
    private static final UUID FOOD = UUID.randomUUID();
    private static final List<Entry> ENTRIES = List.of(
            entry(DOLLS, "2026-01", 10, 100, 80, 50),
            entry(DOLLS, "2026-02", 20, 200, 160, 55),
            entry(DOLLS, "2026-04", 5, 50, 40, 60),
            entry(FOOD, "2026-Q1", 7, 70, 60, 30),
            entry(FOOD, "2026-Q2", 3, 30, 25, 28));

    @Test
    void flowsAddUpAndJobsAreEachClustersLatest() {
        var totals = ClusterActivityTotals.of(ENTRIES);
        assertThat(totals.clusters()).isEqualTo(2);
        assertThat(totals.periods()).isEqualTo(5);
        assertThat(totals.purchasesValue()).isEqualTo(BigInteger.valueOf(45));
        assertThat(totals.productionValue()).isEqualTo(BigInteger.valueOf(450));
        assertThat(totals.salesValue()).isEqualTo(BigInteger.valueOf(365));
        assertThat(totals.jobs()).isEqualTo(60 + 28);
    }

    @Test
    void quartersTakeTheirMonthsAndEveryQuarterIsListed() {
        var trend = ClusterActivityTotals.trend(ENTRIES, Granularity.QUARTER, LocalDate.of(2025, 11, 15), LocalDate.of(2026, 8, 1));
        assertThat(trend).extracting(ClusterActivityTotals.Bucket::label).containsExactly("2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3");
        assertThat(trend.get(0).totals().periods()).isZero();
        assertThat(trend.get(0).totals().salesValue()).isEqualTo(BigInteger.ZERO);
        var q1 = trend.get(1).totals();
        assertThat(q1.salesValue()).isEqualTo(BigInteger.valueOf(80 + 160 + 60));
        assertThat(q1.jobs()).isEqualTo(55 + 30);   // dolls' February, food's Q1
        assertThat(q1.clusters()).isEqualTo(2);
        assertThat(trend.get(2).totals().purchasesValue()).isEqualTo(BigInteger.valueOf(5 + 3));
        assertThat(trend.get(2).start()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(trend.get(2).end()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void aYearTakesAll() {
        var trend = ClusterActivityTotals.trend(ENTRIES, Granularity.YEAR, LocalDate.of(2025, 6, 1), LocalDate.of(2026, 12, 31));
        assertThat(trend).extracting(ClusterActivityTotals.Bucket::label).containsExactly("2025", "2026");
        assertThat(trend.get(1).totals().productionValue()).isEqualTo(BigInteger.valueOf(450));
        assertThat(trend.get(1).totals().jobs()).isEqualTo(88);
        assertThat(ClusterActivityTotals.bucketCount(Granularity.QUARTER, LocalDate.of(2025, 11, 15), LocalDate.of(2026, 8, 1))).isEqualTo(4);
    }

    private static Entry entry(UUID cluster, String period, long purchases, long production, long sales, int jobs) {
        return new Entry(cluster, ReportingPeriod.parse(period).orElseThrow(), purchases, production, sales, jobs);
    }
}
