package id.go.bekasikota.koperasi.bench;

import id.go.bekasikota.koperasi.contracts.registry.StandingRules;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SyntheticRegisterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void theSameSeedGivesTheSameRegister() {
        assertThat(SyntheticRegister.generate(200, 600, TODAY, 1)).isEqualTo(SyntheticRegister.generate(200, 600, TODAY, 1));
    }

    @Test
    void sizesSharesAndStandingsAreAsAsked() {
        List<SyntheticRegister.Cooperative> register = SyntheticRegister.generate(20_000, 60_000, TODAY, 20190402L);
        long reports = register.stream().mapToLong(c -> c.reports().size()).sum();
        assertThat(reports).isBetween(54_000L, 63_000L);
        assertThat(SyntheticRegister.activeShare(register)).isCloseTo(0.64, within(0.03));
        assertThat(new HashSet<>(register.stream().map(SyntheticRegister.Cooperative::id).toList())).hasSize(20_000);
        assertThat(new HashSet<>(register.stream().map(SyntheticRegister.Cooperative::number).toList())).hasSize(20_000);
        for (SyntheticRegister.Cooperative c : register) {
            assertThat(c.standing()).isEqualTo(StandingRules.evaluate(c.foundedOn(), c.dissolvedOn(), c.reports(), TODAY));
            assertThat(c.version()).isEqualTo(c.reports().size() + (c.dissolvedOn() == null ? 0 : 1));
            assertThat(c.foundedOn()).isBeforeOrEqualTo(TODAY);
            c.reports().forEach(r -> assertThat(r.meetingDate()).isBeforeOrEqualTo(TODAY));
        }
    }
}
