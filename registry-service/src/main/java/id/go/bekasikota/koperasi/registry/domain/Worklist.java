package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.RatGrade;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The office's worklist to the activation target for a scope of the register as of a date: its
 * inactive cooperatives ranked, each one report away from ACTIVE ({@link ActivationStep}), and
 * where the ratio stands after the first k of them filed.
 *
 * <p>Every step is one report (3.1), so the order says whom to visit first:
 * <ol>
 *   <li>a reactivation case open on the date first: the office is working with them already;</li>
 *   <li>the most recent contact first (a case opened or a visit recorded, on or before the date); none last;</li>
 *   <li>the most recent report first (a short lapse: a cooperative that met for F-2 missed one meeting,
 *       one silent for ten years must rebuild its membership); never reported last;</li>
 *   <li>cooperative number, then id (a stable order; no number last).</li>
 * </ol>
 * Filing a report changes no denominator, so after the first k steps the ratio is
 * (active + k) / registered and the gap max(0, ceil(target x registered) - active - k): the first
 * {@link #gap()} steps close the gap.
 *
 * <p>The ranking is held as ids alone ({@link RankedCooperatives}): the whole national register's
 * worklist is kept in a few megabytes, and the rows of a page are read when it is served. The
 * database ranks in the same order ({@code PlanningSql.worklistOrder}; the property tests compare
 * it with {@link #ORDER}); ids are compared as PostgreSQL compares them, byte by byte.
 */
public final class Worklist {

    /** The ranking described above. */
    public static final Comparator<WorklistCandidate> ORDER = Comparator
            .comparing((WorklistCandidate c) -> !c.underReactivation())
            .thenComparing(WorklistCandidate::lastContactOn, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(WorklistCandidate::latestReportYear, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(WorklistCandidate::cooperativeNumber, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.id().toString());

    private final LocalDate asOf;
    private final LocalDate today;
    private final BigDecimal target;
    private final long registered;
    private final long active;
    private final RankedCooperatives ranked;

    private Worklist(LocalDate asOf, LocalDate today, BigDecimal target, long registered, long active, RankedCooperatives ranked) {
        this.asOf = asOf;
        this.today = today;
        this.target = target;
        this.registered = registered;
        this.active = active;
        this.ranked = ranked;
    }

    /**
     * Ranks the inactive cooperatives by {@link #ORDER}.
     *
     * @param registered the scope's cooperatives founded by the date and not dissolved by then
     * @param active     of them, ACTIVE as of the date
     * @param inactive   the others (in any order): every inactive cooperative of the scope
     */
    public static Worklist rank(LocalDate asOf, LocalDate today, BigDecimal target, long registered, long active,
                                List<WorklistCandidate> inactive) {
        return ranked(asOf, today, target, registered, active,
                RankedCooperatives.of(inactive.stream().sorted(ORDER).map(WorklistCandidate::id).toList()));
    }

    /**
     * @param ranked every inactive cooperative of the scope, already in the order of {@link #ORDER}
     */
    public static Worklist ranked(LocalDate asOf, LocalDate today, BigDecimal target, long registered, long active,
                                  RankedCooperatives ranked) {
        if (registered - active != ranked.size()) {
            throw new IllegalArgumentException("registered - active (" + (registered - active) + ") is not the number of inactive cooperatives ("
                    + ranked.size() + ")");
        }
        return new Worklist(asOf, today, target, registered, active, ranked);
    }

    public LocalDate asOf() {
        return asOf;
    }

    public int latestDueYear() {
        return StandingRules.latestDueYear(asOf);
    }

    public BigDecimal target() {
        return target;
    }

    public long registered() {
        return registered;
    }

    public long active() {
        return active;
    }

    public BigDecimal ratio() {
        return ActivationMath.ratio(target, active, registered);
    }

    public long gap() {
        return ActivationMath.gap(target, active, registered);
    }

    /** Every inactive cooperative of the scope, first to visit first. */
    public RankedCooperatives ranked() {
        return ranked;
    }

    /** How many steps: the scope's inactive cooperatives. */
    public int size() {
        return ranked.size();
    }

    /** The ratio once the first {@code k} steps are taken (k from 0 to the number of steps). */
    public BigDecimal ratioAfter(int k) {
        return ActivationMath.ratio(target, active + checked(k), registered);
    }

    public long gapAfter(int k) {
        return ActivationMath.gap(target, active + checked(k), registered);
    }

    /** The step of a cooperative of the worklist: the report that makes it ACTIVE as of the date. */
    public ActivationStep step(WorklistCandidate candidate) {
        return ActivationStep.toBeActiveOn(asOf, candidate.foundedOn(), today);
    }

    /**
     * The grade of a cooperative of the worklist as of the date: with no report for F or F-1, F-2
     * is the only year of the window it can have reported.
     */
    public RatGrade grade(WorklistCandidate candidate) {
        List<AnnualReportSummary> window = candidate.windowYears() == 0 ? List.of()
                : List.of(new AnnualReportSummary(latestDueYear() - 2, null, 0, 0, 0, 0, 0, 0, 0, 0));
        return StandingRules.evaluate(candidate.foundedOn(), null, window, asOf).grade();
    }

    private int checked(int k) {
        if (k < 0 || k > ranked.size()) {
            throw new IllegalArgumentException("k must be from 0 to " + ranked.size());
        }
        return k;
    }
}
