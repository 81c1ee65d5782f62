package id.go.bekasikota.koperasi.awards.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * How one indicator of a nomination was scored.
 *
 * @param measurement    the actual value of a COMPUTED indicator; null for a JUROR one
 * @param achievement    actual / target x 100 of a COMPUTED indicator (exact); null when not available or JUROR
 * @param countedScores  the JUROR indicator's scores that count (jurors without a conflict)
 * @param excludedJurors jurors whose scores do not count because they declared a conflict
 * @param score          the indicator's score 0-100 (exact): the band score, or the jurors' mean
 * @param complete       false for a JUROR indicator nobody without a conflict has scored yet (it counts as 0)
 */
public record IndicatorResult(Indicator indicator, Measurement measurement, Fraction achievement,
                              List<JurorScore> countedScores, List<String> excludedJurors, Fraction score,
                              boolean complete, String explanation) {

    public IndicatorResult {
        countedScores = countedScores == null ? List.of() : List.copyOf(countedScores);
        excludedJurors = excludedJurors == null ? List.of() : List.copyOf(excludedJurors);
    }

    /** weight x score, exact. */
    public Fraction weighted() {
        return score.times(indicator.weight());
    }

    public BigDecimal weight() {
        return indicator.weight();
    }
}
