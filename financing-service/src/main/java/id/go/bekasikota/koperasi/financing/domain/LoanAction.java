package id.go.bekasikota.koperasi.financing.domain;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.security.ActorRole;

import java.util.Locale;
import java.util.UUID;

/**
 * The explicit actions on a loan application, each leading to one state, each taken by one party
 * (who may take which action is listed here once), some only with a reason. The action names
 * appear in the history and in the refusal of an illegal one ("Cannot verify in state DRAFT").
 */
public enum LoanAction {
    CREATE(LoanApplicationState.DRAFT, Party.APPLICANT, false),
    SUBMIT(LoanApplicationState.SUBMITTED, Party.APPLICANT, false),
    RETURN(LoanApplicationState.RETURNED, Party.OFFICE, true),
    VERIFY(LoanApplicationState.VERIFIED, Party.OFFICE, false),
    RECOMMEND(LoanApplicationState.RECOMMENDED, Party.OFFICE, false),
    REJECT(LoanApplicationState.REJECTED, Party.OFFICE, true),
    FORWARD(LoanApplicationState.FORWARDED, Party.OFFICE, false),
    APPROVE(LoanApplicationState.APPROVED, Party.PARTNER, false),
    DECLINE(LoanApplicationState.DECLINED, Party.PARTNER, true),
    DISBURSE(LoanApplicationState.DISBURSED, Party.PARTNER, false),
    /** Follows the first repayment the partner records. */
    START_REPAYING(LoanApplicationState.REPAYING, Party.PARTNER, false),
    /** Follows the repayment that leaves nothing owed. */
    SETTLE(LoanApplicationState.SETTLED, Party.PARTNER, false),
    /** The daily arrears evaluation, beyond the threshold of days past due. */
    DEFAULT(LoanApplicationState.DEFAULTED, Party.SYSTEM, false),
    WITHDRAW(LoanApplicationState.WITHDRAWN, Party.APPLICANT, false),
    /**
     * In place (no state of its own, no event): the amount, tenor, purpose or program corrected while the cooperative
     * holds the application (DRAFT or RETURNED); the history names what changed, from what to what.
     */
    CORRECT(null, Party.APPLICANT, false),
    /** In place: a document attached while the cooperative holds the application; the history names it. */
    ATTACH_DOCUMENT(null, Party.APPLICANT, false),
    /** In place: a document removed while the cooperative holds the application; the history names it. */
    REMOVE_DOCUMENT(null, Party.APPLICANT, false);

    /** Who takes an action on an application. */
    public enum Party {
        /** The applicant cooperative's own account, or an officer acting for it. */
        APPLICANT,
        /** An officer of the office. */
        OFFICE,
        /** The partner (bank or fund) whose program the application is under. */
        PARTNER,
        /** The service itself (a scheduled job). */
        SYSTEM;

        /** Whether {@code actor} is this party for an application of {@code cooperativeId} under {@code partnerId}'s program. */
        public boolean includes(Actor actor, UUID cooperativeId, String partnerId) {
            return switch (this) {
                case APPLICANT -> actor.isOfficer() || actor.isCooperative(cooperativeId);
                case OFFICE -> actor.isOfficer();
                case PARTNER -> actor.isPartner(partnerId);
                case SYSTEM -> actor.role() == ActorRole.SYSTEM;
            };
        }

        /** Who the party is, in words ({@code financing.party.*}). */
        Text description() {
            return Text.of("financing.party." + name().toLowerCase(Locale.ROOT));
        }
    }

    private final LoanApplicationState target;
    private final Party party;
    private final boolean reasonRequired;

    LoanAction(LoanApplicationState target, Party party, boolean reasonRequired) {
        this.target = target;
        this.party = party;
        this.reasonRequired = reasonRequired;
    }

    /** The state the action leads to; null for an in-place one ({@link #inPlace}). */
    public LoanApplicationState target() {
        return target;
    }

    /** A change of the application where it stands (a correction, a document), written to the history; not a move. */
    public boolean inPlace() {
        return target == null;
    }

    /** Who may take this action. */
    public Party party() {
        return party;
    }

    /** Return, reject and decline must say why. */
    public boolean reasonRequired() {
        return reasonRequired;
    }

    /** The action's name as people read it: {@code start repaying}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The action as a verb in the language of the answer ({@code financing.action.*}): "verify", "memverifikasi". */
    public Text text() {
        return Text.of("financing.action." + name().toLowerCase(Locale.ROOT));
    }

    /**
     * Refuses (403) an actor who is not this action's party for the application of
     * {@code cooperativeId} under {@code partnerId}'s program.
     */
    public void authorize(Actor actor, UUID cooperativeId, String partnerId) {
        if (!party.includes(actor, cooperativeId, partnerId)) {
            throw ProblemException.forbidden(Text.of("financing.forbidden.action", party.description(), text()));
        }
    }

    /**
     * The state after this action from {@code current}; refuses (409, naming the current state)
     * an action the state machine does not allow.
     */
    public LoanApplicationState from(LoanApplicationState current) {
        if (this == CREATE || inPlace() || current == null || !current.canMoveTo(target)) {
            throw ProblemException.illegalTransition(text(), current == null ? "NONE" : current.name());
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
