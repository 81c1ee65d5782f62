package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;

import java.util.Objects;

/**
 * Which figure of a RAT report sorts a cooperative into a {@link SizeClass}, and the upper bounds
 * of the classes. A bound is inclusive ("sampai dengan paling banyak"), the next class starts above
 * it ("lebih dari"). PP 7/2021 article 35(5), annual sales (hasil penjualan tahunan, the report's
 * turnover): micro up to Rp 2 billion, small up to Rp 15 billion, medium up to Rp 50 billion;
 * article 35(3), business capital (modal usaha, without land and buildings): Rp 1, 5 and 10
 * billion, which the office applies to total assets.
 *
 * @param basis     TURNOVER or ASSETS
 * @param microMax  the largest figure of a micro cooperative
 * @param smallMax  the largest figure of a small one
 * @param mediumMax the largest figure of a medium one; above it is large
 */
public record SizeClassThresholds(Basis basis, long microMax, long smallMax, long mediumMax) {

    /** The report figure that classifies. */
    public enum Basis {
        /** Volume usaha, as annual sales under PP 7/2021 article 35(5). */
        TURNOVER,
        /** Total assets, against the business-capital bounds of PP 7/2021 article 35(3). */
        ASSETS
    }

    public SizeClassThresholds {
        Objects.requireNonNull(basis, "basis");
        if (microMax < 0 || smallMax <= microMax || mediumMax <= smallMax) {
            throw new IllegalArgumentException("Size class bounds must rise: micro " + microMax + ", small " + smallMax
                    + ", medium " + mediumMax);
        }
    }

    public SizeClass classify(AnnualReportSummary report) {
        long figure = basis == Basis.TURNOVER ? report.turnover() : report.assets();
        if (figure <= microMax) {
            return SizeClass.MICRO;
        }
        if (figure <= smallMax) {
            return SizeClass.SMALL;
        }
        return figure <= mediumMax ? SizeClass.MEDIUM : SizeClass.LARGE;
    }

    /** The inclusive upper bound of a class; none for LARGE. */
    public Long upperBound(SizeClass sizeClass) {
        return switch (sizeClass) {
            case MICRO -> microMax;
            case SMALL -> smallMax;
            case MEDIUM -> mediumMax;
            case LARGE -> null;
        };
    }
}
