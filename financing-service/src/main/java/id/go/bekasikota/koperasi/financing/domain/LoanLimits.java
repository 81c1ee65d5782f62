package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.platform.i18n.Languages;
import id.go.bekasikota.koperasi.platform.i18n.Rupiah;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.InvalidField;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The limits a loan's terms must keep: the program's amount range, tenor range and rate ceiling,
 * and, once the cooperative has asked, no more than it asked and no longer. One rule for every
 * step that checks terms: submission (the terms asked, against the program, as part of
 * eligibility), the office's recommendation (the same, again: the program may have changed since)
 * and the partner's decision (the terms approved, against the program and the ask). Every limit
 * the terms break is a reason.
 *
 * @param maxAnnualRate      the program's rate: a partner may approve at a lower rate, never a higher one
 * @param askedAmount        what the cooperative asked for, or null before it asked
 * @param askedTenorMonths   the tenor it asked for, or null before it asked
 */
public record LoanLimits(long minAmount, long maxAmount, int minTenorMonths, int maxTenorMonths,
                         BigDecimal maxAnnualRate, Long askedAmount, Integer askedTenorMonths) {

    public LoanLimits {
        Objects.requireNonNull(maxAnnualRate, "maxAnnualRate");
    }

    /** A program's limits, before anyone asked. */
    public static LoanLimits ofProgram(long minAmount, long maxAmount, int minTenorMonths, int maxTenorMonths,
                                       BigDecimal annualRate) {
        return new LoanLimits(minAmount, maxAmount, minTenorMonths, maxTenorMonths, annualRate, null, null);
    }

    /** These limits and, besides, no more than {@code amount} and no longer than {@code tenorMonths}. */
    public LoanLimits asked(long amount, int tenorMonths) {
        return new LoanLimits(minAmount, maxAmount, minTenorMonths, maxTenorMonths, maxAnnualRate, amount, tenorMonths);
    }

    /** The limits, one by one; each names the field of a request it bounds. */
    public enum Limit {
        MIN_AMOUNT("amount"),
        MAX_AMOUNT("amount"),
        ASKED_AMOUNT("amount"),
        MIN_TENOR("tenorMonths"),
        MAX_TENOR("tenorMonths"),
        ASKED_TENOR("tenorMonths"),
        MAX_RATE("annualRate");

        private final String field;

        Limit(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** One broken limit and why, in words an officer or a partner can read out, in either language. */
    public record Breach(Limit limit, Text message) {

        /** Why, in English (a refusal's {@code reasons} carry the {@link #message}, written in the language of the answer). */
        public String reason() {
            return message.in(Languages.ENGLISH);
        }
    }

    /**
     * Every limit the terms break, in the order of {@link Limit}. A term given as null is not
     * checked (an application's amount and tenor have no rate yet).
     */
    public List<Breach> check(Long amount, Integer tenorMonths, BigDecimal annualRate) {
        List<Breach> breaches = new ArrayList<>();
        if (amount != null) {
            if (amount < minAmount) {
                breaches.add(new Breach(Limit.MIN_AMOUNT, Text.of("financing.limit.min-amount", plain(amount), plain(minAmount))));
            }
            if (amount > maxAmount) {
                breaches.add(new Breach(Limit.MAX_AMOUNT, Text.of("financing.limit.max-amount", plain(amount), plain(maxAmount))));
            }
            if (askedAmount != null && amount > askedAmount) {
                breaches.add(new Breach(Limit.ASKED_AMOUNT, Text.of("financing.limit.asked-amount", plain(amount), plain(askedAmount))));
            }
        }
        if (tenorMonths != null) {
            if (tenorMonths < minTenorMonths) {
                breaches.add(new Breach(Limit.MIN_TENOR, Text.of("financing.limit.min-tenor", months(tenorMonths), months(minTenorMonths))));
            }
            if (tenorMonths > maxTenorMonths) {
                breaches.add(new Breach(Limit.MAX_TENOR, Text.of("financing.limit.max-tenor", months(tenorMonths), months(maxTenorMonths))));
            }
            if (askedTenorMonths != null && tenorMonths > askedTenorMonths) {
                breaches.add(new Breach(Limit.ASKED_TENOR, Text.of("financing.limit.asked-tenor", months(tenorMonths), months(askedTenorMonths))));
            }
        }
        if (annualRate != null && annualRate.compareTo(maxAnnualRate) > 0) {
            breaches.add(new Breach(Limit.MAX_RATE, Text.of("financing.limit.max-rate", plain(annualRate), plain(maxAnnualRate))));
        }
        return breaches;
    }

    /**
     * Refuses terms outside the limits: 422 {@code rule-violation} with every broken limit in
     * {@code reasons}, and the field each one bounds in {@code errors}.
     */
    public void enforce(Text refusal, Long amount, Integer tenorMonths, BigDecimal annualRate) {
        List<Breach> breaches = check(amount, tenorMonths, annualRate);
        if (!breaches.isEmpty()) {
            throw new ProblemException(ProblemType.RULE_VIOLATION, refusal, fieldErrors(breaches),
                    Map.of("reasons", breaches.stream().map(Breach::message).toList()));
        }
    }

    /**
     * The {@code errors} of a refusal for these breaches: the field each broken limit bounds, with its reason. The
     * same for every step that checks terms (a submission names them beside its other reasons).
     */
    public static List<InvalidField> fieldErrors(List<Breach> breaches) {
        return breaches.stream().map(b -> new InvalidField(b.limit().field(), b.message())).toList();
    }

    private static String plain(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString();
    }

    private static Text months(int months) {
        return months == 1 ? Text.of("financing.month.one") : Text.of("financing.months", Integer.toString(months));
    }

    /** An amount as written in the reasons: the plain number in English, {@code Rp 150.000.000} in Indonesian. */
    private static Rupiah plain(long rupiah) {
        return Rupiah.of(rupiah);
    }
}
