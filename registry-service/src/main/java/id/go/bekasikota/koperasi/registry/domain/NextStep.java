package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.Standing;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a cooperative must do next to be, or to stay, ACTIVE, told on its standing of today (DESIGN.md 3.1), so that
 * the cooperative and the office read it off one answer:
 * <ul>
 *   <li>INACTIVE today: the one RAT report that makes it ACTIVE at once ({@link ActivationStep#toBeActiveOn} today);</li>
 *   <li>ACTIVE (or new) today but INACTIVE on the next 1 July by today's facts, when the due year moves on: the report
 *       that keeps it ACTIVE on that day (its meeting held by then), as the office's at-risk list gives it;</li>
 *   <li>else none: nothing is due before the next switch; and none for a dissolved cooperative.</li>
 * </ul>
 */
public final class NextStep {

    private NextStep() {
    }

    /**
     * @param standingOn the cooperative's standing on a date, by the facts of today
     * @param foundedOn  its founding date
     * @param today      the office's date
     */
    public static Optional<ActivationStep> of(Function<LocalDate, Standing> standingOn, LocalDate foundedOn, LocalDate today) {
        ActivityStatus now = standingOn.apply(today).status();
        if (now == ActivityStatus.DISSOLVED) {
            return Optional.empty();
        }
        if (now == ActivityStatus.INACTIVE) {
            return Optional.of(ActivationStep.toBeActiveOn(today, foundedOn, today));
        }
        LocalDate switchOn = ReportReminders.nextSwitch(today);
        return standingOn.apply(switchOn).status() == ActivityStatus.INACTIVE
                ? Optional.of(ActivationStep.toBeActiveOn(switchOn, foundedOn, today))
                : Optional.empty();
    }
}
