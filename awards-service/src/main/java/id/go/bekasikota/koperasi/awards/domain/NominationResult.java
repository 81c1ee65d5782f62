package id.go.bekasikota.koperasi.awards.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A nomination's score on the program's sheet: total = sum(weight x score) / sum(weight), rounded
 * once, half-up, to two decimals; aspect subtotals are the same weighted mean within the aspect.
 *
 * @param aspectSubtotals exact, for the aspects the sheet has
 */
public record NominationResult(List<IndicatorResult> indicators, Fraction weightedSum, BigDecimal totalWeight,
                               BigDecimal total, Map<Aspect, Fraction> aspectSubtotals) {

    public NominationResult {
        indicators = List.copyOf(indicators);
        aspectSubtotals = Map.copyOf(aspectSubtotals);
    }

    /** The keuangan (finance) subtotal, the ranking's first tie-break; absent when the sheet has no keuangan indicator. */
    public Optional<Fraction> keuanganSubtotal() {
        return Optional.ofNullable(aspectSubtotals.get(Aspect.KEUANGAN));
    }

    /** Every juror-scored indicator has a score from at least one juror without a conflict. */
    public boolean complete() {
        return indicators.stream().allMatch(IndicatorResult::complete);
    }
}
