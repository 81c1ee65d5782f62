package id.go.bekasikota.koperasi.awards.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A program's weighted scoring sheet: indicators in the kelembagaan, usaha and keuangan aspects,
 * each computed from data or scored by the jurors.
 */
public record ScoringSheet(List<Indicator> indicators) {

    public ScoringSheet {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** What is wrong with the sheet, each with the JSON path of the field at fault; empty when it is usable. */
    public List<Violation> violations(String field) {
        List<Violation> violations = new ArrayList<>();
        if (indicators.isEmpty()) {
            violations.add(new Violation(field, "must have at least one indicator"));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            String at = field + "[" + i + "]";
            if (indicator.code() != null && !codes.add(indicator.code())) {
                violations.add(new Violation(at + ".code", "is used by another indicator of the sheet"));
            }
            if (indicator.weight() != null && indicator.weight().signum() <= 0) {
                violations.add(new Violation(at + ".weight", "must be positive"));
            }
            if (indicator.source() == IndicatorSource.COMPUTED) {
                if (indicator.kind() == null) {
                    violations.add(new Violation(at + ".kind", "is required for a COMPUTED indicator"));
                }
                if (indicator.target() == null) {
                    violations.add(new Violation(at + ".target", "is required for a COMPUTED indicator"));
                } else if (indicator.target().signum() <= 0) {
                    violations.add(new Violation(at + ".target", "must be positive"));
                }
            } else if (indicator.source() == IndicatorSource.JUROR) {
                if (indicator.kind() != null) {
                    violations.add(new Violation(at + ".kind", "must be empty for a JUROR indicator (jurors give the score)"));
                }
                if (indicator.target() != null) {
                    violations.add(new Violation(at + ".target", "must be empty for a JUROR indicator (jurors score 0-100)"));
                }
            }
        }
        return violations;
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public List<Indicator> jurorIndicators() {
        return indicators.stream().filter(Indicator::jurorScored).toList();
    }

    /** The same indicators in the same order, numbers compared by value (10 equals 10.0). */
    public boolean sameAs(ScoringSheet other) {
        if (other == null || other.indicators.size() != indicators.size()) {
            return false;
        }
        for (int i = 0; i < indicators.size(); i++) {
            Indicator a = indicators.get(i);
            Indicator b = other.indicators.get(i);
            if (!java.util.Objects.equals(a.code(), b.code()) || !java.util.Objects.equals(a.name(), b.name())
                    || a.aspect() != b.aspect() || a.source() != b.source() || a.kind() != b.kind()
                    || !sameNumber(a.target(), b.target()) || !sameNumber(a.weight(), b.weight())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    public BigDecimal totalWeight() {
        return indicators.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
