package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;

import java.util.Locale;

/**
 * The explicit actions that move a nomination, each leading to one state. A refused action is
 * 409 {@code illegal-transition} naming the current state ("Cannot withdraw in state RANKED").
 */
public enum NominationAction {
    NOMINATE(NominationState.SUBMITTED),
    WITHDRAW(NominationState.WITHDRAWN),
    RANK(NominationState.RANKED),
    FORWARD(NominationState.FORWARDED),
    RECORD_OUTCOME(NominationState.OUTCOME_RECORDED);

    private final NominationState target;

    NominationAction(NominationState target) {
        this.target = target;
    }

    public NominationState target() {
        return target;
    }

    /** The action's name as people read it: {@code record outcome}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The action as a verb in the language of the answer ({@code awards.action.*}). */
    public Text text() {
        return Text.of("awards.action." + name().toLowerCase(Locale.ROOT));
    }

    /** The state after this action from {@code current}; refuses (409, naming the current state) a move the table does not have. */
    public NominationState from(NominationState current) {
        if (this == NOMINATE || current == null || !current.canMoveTo(target)) {
            throw ProblemException.illegalTransition(text(), current == null ? "NONE" : current.name());
        }
        return target;
    }

    /** The action that leads to a state. */
    public static NominationAction leadingTo(NominationState target) {
        for (NominationAction action : values()) {
            if (action.target == target) {
                return action;
            }
        }
        throw new IllegalArgumentException("No action leads to " + target);
    }
}
