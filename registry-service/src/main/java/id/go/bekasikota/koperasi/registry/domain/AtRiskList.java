package id.go.bekasikota.koperasi.registry.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The early warning before a switch of the due year (1 July): the cooperatives ACTIVE today that
 * are INACTIVE on {@code switchOn} by the facts of today, ordered by cooperative number then id,
 * and the figures of that date if none of them files. The list is held as ids
 * ({@link RankedCooperatives}); the rows of a page are read when it is served.
 *
 * @param registeredOnSwitch cooperatives founded by the switch date and not dissolved by then
 * @param activeOnSwitch     of them, ACTIVE on that date by today's facts
 */
public record AtRiskList(LocalDate today, LocalDate switchOn, BigDecimal target, long registeredOnSwitch, long activeOnSwitch,
                         RankedCooperatives cooperatives) {

    public BigDecimal ratioOnSwitch() {
        return ActivationMath.ratio(target, activeOnSwitch, registeredOnSwitch);
    }

    public long gapOnSwitch() {
        return ActivationMath.gap(target, activeOnSwitch, registeredOnSwitch);
    }

    /** The report that keeps the cooperative ACTIVE on the switch date. */
    public ActivationStep step(AtRiskCooperative cooperative) {
        return ActivationStep.toBeActiveOn(switchOn, cooperative.foundedOn(), today);
    }
}
