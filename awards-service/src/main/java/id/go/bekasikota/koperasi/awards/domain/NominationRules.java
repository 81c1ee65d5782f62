package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.platform.i18n.Day;
import id.go.bekasikota.koperasi.platform.i18n.Text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What keeps a cooperative from being nominated for a program today besides its eligibility ({@link AwardEligibilityRules}):
 * a self-nomination the program does not take, the program past OPEN, a nomination of it in the running, the window,
 * and the re-nomination limit ({@link RenominationRule}). The nomination refuses on each ({@link Nomination#nominate});
 * the eligibility check lists them all beforehand, so that what it calls nominable is what a nomination takes.
 */
public final class NominationRules {

    private NominationRules() {
    }

    /**
     * Every obstacle, in the order a nomination meets them.
     *
     * @param earlier the cooperative's earlier nominations for the program
     * @param self    the cooperative would nominate itself (its own token, not the office's)
     */
    public static List<Text> obstacles(AwardProgram program, List<Nomination> earlier, boolean self, LocalDate today) {
        List<Text> obstacles = new ArrayList<>();
        if (self && !program.selfNomination) {
            obstacles.add(Text.of("awards.nominable.no-self-nomination"));
        }
        if (!program.state.open()) {
            obstacles.add(Text.of("awards.nominable.program-not-open", program.state.name()));
        }
        inTheRunning(earlier).ifPresent(n -> obstacles.add(Text.of("awards.nominable.in-the-running", n.id.toString(), Day.of(n.submittedOn))));
        window(program, today).ifPresent(obstacles::add);
        renomination(earlier).ifPresent(obstacles::add);
        return obstacles;
    }

    /** The cooperative's nomination for the program in the running, if any: one at a time. */
    public static Optional<Nomination> inTheRunning(List<Nomination> earlier) {
        return earlier.stream().filter(n -> n.state.takesPart()).findFirst();
    }

    /** Why the window takes no nomination today; empty when it does. */
    public static Optional<Text> window(AwardProgram program, LocalDate today) {
        if (program.windowOpenOn(today)) {
            return Optional.empty();
        }
        return Optional.of(program.nominationsClosedOn != null
                ? Text.of("awards.nominable.closed-early", Day.of(program.nominationsClosedOn))
                : Text.of("awards.nominable.outside-window", Day.of(program.nominationsOpenOn), Day.of(program.nominationsCloseOn),
                Day.of(today)));
    }

    /** Why a re-nomination is refused after the cooperative's withdrawals from the program; empty while allowed. */
    public static Optional<Text> renomination(List<Nomination> earlier) {
        long withdrawn = withdrawals(earlier);
        return RenominationRule.allows(withdrawn) ? Optional.empty() : Optional.of(RenominationRule.refusal(withdrawn));
    }

    static long withdrawals(List<Nomination> earlier) {
        return earlier.stream().filter(n -> n.state == NominationState.WITHDRAWN).count();
    }
}
