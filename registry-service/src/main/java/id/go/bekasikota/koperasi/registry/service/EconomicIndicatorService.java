package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.contracts.registry.StandingRules;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.config.EconomyConfig;
import id.go.bekasikota.koperasi.registry.domain.EconomicIndicators;
import id.go.bekasikota.koperasi.registry.domain.SizeClassThresholds;
import id.go.bekasikota.koperasi.registry.repository.EconomicFigures;
import id.go.bekasikota.koperasi.registry.repository.EconomicFigures.YearSums;
import id.go.bekasikota.koperasi.registry.repository.RegisterRevision;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The economic picture of the register as of a date: what the counted cooperatives add up to
 * ({@link EconomicIndicators}) and the trend of each financial year's reports.
 *
 * <p>Computed over the whole register (at 100,000 cooperatives about a second: the counted report
 * of each, then medians by selection in Java) and kept per register revision, as the activation
 * dashboard is: every write moves the revision, so what is kept is never older than what a reader
 * could see. One computation at a time, and per date at most one waiting for its turn however many
 * ask while writes move the revision ({@link FreshComputations}); the others wait for it.
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
    private final EconomyConfig config;
    private final Today today;
    private final FreshComputations<Key, EconomicPicture> pictures;

    public EconomicIndicatorService(EconomicFigures figures, RegisterRevision revision, EconomyConfig config, Today today) {
        this.figures = figures;
        this.config = config;
        this.today = today;
        this.pictures = FreshComputations.ofRegister(revision, this::compute, KEPT, COMPUTATION_TIMEOUT_SECONDS);
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
                    .orElseGet(() -> YearSums.none(financialYear));
        }
    }

    private record Key(LocalDate asOf, int trendFrom, SizeClassThresholds.Basis basis) {
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
     * The picture of the date, never older than the register's revision this request sees
     * ({@link FreshComputations}: one computation at a time, per date at most one waiting, however
     * many ask). Not in the caller's transaction: the revision is read in a short transaction of its
     * own and the computation runs in another, so that a request waiting for someone else's
     * computation, or for its turn, holds no database connection (at a national register a
     * computation takes tens of seconds, and the waiting requests held the whole pool).
     *
     * @param trendFrom the first financial year of the trend (up to F as of asOf)
     * @param basis     the figure that sorts cooperatives into size classes; null for the configured one
     */
    public EconomicPicture picture(LocalDate asOf, int trendFrom, SizeClassThresholds.Basis basis) {
        return pictures.get(new Key(asOf, trendFrom, basis == null ? defaultBasis() : basis));
    }

    /** One computation, in a transaction of its own, once its turn has come. */
    private EconomicPicture compute(Key key) {
        int f = StandingRules.latestDueYear(key.asOf());
        SizeClassThresholds thresholds = config.thresholds(key.basis());
        EconomicIndicators.Result indicators = EconomicIndicators.compute(figures.counted(key.asOf(), thresholds));
        List<YearSums> years = figures.yearSums(key.asOf(), key.trendFrom(), f).stream()
                .sorted(Comparator.comparingInt(YearSums::financialYear)).toList();
        return new EconomicPicture(key.asOf(), f, thresholds, indicators, years);
    }
}
