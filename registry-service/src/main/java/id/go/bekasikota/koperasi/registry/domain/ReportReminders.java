package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.contracts.registry.ReportDue;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * When the early warning before a 1 July is sent. On 1 July the latest due year moves on and
 * cooperatives active only thanks to an older report become inactive; a reminder goes out at each
 * configured lead time before that day (for example 90, 30 and 7 days). A lead time whose day was
 * missed (the service was down) is still due on the following days, until the switch.
 */
public final class ReportReminders {

    private ReportReminders() {
    }

    /** The first 1 July after {@code today} (on 1 July itself: the next year's). */
    public static LocalDate nextSwitch(LocalDate today) {
        LocalDate thisYear = LocalDate.of(today.getYear(), Month.JULY, 1);
        return today.isBefore(thisYear) ? thisYear : thisYear.plusYears(1);
    }

    /** The lead times (days before {@code switchOn}) whose day has come by {@code today}, the switch not yet reached. */
    public static List<Integer> dueLeadDays(LocalDate today, LocalDate switchOn, List<Integer> leadDays) {
        long daysLeft = ChronoUnit.DAYS.between(today, switchOn);
        if (daysLeft <= 0) {
            return List.of();
        }
        return leadDays.stream().filter(lead -> lead >= daysLeft).sorted().distinct().toList();
    }

    /**
     * The {@code report-due} event of one reminder, on {@code registry.reminder.v1}, keyed by the
     * cooperative and carrying its version.
     */
    public static DomainEvent reportDue(AtRiskCooperative cooperative, ActivationStep step, LocalDate switchOn, int leadDays,
                                        LocalDate today) {
        ReportDue data = new ReportDue(cooperative.id(), cooperative.cooperativeNumber(), cooperative.name(), cooperative.kecamatanCode(),
                switchOn, step.financialYear(), step.meetingFrom(), leadDays, today, (int) ChronoUnit.DAYS.between(today, switchOn));
        String id = cooperative.id().toString();
        return new DomainEvent(Topics.REGISTRY_REMINDER, EventTypes.REPORT_DUE, Cooperative.AGGREGATE, id, cooperative.version(), id, data);
    }
}
