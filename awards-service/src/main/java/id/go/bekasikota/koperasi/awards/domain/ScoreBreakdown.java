package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.security.Actor;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every number behind a nomination's total, as shown to the office and kept when scores are
 * finalised. Values are shown to two decimals ({@link Shown}): the actual value and the achievement
 * truncated toward zero (never shown past a band edge), the derived ones half-up; the total is
 * computed from the exact values and rounded once.
 *
 * @param weightedSum     sum of weight x score over the indicators
 * @param totalWeight     sum of the weights
 * @param total           weightedSum / totalWeight, two decimals, half-up
 * @param aspectSubtotals the same weighted mean within each aspect; keuangan breaks ties in the ranking
 * @param complete        every juror-scored indicator has a score from a juror without a conflict
 */
public record ScoreBreakdown(BigDecimal total, BigDecimal weightedSum, BigDecimal totalWeight,
                             Map<Aspect, BigDecimal> aspectSubtotals, boolean complete,
                             @Schema(maxItems = 50, description = "One per indicator of the sheet (at most 50)") List<Line> indicators) {

    /**
     * Where a line's explanation starts naming the jurors not counted ({@code Scoring}: always its last
     * clause); the anonymous view gives only how many. Everything from here is cut, whatever the names
     * hold (a subject such as {@code dewi.lestari@bekasikota.go.id} has dots).
     */
    private static final String NAMED_CONFLICTS = "; not counted (declared conflict): ";

    public ScoreBreakdown {
        aspectSubtotals = aspectSubtotals == null ? Map.of() : Map.copyOf(aspectSubtotals);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /**
     * One indicator.
     *
     * @param actual             the computed actual value in {@code unit}, truncated; null for a juror-scored one or when not available
     * @param achievementPercent actual / target x 100, truncated toward zero to two decimals (79.9999% shows as 79.99);
     *                           null for a juror-scored one or when not available
     * @param bandScore          the band of the achievement; null for a juror-scored one
     * @param jurorScores        the scores that count (jurors without a conflict)
     * @param excludedJurors     jurors whose scores do not count (declared conflict)
     * @param score              the indicator's score 0-100
     * @param weightedScore      weight x score
     */
    public record Line(@Schema(maxLength = 20) String code, @Schema(maxLength = 300) String name, Aspect aspect, IndicatorSource source,
                       @Nullable IndicatorKind kind, @Nullable @Schema(maxLength = 7, description = "percent or years") String unit,
                       @Nullable BigDecimal target, BigDecimal weight, @Nullable BigDecimal actual, @Nullable BigDecimal achievementPercent, @Nullable Integer bandScore,
                       @Schema(maxItems = Jury.MAX_JURORS, description = "One per juror of the jury (at most 25) whose score counts") List<JurorScore> jurorScores,
                       @Schema(maxItems = Jury.MAX_JURORS, description = "Jurors of the jury (at most 25) who scored but declared a conflict")
                       List<@Size(max = Actor.SUBJECT_LENGTH) String> excludedJurors, BigDecimal score, BigDecimal weightedScore,
                       boolean complete, @Schema(maxLength = EXPLANATION_LENGTH) String explanation) {

        /**
         * The longest explanation: a juror line names at most {@link Jury#MAX_JURORS} jurors of at most 200 characters
         * each with their scores (under 5,200 characters), a computed one its figures (under 1,000). Longer is cut, which
         * only a change to these texts could cause.
         */
        public static final int EXPLANATION_LENGTH = 6000;

        public Line {
            jurorScores = jurorScores == null ? List.of() : List.copyOf(jurorScores);
            excludedJurors = excludedJurors == null ? List.of() : List.copyOf(excludedJurors);
            explanation = Problem.clip(explanation, EXPLANATION_LENGTH);
        }

        /** The same line without who the jurors are: for a cooperative reading its own result. */
        public Line anonymised() {
            List<JurorScore> anonymous = new java.util.ArrayList<>();
            for (int i = 0; i < jurorScores.size(); i++) {
                JurorScore s = jurorScores.get(i);
                anonymous.add(new JurorScore("juror " + (i + 1), s.score(), s.comment()));
            }
            int named = explanation.indexOf(NAMED_CONFLICTS);
            String text = excludedJurors.isEmpty() || named < 0 ? explanation
                    : explanation.substring(0, named) + "; " + excludedJurors.size() + " juror(s) with a declared conflict not counted.";
            return new Line(code, name, aspect, source, kind, unit, target, weight, actual, achievementPercent, bandScore,
                    anonymous, List.of(), score, weightedScore, complete, text);
        }
    }

    public static ScoreBreakdown of(NominationResult result) {
        Map<Aspect, BigDecimal> subtotals = new EnumMap<>(Aspect.class);
        result.aspectSubtotals().forEach((aspect, value) -> subtotals.put(aspect, Shown.rounded(value)));
        List<Line> lines = result.indicators().stream().map(r -> {
            Indicator i = r.indicator();
            return new Line(i.code(), i.name(), i.aspect(), i.source(), i.kind(), i.kind() == null ? null : i.kind().unit(),
                    i.target(), i.weight(),
                    r.measurement() == null || !r.measurement().available() ? null : Shown.truncated(r.measurement().actual()),
                    Shown.truncated(r.achievement()),
                    i.computed() ? r.score().rounded(0).intValue() : null,
                    r.countedScores(), r.excludedJurors(), Shown.rounded(r.score()), Shown.rounded(r.weighted()),
                    r.complete(), r.explanation());
        }).toList();
        return new ScoreBreakdown(result.total(), Shown.rounded(result.weightedSum()), result.totalWeight(), subtotals,
                result.complete(), lines);
    }

    public ScoreBreakdown anonymised() {
        return new ScoreBreakdown(total, weightedSum, totalWeight, aspectSubtotals, complete,
                indicators.stream().map(Line::anonymised).toList());
    }
}
