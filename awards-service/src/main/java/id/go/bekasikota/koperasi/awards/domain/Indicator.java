package id.go.bekasikota.koperasi.awards.domain;

import java.math.BigDecimal;

/**
 * One line of a scoring sheet.
 *
 * @param code   short stable code, unique in the sheet (e.g. {@code K1}); juror scores name it
 * @param weight positive; the total is the weighted mean of the indicator scores
 * @param kind   what a COMPUTED indicator measures; null for a JUROR indicator
 * @param target the value that is 100% achievement of a COMPUTED indicator, in the kind's unit; null for a JUROR indicator
 */
public record Indicator(String code, String name, Aspect aspect, IndicatorSource source, IndicatorKind kind,
                        BigDecimal target, BigDecimal weight) {

    public boolean computed() {
        return source == IndicatorSource.COMPUTED;
    }

    public boolean jurorScored() {
        return source == IndicatorSource.JUROR;
    }
}
