package id.go.bekasikota.koperasi.contracts.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a UKM cluster did together in one period, as a buying-and-selling coalition: the raw
 * materials its businesses bought jointly, what they produced and sold jointly, and the jobs in
 * its member businesses. Published when a period is recorded ({@code revision} 1) and on each
 * correction (a higher revision replaces the earlier one; every revision stays readable in the
 * registry). Amounts in whole rupiah. No personal data: who recorded it is given by role only.
 *
 * @param cluster         the cluster as it is now
 * @param period          {@code 2026-03} (a month) or {@code 2026-Q1} (a quarter)
 * @param periodType      {@code MONTH} or {@code QUARTER}
 * @param periodStart     first day of the period
 * @param periodEnd       last day of the period
 * @param revision        1 when first recorded, then one more with each correction
 * @param jobs            people working in the member businesses at the end of the period
 * @param purchasesValue  the sum of the purchases' values
 * @param productionValue the sum of the production's values
 * @param salesValue      the sum of the sales' values
 * @param recordedAs      {@code officer} or {@code cooperative} (the host cooperative's account)
 */
public record ClusterActivityRecorded(Cluster cluster, String period, String periodType, LocalDate periodStart,
                                      LocalDate periodEnd, int revision, List<Purchase> purchases,
                                      List<Production> production, List<Sale> sales, int jobs, long purchasesValue,
                                      long productionValue, long salesValue, String recordedAs, Instant recordedAt) {

    /** The public data of the cluster. */
    public record Cluster(UUID id, String name, String productCategory, String kecamatanCode, UUID hostCooperativeId) {
    }

    /** A joint raw-material purchase: e.g. 1,200 metres of velboa fabric for Rp 30,000,000. */
    public record Purchase(String item, BigDecimal quantity, String unit, long value) {
    }

    /** What the member businesses produced together: e.g. 8,000 pieces of stuffed dolls worth Rp 240,000,000. */
    public record Production(String product, BigDecimal quantity, String unit, long value) {
    }

    /** A joint sale through one channel, to the markets named. */
    public record Sale(String channel, long value, List<String> markets) {
    }
}
