package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.contracts.registry.StandingRules;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.config.EconomyConfig;
import id.go.bekasikota.koperasi.registry.domain.EconomicIndicators;
import id.go.bekasikota.koperasi.registry.domain.EconomicMeasure;
import id.go.bekasikota.koperasi.registry.domain.SizeClassThresholds;
import id.go.bekasikota.koperasi.registry.repository.EconomicFigures;
import id.go.bekasikota.koperasi.registry.repository.EconomicFigures.YearSums;
import id.go.bekasikota.koperasi.registry.repository.RegisterRevision;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The economic picture of the register as of a date: what the counted cooperatives add up to
 * ({@link EconomicIndicators}) and the trend of each financial year's reports.
 *
 * <p>Computed over the whole register (at 100,000 cooperatives about a second: the counted report
 * of each, then medians by selection in Java) and kept per register revision, as the activation
 * dashboard is: every write moves the revision, so what is kept is never older than what a reader
 * could see. One computation per date and revision however many ask at once; the others wait for it.
 *
 * <p>A computation holds the counted cooperatives' figures column by column, about 100 bytes each
 * while it runs (some 80 MB for a national register's 800,000): computations of different dates
 * run one after the other, so that two of them never hold the heap at once.
 */
@ApplicationScoped
public class EconomicIndicatorService {

    /** Pictures kept (per date, trend start and size basis); more are computed, not kept. */
    private static final int KEPT = 64;
    /** A national register's computation takes tens of seconds; the default transaction timeout is one minute. */
    private static final int COMPUTATION_TIMEOUT_SECONDS = 300;

    private final EconomicFigures figures;
    private final RegisterRevision revision;
    private final EconomyConfig config;
    private final Today today;
    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();
    private final ReentrantLock computing = new ReentrantLock(true);

    public EconomicIndicatorService(EconomicFigures figures, RegisterRevision revision, EconomyConfig config, Today today) {
        this.figures = figures;
        this.revision = revision;
        this.config = config;
        this.today = today;
    }

    /**
     * @param asOf        the date of the figures
     * @param latestDueYear F as of asOf
     * @param thresholds  the size classes used
     * @param indicators  totals and medians of the counted cooperatives, whole and per breakdown
     * @param trend       the sums of each financial year from the trend's first year to F, with the year before the first
     */
    public record EconomicPicture(LocalDate asOf, int latestDueYear, SizeClassThresholds thresholds,
                                  EconomicIndicators.Result indicators, List<YearSums> trend) {

        /** The year's sums, zero when no report of the year was held by the date. */
        public YearSums year(int financialYear) {
            return trend.stream().filter(y -> y.financialYear() == financialYear).findFirst()
                    .orElseGet(() -> new YearSums(financialYear, 0, zeros(), 0, zeros(), zeros()));
        }

        private static Map<EconomicMeasure, BigInteger> zeros() {
            Map<EconomicMeasure, BigInteger> zeros = new EnumMap<>(EconomicMeasure.class);
            for (EconomicMeasure measure : EconomicMeasure.values()) {
                zeros.put(measure, BigInteger.ZERO);
            }
            return zeros;
        }
    }

    private record Key(LocalDate asOf, int trendFrom, SizeClassThresholds.Basis basis) {
    }

    private record Kept(long revision, CompletableFuture<EconomicPicture> picture) {
    }

    public LocalDate today() {
        return today.date();
    }

    public int minimumCellSize() {
        return config.minimumCellSize();
    }

    public SizeClassThresholds.Basis defaultBasis() {
        return config.sizeClass().basis();
    }

    /**
     * The picture of the date, computed once per register revision. Not in the caller's
     * transaction: the revision is read in a short transaction of its own and the computation runs
     * in another, so that a request waiting for someone else's computation, or for its turn, holds
     * no database connection (at a national register a computation takes tens of seconds, and the
     * waiting requests held the whole pool).
     *
     * @param trendFrom the first financial year of the trend (up to F as of asOf)
     * @param basis     the figure that sorts cooperatives into size classes; null for the configured one
     */
    public EconomicPicture picture(LocalDate asOf, int trendFrom, SizeClassThresholds.Basis basis) {
        Key key = new Key(asOf, trendFrom, basis == null ? defaultBasis() : basis);
        // A transaction of its own has written nothing: the revision is always one a reader sees.
        long current = QuarkusTransaction.requiringNew().call(revision::seenByAReader).orElseThrow();
        CompletableFuture<EconomicPicture> mine = new CompletableFuture<>();
        Kept entry = kept.compute(key, (k, old) -> old != null && old.revision() >= current ? old : new Kept(current, mine));
        if (entry.picture() != mine) {
            return await(entry.picture());
        }
        try {
            // Read after the revision: what is kept under it is never older than it.
            mine.complete(compute(key));
        } catch (RuntimeException e) {
            kept.remove(key, entry);
            mine.completeExceptionally(e);
            throw e;
        }
        if (kept.size() > KEPT) {
            kept.keySet().removeIf(k -> !k.equals(key));
        }
        return await(mine);
    }

    /** One computation at a time, each in a transaction of its own, taken once its turn has come. */
    private EconomicPicture compute(Key key) {
        int f = StandingRules.latestDueYear(key.asOf());
        SizeClassThresholds thresholds = config.thresholds(key.basis());
        computing.lock();
        try {
            return QuarkusTransaction.requiringNew().timeout(COMPUTATION_TIMEOUT_SECONDS).call(() -> {
                EconomicIndicators.Result indicators = EconomicIndicators.compute(figures.counted(key.asOf(), thresholds));
                List<YearSums> years = figures.yearSums(key.asOf(), key.trendFrom(), f).stream()
                        .sorted(Comparator.comparingInt(YearSums::financialYear)).toList();
                return new EconomicPicture(key.asOf(), f, thresholds, indicators, years);
            });
        } finally {
            computing.unlock();
        }
    }

    private static EconomicPicture await(CompletableFuture<EconomicPicture> picture) {
        try {
            return picture.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the economic indicators were computed", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }
}
