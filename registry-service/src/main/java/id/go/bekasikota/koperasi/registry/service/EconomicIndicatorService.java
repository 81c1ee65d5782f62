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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
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
     * @param trendFrom the first financial year of the trend (up to F as of asOf)
     * @param basis     the figure that sorts cooperatives into size classes; null for the configured one
     */
    @Transactional
    public EconomicPicture picture(LocalDate asOf, int trendFrom, SizeClassThresholds.Basis basis) {
        Key key = new Key(asOf, trendFrom, basis == null ? defaultBasis() : basis);
        OptionalLong seen = revision.seenByAReader();
        if (seen.isEmpty()) {
            return compute(key);
        }
        long current = seen.getAsLong();
        CompletableFuture<EconomicPicture> mine = new CompletableFuture<>();
        Kept entry = kept.compute(key, (k, old) -> old != null && old.revision() >= current ? old : new Kept(current, mine));
        if (entry.picture() != mine) {
            return await(entry.picture());
        }
        try {
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

    private EconomicPicture compute(Key key) {
        int f = StandingRules.latestDueYear(key.asOf());
        SizeClassThresholds thresholds = config.thresholds(key.basis());
        EconomicIndicators.Result indicators;
        computing.lock();
        try {
            indicators = EconomicIndicators.compute(figures.counted(key.asOf(), thresholds));
        } finally {
            computing.unlock();
        }
        List<YearSums> years = figures.yearSums(key.asOf(), key.trendFrom(), f).stream()
                .sorted(Comparator.comparingInt(YearSums::financialYear)).toList();
        return new EconomicPicture(key.asOf(), f, thresholds, indicators, years);
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
