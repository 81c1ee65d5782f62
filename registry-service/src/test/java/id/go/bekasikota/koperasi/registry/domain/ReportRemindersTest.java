package id.go.bekasikota.koperasi.registry.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportRemindersTest {

    private static final List<Integer> LEADS = List.of(90, 30, 7);

    @Test
    void theNextSwitchIsTheFirstOfJulyAfterToday() {
        assertThat(ReportReminders.nextSwitch(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(ReportReminders.nextSwitch(LocalDate.of(2027, 6, 30))).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(ReportReminders.nextSwitch(LocalDate.of(2027, 7, 1))).isEqualTo(LocalDate.of(2028, 7, 1));
        assertThat(ReportReminders.nextSwitch(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2027, 7, 1));
    }

    @Test
    void aLeadTimeIsDueFromItsDayUntilTheSwitch() {
        LocalDate switchOn = LocalDate.of(2027, 7, 1);
        // 1 July 2027 minus 90 days is 2 April 2027.
        assertThat(ReportReminders.dueLeadDays(LocalDate.of(2027, 4, 1), switchOn, LEADS)).isEmpty();
        assertThat(ReportReminders.dueLeadDays(LocalDate.of(2027, 4, 2), switchOn, LEADS)).containsExactly(90);
        // 1 June 2027 is 30 days before: the 90-day one is still due (a missed day is caught up).
        assertThat(ReportReminders.dueLeadDays(LocalDate.of(2027, 6, 1), switchOn, LEADS)).containsExactly(30, 90);
        assertThat(ReportReminders.dueLeadDays(LocalDate.of(2027, 6, 24), switchOn, LEADS)).containsExactly(7, 30, 90);
        assertThat(ReportReminders.dueLeadDays(LocalDate.of(2027, 6, 30), switchOn, LEADS)).containsExactly(7, 30, 90);
        assertThat(ReportReminders.dueLeadDays(switchOn, switchOn, LEADS)).isEmpty();
    }

    @Test
    void theReminderEventCarriesTheStepAndTheDaysLeft() {
        AtRiskCooperative c = new AtRiskCooperative(java.util.UUID.randomUUID(), "3275010010001", "Koperasi Kranggan", "327510",
                "KONSUMEN", "COMMUNITY", LocalDate.of(1985, 3, 1), 2024, false, 7);
        LocalDate today = LocalDate.of(2027, 6, 1);
        LocalDate switchOn = LocalDate.of(2027, 7, 1);
        var event = ReportReminders.reportDue(c, ActivationStep.toBeActiveOn(switchOn, c.foundedOn(), today), switchOn, 30, today);
        assertThat(event.topic()).isEqualTo("registry.reminder.v1");
        assertThat(event.key()).isEqualTo(c.id().toString());
        assertThat(event.aggregateVersion()).isEqualTo(7);
        var data = (id.go.bekasikota.koperasi.contracts.registry.ReportDue) event.data();
        assertThat(data.reportYear()).isEqualTo(2026);
        assertThat(data.meetingFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(data.daysLeft()).isEqualTo(30);
        assertThat(data.leadDays()).isEqualTo(30);
    }
}
