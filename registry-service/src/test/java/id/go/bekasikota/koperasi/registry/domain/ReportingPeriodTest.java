package id.go.bekasikota.koperasi.registry.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingPeriodTest {

    @Test
    void monthsAndQuartersWithTheirDays() {
        ReportingPeriod february = ReportingPeriod.parse("2024-02").orElseThrow();
        assertThat(february.type()).isEqualTo(ReportingPeriod.Type.MONTH);
        assertThat(february.start()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(february.end()).isEqualTo(LocalDate.of(2024, 2, 29));
        ReportingPeriod q4 = ReportingPeriod.parse("2025-Q4").orElseThrow();
        assertThat(q4.type()).isEqualTo(ReportingPeriod.Type.QUARTER);
        assertThat(q4.start()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(q4.end()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(q4.toString()).isEqualTo("2025-Q4");
        assertThat(february.toString()).isEqualTo("2024-02");
    }

    @Test
    void anythingElseIsNoPeriod() {
        for (String text : new String[]{"2024-13", "2024-00", "2024-Q5", "2024-Q0", "2024-1", "24-01", "2024/01", "1899-01", "", "2024-q1"}) {
            assertThat(ReportingPeriod.parse(text)).as(text).isEmpty();
        }
        assertThat(ReportingPeriod.parse(null)).isEmpty();
    }

    @Test
    void aMonthOverlapsItsQuarterOnly() {
        ReportingPeriod march = ReportingPeriod.parse("2026-03").orElseThrow();
        assertThat(march.overlaps(ReportingPeriod.parse("2026-Q1").orElseThrow())).isTrue();
        assertThat(march.overlaps(ReportingPeriod.parse("2026-Q2").orElseThrow())).isFalse();
        assertThat(march.overlaps(ReportingPeriod.parse("2026-04").orElseThrow())).isFalse();
        assertThat(march.overlaps(march)).isTrue();
        assertThat(ReportingPeriod.parse("2025-Q1").orElseThrow().overlaps(ReportingPeriod.parse("2026-Q1").orElseThrow())).isFalse();
    }
}
