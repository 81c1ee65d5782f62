package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.platform.problem.ProblemException;

import java.util.Locale;

/**
 * The explicit actions on a loan application, each leading to one state. The action names
 * appear in the history and in the refusal of an illegal one ("Cannot verify in state DRAFT").
 */
public enum LoanAction {
    CREATE(LoanApplicationState.DRAFT),
    SUBMIT(LoanApplicationState.SUBMITTED),
    RETURN(LoanApplicationState.RETURNED),
    VERIFY(LoanApplicationState.VERIFIED),
    RECOMMEND(LoanApplicationState.RECOMMENDED),
    REJECT(LoanApplicationState.REJECTED),
    FORWARD(LoanApplicationState.FORWARDED),
    APPROVE(LoanApplicationState.APPROVED),
    DECLINE(LoanApplicationState.DECLINED),
    DISBURSE(LoanApplicationState.DISBURSED),
    START_REPAYING(LoanApplicationState.REPAYING),
    SETTLE(LoanApplicationState.SETTLED),
    DEFAULT(LoanApplicationState.DEFAULTED),
    WITHDRAW(LoanApplicationState.WITHDRAWN);

    private final LoanApplicationState target;

    LoanAction(LoanApplicationState target) {
        this.target = target;
    }

    public LoanApplicationState target() {
        return target;
    }

    /** The action's name as people read it: {@code start repaying}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * The state after this action from {@code current}; refuses (409, naming the current state)
     * an action the state machine does not allow.
     */
    public LoanApplicationState from(LoanApplicationState current) {
        if (this == CREATE || current == null || !current.canMoveTo(target)) {
            throw ProblemException.illegalTransition(label(), current == null ? "NONE" : current.name());
        }
        return target;
    }

    /** The action that leads from one state to another, if the state machine has that move. */
    public static LoanAction leadingTo(LoanApplicationState target) {
        for (LoanAction action : values()) {
            if (action.target == target) {
                return action;
            }
        }
        throw new IllegalArgumentException("No action leads to " + target);
    }
}
