package id.go.bekasikota.koperasi.awards.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Award scoring (DESIGN.md 3.1). A COMPUTED indicator scores the band of its achievement
 * (actual / target x 100); a JUROR indicator scores the mean of the scores of the jurors without a
 * declared conflict. Total = sum(weight x score) / sum(weight), two decimals, half-up. Nothing is
 * rounded before the total.
 */
public final class Scoring {

    public static final int TOTAL_SCALE = 2;

    private Scoring() {
    }

    /**
     * @param measurements   the actual value of each COMPUTED indicator
     * @param jurorScores    every score given for each JUROR indicator (by any juror)
     * @param conflicted     jurors who declared a conflict of interest with this nomination
     */
    public static NominationResult score(ScoringSheet sheet, Function<Indicator, Measurement> measurements,
                                         Function<Indicator, List<JurorScore>> jurorScores, Set<String> conflicted) {
        List<IndicatorResult> results = new ArrayList<>();
        for (Indicator indicator : sheet.indicators()) {
            results.add(indicator.computed()
                    ? computed(indicator, measurements.apply(indicator))
                    : juror(indicator, jurorScores.apply(indicator), conflicted));
        }
        Fraction weightedSum = Fraction.ZERO;
        BigDecimal totalWeight = BigDecimal.ZERO;
        Map<Aspect, Fraction> aspectSums = new EnumMap<>(Aspect.class);
        Map<Aspect, BigDecimal> aspectWeights = new EnumMap<>(Aspect.class);
        for (IndicatorResult result : results) {
            weightedSum = weightedSum.plus(result.weighted());
            totalWeight = totalWeight.add(result.weight());
            aspectSums.merge(result.indicator().aspect(), result.weighted(), Fraction::plus);
            aspectWeights.merge(result.indicator().aspect(), result.weight(), BigDecimal::add);
        }
        Map<Aspect, Fraction> subtotals = new EnumMap<>(Aspect.class);
        aspectSums.forEach((aspect, sum) -> subtotals.put(aspect, sum.dividedBy(aspectWeights.get(aspect))));
        BigDecimal total = totalWeight.signum() == 0 ? BigDecimal.ZERO.setScale(TOTAL_SCALE)
                : weightedSum.dividedBy(totalWeight).rounded(TOTAL_SCALE);
        return new NominationResult(results, weightedSum, totalWeight, total, subtotals);
    }

    static IndicatorResult computed(Indicator indicator, Measurement measurement) {
        if (measurement == null || !measurement.available()) {
            String why = measurement == null ? "Not available." : measurement.explanation();
            return new IndicatorResult(indicator, measurement, null, List.of(), List.of(), Fraction.ZERO, true,
                    why + " Achievement cannot be computed: band score 0.");
        }
        Fraction achievement = BandScore.achievement(measurement.actual(), indicator.target());
        int band = BandScore.of(achievement);
        return new IndicatorResult(indicator, measurement, achievement, List.of(), List.of(), Fraction.whole(band), true,
                measurement.explanation() + " Achievement " + Shown.operand(measurement.actual()) + " / target "
                        + indicator.target().stripTrailingZeros().toPlainString() + " x 100 = " + Shown.truncated(achievement)
                        + "%: band " + BandScore.band(band) + ".");
    }

    static IndicatorResult juror(Indicator indicator, List<JurorScore> scores, Set<String> conflicted) {
        List<JurorScore> counted = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (JurorScore score : scores == null ? List.<JurorScore>of() : scores) {
            if (conflicted.contains(score.juror())) {
                excluded.add(score.juror());
            } else {
                counted.add(score);
            }
        }
        if (counted.isEmpty()) {
            return new IndicatorResult(indicator, null, null, counted, excluded, Fraction.ZERO, false,
                    "No score yet from a juror without a conflict: counts as 0 until scored.");
        }
        long sum = counted.stream().mapToLong(JurorScore::score).sum();
        Fraction mean = Fraction.of(BigDecimal.valueOf(sum), BigDecimal.valueOf(counted.size()));
        StringBuilder text = new StringBuilder("Mean of " + counted.size() + " juror score" + (counted.size() == 1 ? "" : "s")
                + " (" + String.join(" + ", counted.stream().map(s -> String.valueOf(s.score())).toList()) + ") / "
                + counted.size() + " = " + Shown.rounded(mean));
        if (!excluded.isEmpty()) {
            text.append("; not counted (declared conflict): ").append(String.join(", ", excluded));
        }
        return new IndicatorResult(indicator, null, null, counted, excluded, mean, true, text.append('.').toString());
    }
}
