package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.contracts.registry.StandingRules;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.config.EconomyConfig;
import id.go.bekasikota.koperasi.registry.domain.EconomicIndicators;
import id.go.bekasikota.koperasi.registry.domain.SizeClassThresholds;
import id.go.bekasikota.koperasi.registry.repository.EconomicFigures;
import id.go.bekasikota.koperasi.registry.repository.EconomicFigures.YearSums;
import id.go.bekasikota.koperasi.registry.repository.RegisterRevision;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The economic picture of the register as of a date: what the counted cooperatives add up to
 * ({@link EconomicIndicators}) and the trend of each financial year's reports.
 *
 * <p>Kept per register revision, as the activation dashboard is: every write moves the revision, so
 * what is kept is never older than what a reader could see. One computation at a time, and per date
 * at most one waiting for its turn however many ask while writes move the revision
 * ({@link FreshComputations}); the others wait for it.
 *
 * <p>The trend comes from the tally every change of the reports keeps (V15), for a date no held
 * report met after; for an earlier date it is read from the reports. The counted cooperatives'
 * figures are read from the whole register (at 100,000 cooperatives about half a second), then
 * added up with medians by selection in Java. The picture the office asks for all day, today's with
 * the default trend and size basis, keeps those figures column by column (about 100 bytes per counted
 * cooperative: some 10 MB at 100,000; one picture's at a time) with the lanes' revisions they were read at, and after writes
 * reads again only the cooperatives written since ({@link RegisterRevision#writtenSince}): a
 * cooperative's counted report depends on its own facts alone. Its totals and medians are then
 * computed again for the whole register and the cells the writes touched only, each median counted
 * around the one before
 * ({@link EconomicIndicators#compute(EconomicIndicators.Register, EconomicIndicators.Result)}). Where the register no longer notes
 * every write since, or too many were written, or for any other picture, the whole register is read.
 */
@ApplicationScoped
public class EconomicIndicatorService {

    /** The trend's default length: from F-4 to F. */
    public static final int TREND_YEARS = 4;
    /** Pictures kept (per date, trend start and size basis); more are computed, not kept. */
    private static final int KEPT = 64;
    /** A national register's computation takes tens of seconds; the default transaction timeout is one minute. */
    private static final int COMPUTATION_TIMEOUT_SECONDS = 300;
    /** The most cooperatives written since a kept picture that are taken into it; beyond, the register is read again. */
    static final int TAKEN_IN_AT_MOST = WorklistService.TAKEN_IN_AT_MOST;

    private final EconomicFigures figures;
    private final EconomyConfig config;
    private final Today today;
    private final RegisterRevision revision;
    private final FreshComputations<Key, EconomicPicture> pictures;
    private final Counter takenIn;
    private final Counter readInFull;

    public EconomicIndicatorService(EconomicFigures figures, RegisterRevision revision, EconomyConfig config, Today today,
                                    MeterRegistry meters) {
        this.figures = figures;
        this.config = config;
        this.today = today;
        this.revision = revision;
        this.takenIn = computed(meters, "taken_in");
        this.readInFull = computed(meters, "full");
        this.pictures = FreshComputations.ofRegister(revision, (key, earlier) -> compute(key, true),
                key -> compute(key, false), KEPT, COMPUTATION_TIMEOUT_SECONDS);
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

    /** The counted figures kept for a picture, with the lanes' revisions they were read at and the indicators computed from them. */
    private record KeptCounted(Key key, EconomicIndicators.Register counted, long[] lanes, EconomicIndicators.Result indicators) {
    }

    /**
     * The one picture's counted figures kept, or null; read and replaced only by computations for
     * everyone, which run one at a time ({@link FreshComputations}).
     */
    private KeptCounted keptCounted;

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

    /**
     * One computation, once its turn has come: for everyone in a transaction of its own that reads
     * one snapshot ({@code oneSnapshot}), from the kept counted figures where they are the key's;
     * for a caller whose transaction has written rows, in that transaction.
     */
    private EconomicPicture compute(Key key, boolean oneSnapshot) {
        int f = StandingRules.latestDueYear(key.asOf());
        SizeClassThresholds thresholds = config.thresholds(key.basis());
        long[] lanes = oneSnapshot && keepsCounted(key, f) ? revision.lanes() : null;
        EconomicIndicators.Register counted = null;
        EconomicIndicators.Result earlierIndicators = null;
        if (lanes != null && keptCounted != null && keptCounted.key().equals(key)) {
            KeptCounted earlier = keptCounted;
            // Until this computation has succeeded, nothing is kept: the figures are changed in place.
            keptCounted = null;
            counted = takeIn(key, thresholds, earlier).orElse(null);
            earlierIndicators = counted == null ? null : earlier.indicators();
        }
        if (counted != null) {
            takenIn.increment();
        } else {
            counted = figures.counted(key.asOf(), thresholds);
            readInFull.increment();
        }
        // Taken in: only the whole register and the cells the writes touched are computed again.
        EconomicIndicators.Result indicators = EconomicIndicators.compute(counted, earlierIndicators);
        List<YearSums> years = figures.yearSums(key.asOf(), key.trendFrom(), f).stream()
                .sorted(Comparator.comparingInt(YearSums::financialYear)).toList();
        if (lanes != null) {
            keptCounted = new KeptCounted(key, counted, lanes, indicators);
        }
        return new EconomicPicture(key.asOf(), f, thresholds, indicators, years);
    }

    /** Today's picture with the default trend and size basis: the one whose counted figures are kept. */
    private boolean keepsCounted(Key key, int latestDueYear) {
        return key.asOf().equals(today.date()) && key.trendFrom() == latestDueYear - TREND_YEARS && key.basis() == defaultBasis();
    }

    /**
     * The earlier counted figures with the cooperatives written since taken out and put back if
     * counted now, if the register still notes them all.
     */
    private Optional<EconomicIndicators.Register> takeIn(Key key, SizeClassThresholds thresholds, KeptCounted earlier) {
        Optional<Set<UUID>> written = revision.writtenSince(earlier.lanes(), TAKEN_IN_AT_MOST);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        if (!written.get().isEmpty()) {
            EconomicIndicators.Register now = figures.counted(key.asOf(), thresholds, written.get());
            earlier.counted().takeIn(written.get(), now);
        }
        return Optional.of(earlier.counted());
    }

    /** How many pictures were computed each way: the operator's view of how often the whole register is read. */
    private static Counter computed(MeterRegistry meters, String way) {
        return Counter.builder("koperasi.economy.computations")
                .description("Economic pictures computed: taken_in (the writes since a kept one taken into its counted figures), "
                        + "full (the whole register's counted figures read again)")
                .tag("way", way)
                .register(meters);
    }
}
