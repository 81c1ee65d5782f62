package id.go.bekasikota.koperasi.financing.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a loan application stands in its lifecycle (DESIGN.md section 4: proposal, verification,
 * recommendation, the partner's decision, disbursement, repayment). The legal moves are listed
 * here once; {@link LoanAction} names them for the API and the history.
 */
public enum LoanApplicationState {
    /** Being prepared by the cooperative (or an officer for it); visible to the cooperative and the office only. */
    DRAFT,
    /** Sent to the office; eligibility held at that moment. */
    SUBMITTED,
    /** Sent back to the cooperative for corrections; resubmitting makes it SUBMITTED again. */
    RETURNED,
    /** Verified by the office (documents, on-site survey). */
    VERIFIED,
    /** Recommended by the office to the partner. */
    RECOMMENDED,
    /** Not recommended by the office. Final. */
    REJECTED,
    /** Forwarded to the partner bank or fund: from now on the partner sees it. */
    FORWARDED,
    /** Approved by the partner (amount, rate and tenor at most what was asked). */
    APPROVED,
    /** Declined by the partner. Final. */
    DECLINED,
    /** Disbursed by the partner: the schedule exists. */
    DISBURSED,
    /** At least one repayment recorded. */
    REPAYING,
    /** Fully repaid. Final. */
    SETTLED,
    /** Days past due beyond the threshold; only full repayment (SETTLED) leaves it. */
    DEFAULTED,
    /** Withdrawn by the cooperative before the partner's decision. Final. */
    WITHDRAWN;

    private static final Map<LoanApplicationState, Set<LoanApplicationState>> NEXT = new EnumMap<>(LoanApplicationState.class);

    static {
        NEXT.put(DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN));
        NEXT.put(SUBMITTED, EnumSet.of(VERIFIED, RETURNED, WITHDRAWN));
        NEXT.put(RETURNED, EnumSet.of(SUBMITTED, WITHDRAWN));
        NEXT.put(VERIFIED, EnumSet.of(RECOMMENDED, REJECTED, WITHDRAWN));
        NEXT.put(RECOMMENDED, EnumSet.of(FORWARDED, WITHDRAWN));
        NEXT.put(REJECTED, EnumSet.noneOf(LoanApplicationState.class));
        NEXT.put(FORWARDED, EnumSet.of(APPROVED, DECLINED, WITHDRAWN));
        NEXT.put(APPROVED, EnumSet.of(DISBURSED));
        NEXT.put(DECLINED, EnumSet.noneOf(LoanApplicationState.class));
        // A loan never repaid at all defaults straight from DISBURSED.
        NEXT.put(DISBURSED, EnumSet.of(REPAYING, DEFAULTED));
        NEXT.put(REPAYING, EnumSet.of(SETTLED, DEFAULTED));
        NEXT.put(SETTLED, EnumSet.noneOf(LoanApplicationState.class));
        // A defaulted loan stays defaulted until it is recovered in full.
        NEXT.put(DEFAULTED, EnumSet.of(SETTLED));
        NEXT.put(WITHDRAWN, EnumSet.noneOf(LoanApplicationState.class));
    }

    /** The states this one may move to. */
    public Set<LoanApplicationState> next() {
        return Collections.unmodifiableSet(NEXT.get(this));
    }

    public boolean canMoveTo(LoanApplicationState target) {
        return NEXT.get(this).contains(target);
    }

    /** No move leaves this state. */
    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }

    /** The cooperative may still change the application and its documents. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** The partner has seen it: forwarded, or any state after. */
    public boolean forwarded() {
        return switch (this) {
            case FORWARDED, APPROVED, DECLINED, DISBURSED, REPAYING, SETTLED, DEFAULTED -> true;
            default -> false;
        };
    }

    /** Money is out and not (yet) fully back. */
    public boolean outstanding() {
        return this == DISBURSED || this == REPAYING || this == DEFAULTED;
    }
}
