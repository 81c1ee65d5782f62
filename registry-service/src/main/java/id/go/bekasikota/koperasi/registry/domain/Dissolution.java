package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.platform.i18n.Day;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;

import java.time.LocalDate;

/**
 * The dissolution (pembubaran) of a cooperative: on a date, under a legal basis (the decision it
 * rests on). A cooperative is dissolved once, on a day from its founding to today.
 */
public record Dissolution(LocalDate dissolvedOn, String legalBasis) {

    /**
     * Refuses the dissolution of a cooperative founded on {@code foundedOn} (dissolved already on
     * {@code dissolvedBefore}, or null): a second one is an illegal transition (409), a date before
     * the founding or in the future a 400 naming {@code dissolvedOn}.
     */
    public void requireAllowed(LocalDate foundedOn, LocalDate dissolvedBefore, LocalDate today) {
        if (dissolvedBefore != null) {
            throw ProblemException.illegalTransitionBecause(Text.of("registry.dissolution.again", Day.of(dissolvedBefore)), "DISSOLVED");
        }
        if (dissolvedOn.isBefore(foundedOn)) {
            throw ProblemException.invalid("dissolvedOn", Text.of("registry.date.before-founded-on-date", foundedOn));
        }
        if (dissolvedOn.isAfter(today)) {
            throw ProblemException.invalid("dissolvedOn", Text.of("registry.date.future"));
        }
    }
}
