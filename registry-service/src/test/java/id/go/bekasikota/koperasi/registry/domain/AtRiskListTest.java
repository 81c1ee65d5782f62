package id.go.bekasikota.koperasi.registry.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The early warning's figures on the switch date and each cooperative's step, worked out by hand. */
class AtRiskListTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    private static final LocalDate SWITCH_ON = LocalDate.of(2027, 7, 1);

    @Test
    void theFiguresOfTheSwitchDateIfNoneOfThemFiles() {
        // 123 of 200 active on 1 July 2027: 0.615; ceil(0.65 x 200) = 130 are needed, 7 more.
        AtRiskList list = new AtRiskList(TODAY, SWITCH_ON, new BigDecimal("0.65"), 200, 123, RankedCooperatives.none());
        assertThat(list.ratioOnSwitch()).isEqualTo(new BigDecimal("0.6150"));
        assertThat(list.gapOnSwitch()).isEqualTo(7);
    }

    @Test
    void eachStepIsTheReportThatKeepsItActiveOnTheSwitchDate() {
        // 1 July 2027: F = 2026, closed by 15 March 2027: the 2026 report, its meeting from 1 January 2027.
        AtRiskCooperative cooperative = new AtRiskCooperative(UUID.randomUUID(), "3275010010001", "Koperasi Contoh", "327501",
                "JASA", "COMMUNITY", LocalDate.of(2004, 5, 1), 2025, false, 3);
        AtRiskList list = new AtRiskList(TODAY, SWITCH_ON, new BigDecimal("0.65"), 1, 1, RankedCooperatives.of(List.of(cooperative.id())));
        assertThat(list.step(cooperative)).isEqualTo(new ActivationStep(2026, LocalDate.of(2027, 1, 1), SWITCH_ON));
        assertThat(list.cooperatives().all()).containsExactly(cooperative.id());
    }
}
