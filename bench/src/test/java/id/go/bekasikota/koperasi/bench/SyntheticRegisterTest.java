package id.go.bekasikota.koperasi.bench;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The generated register is what the benchmark says it is: its standings are checked against the
 * rules of DESIGN.md 3.1 written out here (not the {@code StandingRules} the generator calls), and
 * its shares of active, new and dissolved cooperatives against the ones it promises.
 */
class SyntheticRegisterTest {

    /** 29 November 2026: from 1 July the latest due year F is 2025, the window 2023-2025. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final int F = 2025;

    @Test
    void theSameSeedGivesTheSameRegisterAndAnotherSeedAnotherOne() {
        assertThat(SyntheticRegister.generate(200, 600, TODAY, 1)).isEqualTo(SyntheticRegister.generate(200, 600, TODAY, 1));
        assertThat(SyntheticRegister.generate(200, 600, TODAY, 2)).isNotEqualTo(SyntheticRegister.generate(200, 600, TODAY, 1));
    }

    @Test
    void everyStandingIsWhatTheRulesWrittenOutHereSay() {
        List<SyntheticRegister.Cooperative> register = SyntheticRegister.generate(20_000, 60_000, TODAY, 20190402L);
        for (SyntheticRegister.Cooperative c : register) {
            assertThat(c.standing().status().name() + "/" + c.standing().grade().name()).as(c.name()).isEqualTo(standing(c));
        }
    }

    @Test
    void sizesSharesAndDatesAreAsPromised() {
        List<SyntheticRegister.Cooperative> register = SyntheticRegister.generate(20_000, 60_000, TODAY, 20190402L);
        long reports = register.stream().mapToLong(c -> c.reports().size()).sum();
        assertThat(reports).isBetween(54_000L, 63_000L);
        assertThat(new HashSet<>(register.stream().map(SyntheticRegister.Cooperative::id).toList())).hasSize(20_000);
        assertThat(new HashSet<>(register.stream().map(SyntheticRegister.Cooperative::number).toList())).hasSize(20_000);

        long dissolved = register.stream().filter(c -> standing(c).startsWith("DISSOLVED")).count();
        long fresh = register.stream().filter(c -> standing(c).endsWith("/NEW")).count();
        long active = register.stream().filter(c -> standing(c).startsWith("ACTIVE")).count();
        assertThat((double) active / (register.size() - dissolved)).as("active share").isCloseTo(0.64, within(0.03));
        assertThat((double) fresh / register.size()).as("new share").isCloseTo(0.02, within(0.005));
        assertThat((double) dissolved / register.size()).as("dissolved share").isCloseTo(0.01, within(0.005));
        assertThat(SyntheticRegister.activeShare(register)).isCloseTo((double) active / (register.size() - dissolved), within(1e-12));

        for (SyntheticRegister.Cooperative c : register) {
            assertThat(c.foundedOn()).isBeforeOrEqualTo(TODAY);
            assertThat(c.version()).isEqualTo(c.reports().size() + (c.dissolvedOn() == null ? 0 : 1));
            int previous = Integer.MIN_VALUE;
            for (AnnualReportSummary r : c.reports()) {
                assertThat(r.financialYear()).as("one report a year, oldest first").isGreaterThan(previous);
                assertThat(r.financialYear()).isBetween(c.foundedOn().getYear(), F);
                assertThat(r.meetingDate()).isAfter(LocalDate.of(r.financialYear(), 12, 31)).isBeforeOrEqualTo(TODAY);
                previous = r.financialYear();
            }
            if (c.dissolvedOn() != null) {
                assertThat(c.dissolvedOn()).isAfter(c.foundedOn()).isBeforeOrEqualTo(TODAY);
            }
        }
    }

    /** DESIGN.md 3.1 as of {@link #TODAY}, as "STATUS/GRADE". */
    private static String standing(SyntheticRegister.Cooperative c) {
        Set<Integer> window = new TreeSet<>();
        for (AnnualReportSummary r : c.reports()) {
            if (!r.meetingDate().isAfter(TODAY) && r.financialYear() >= F - 2 && r.financialYear() <= F) {
                window.add(r.financialYear());
            }
        }
        boolean isNew = c.foundedOn().isAfter(LocalDate.of(F, 12, 31));
        String grade;
        if (isNew) {
            grade = "NEW";
        } else if (window.size() == 3) {
            grade = "A";
        } else if (window.size() == 2) {
            grade = "B";
        } else if (window.size() == 1) {
            grade = c.foundedOn().isAfter(TODAY.minusYears(3)) ? "C1" : "C2";
        } else {
            grade = "D";
        }
        String status;
        if (c.dissolvedOn() != null && !c.dissolvedOn().isAfter(TODAY)) {
            status = "DISSOLVED";
        } else if (isNew || window.contains(F) || window.contains(F - 1)) {
            status = "ACTIVE";
        } else {
            status = "INACTIVE";
        }
        return status + "/" + grade;
    }
}
