package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Computes the actual value of a COMPUTED indicator from the cooperative's reports and loans, for
 * the program's latest due financial year F. Growth is (F - (F-1)) / |F-1| x 100; a value that
 * cannot be computed (a missing report, a zero base) is not available and scores 0, with the reason.
 */
public final class ComputedIndicators {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ComputedIndicators() {
    }

    /**
     * @param f    the program's latest due financial year
     * @param asOf reports count when their meeting was held by this date
     */
    public static Measurement measure(IndicatorKind kind, CooperativeFacts cooperative, int f, LocalDate asOf) {
        return switch (kind) {
            case RAT_ON_TIME -> ratOnTime(cooperative, f, asOf);
            case MEMBER_GROWTH -> growth(cooperative, f, asOf, "members", r -> r.members());
            case ASSET_GROWTH -> growth(cooperative, f, asOf, "assets", AnnualReportSummary::assets);
            case TURNOVER_GROWTH -> growth(cooperative, f, asOf, "turnover", AnnualReportSummary::turnover);
            case OWN_CAPITAL_GROWTH -> growth(cooperative, f, asOf, "own capital", AnnualReportSummary::ownCapital);
            case SHU_GROWTH -> growth(cooperative, f, asOf, "surplus (SHU)", AnnualReportSummary::surplus);
            case EQUITY_RATIO -> share(cooperative, f, asOf, "own capital", AnnualReportSummary::ownCapital);
            case RETURN_ON_ASSETS -> share(cooperative, f, asOf, "surplus (SHU)", AnnualReportSummary::surplus);
            case CLEAN_REPAYMENT -> cleanRepayment(cooperative.loans(), asOf);
        };
    }

    /** The meeting for year Y is on time when held by 30 June of Y+1. */
    public static boolean heldOnTime(AnnualReportSummary report) {
        return report.meetingDate() != null
                && !report.meetingDate().isAfter(LocalDate.of(report.financialYear() + 1, Month.JUNE, 30));
    }

    private static Measurement ratOnTime(CooperativeFacts cooperative, int f, LocalDate asOf) {
        List<String> onTime = new ArrayList<>();
        List<String> late = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int year = f - 2; year <= f; year++) {
            Optional<AnnualReportSummary> report = cooperative.report(year, asOf);
            if (report.isEmpty()) {
                missing.add(String.valueOf(year));
            } else if (heldOnTime(report.get())) {
                onTime.add(year + " (held " + report.get().meetingDate() + ")");
            } else {
                late.add(year + " (held " + report.get().meetingDate() + ")");
            }
        }
        StringBuilder text = new StringBuilder("RAT held by 30 June of the following year in " + onTime.size()
                + " of " + (f - 2) + "-" + f);
        if (!onTime.isEmpty()) {
            text.append("; on time: ").append(String.join(", ", onTime));
        }
        if (!late.isEmpty()) {
            text.append("; late: ").append(String.join(", ", late));
        }
        if (!missing.isEmpty()) {
            text.append("; no report: ").append(String.join(", ", missing));
        }
        return new Measurement(Fraction.whole(onTime.size()), text.append('.').toString());
    }

    private static Measurement growth(CooperativeFacts cooperative, int f, LocalDate asOf, String what,
                                      ToLongFunction<AnnualReportSummary> figure) {
        Optional<AnnualReportSummary> current = cooperative.report(f, asOf);
        Optional<AnnualReportSummary> previous = cooperative.report(f - 1, asOf);
        if (current.isEmpty() || previous.isEmpty()) {
            return new Measurement(null, "Not available: growth of " + what + " needs the RAT reports for " + (f - 1)
                    + " and " + f + ".");
        }
        long now = figure.applyAsLong(current.get());
        long before = figure.applyAsLong(previous.get());
        if (before == 0) {
            return new Measurement(null, "Not available: " + what + " in " + (f - 1) + " was 0, growth has no base.");
        }
        Fraction growth = Fraction.of(BigDecimal.valueOf(now - before).multiply(HUNDRED), BigDecimal.valueOf(Math.abs(before)));
        return new Measurement(growth, "Growth of " + what + " from " + before + " (" + (f - 1) + ") to " + now + " (" + f
                + "): (" + now + " - " + before + ") / " + Math.abs(before) + " x 100 = " + Shown.operand(growth) + "%.");
    }

    private static Measurement share(CooperativeFacts cooperative, int f, LocalDate asOf, String what,
                                     ToLongFunction<AnnualReportSummary> figure) {
        Optional<AnnualReportSummary> current = cooperative.report(f, asOf);
        if (current.isEmpty()) {
            return new Measurement(null, "Not available: no RAT report for " + f + ".");
        }
        long assets = current.get().assets();
        if (assets <= 0) {
            return new Measurement(null, "Not available: assets in " + f + " are " + assets + ".");
        }
        long value = figure.applyAsLong(current.get());
        Fraction share = Fraction.of(BigDecimal.valueOf(value).multiply(HUNDRED), BigDecimal.valueOf(assets));
        return new Measurement(share, what.substring(0, 1).toUpperCase() + what.substring(1) + " " + value + " of assets "
                + assets + " in " + f + " = " + Shown.operand(share) + "%.");
    }

    /** The record is the one as of {@code asOf} (the caller's: the program's assessment date). */
    private static Measurement cleanRepayment(LoanRecord loans, LocalDate asOf) {
        if (loans.loans() == 0) {
            return new Measurement(Fraction.whole(100), "No loan known from financing: a clean record, 100%.");
        }
        int clean = loans.loans() - loans.everDefaulted();
        Fraction share = Fraction.of(BigDecimal.valueOf(clean * 100L), BigDecimal.valueOf(loans.loans()));
        return new Measurement(share, clean + " of " + loans.loans() + " loans never DEFAULTED = " + Shown.operand(share) + "%"
                + (loans.defaulted() > 0 ? "; " + loans.defaulted() + " DEFAULTED on " + asOf + "." : "."));
    }
}
