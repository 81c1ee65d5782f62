package id.go.bekasikota.koperasi.financing.domain;

import java.math.BigDecimal;

/** The partner's decision on an application forwarded to it. */
public sealed interface LoanDecision {

    /**
     * Approve, possibly for less: a term left null is as asked (the rate: the program's). The
     * terms must keep the {@link LoanLimits} of the program and of the application.
     */
    record Approve(Long amount, BigDecimal annualRate, Integer tenorMonths, String note) implements LoanDecision {
    }

    /** Decline, saying why. */
    record Decline(String reason) implements LoanDecision {
    }
}
