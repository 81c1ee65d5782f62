package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.platform.security.Actor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static id.go.bekasikota.koperasi.registry.domain.CooperativeTest.NOW;
import static id.go.bekasikota.koperasi.registry.domain.CooperativeTest.TODAY;
import static id.go.bekasikota.koperasi.registry.domain.CooperativeTest.filing;
import static id.go.bekasikota.koperasi.registry.domain.CooperativeTest.limaGaruda;
import static id.go.bekasikota.koperasi.registry.domain.CooperativeTest.registered;
import static org.assertj.core.api.Assertions.assertThat;

/** What the cooperative keeps besides its events: report revisions per year, its reports in year order, its people, its standing facts. */
class CooperativeRecordsTest {

    private static final Actor OFFICER = Actor.officer("officer@dev");

    @Test
    void revisionsAreCountedPerYearAndReportsKeptInYearOrder() {
        Cooperative cooperative = registered(limaGaruda());
        cooperative.file(filing(2025), OFFICER, TODAY, NOW);
        Cooperative.Filed other = cooperative.file(filing(2024), OFFICER, TODAY, NOW);
        assertThat(other.report().revision).as("the first report for 2024, whatever was filed for 2025").isEqualTo(1);
        assertThat(cooperative.currentReports()).extracting(r -> r.financialYear).containsExactly(2024, 2025);
        assertThat(cooperative.reportSummaries()).extracting(AnnualReportSummary::financialYear).containsExactly(2024, 2025);
        assertThat(cooperative.snapshot(1).annualReports()).extracting(AnnualReportSummary::financialYear).containsExactly(2024, 2025);
    }

    @Test
    void dissolvedFromTheDissolutionOn() {
        Cooperative cooperative = registered(limaGaruda());
        assertThat(cooperative.dissolved()).isFalse();
        cooperative.dissolve(new Dissolution(TODAY, "Keputusan Kepala Dinas No. 518/123"), OFFICER, TODAY, NOW);
        assertThat(cooperative.dissolved()).isTrue();
    }

    @Test
    void aChangeReplacesTheSupervisorsAndBranchesWithTheOnesGiven() {
        CooperativeData before = limaGaruda();
        CooperativeData withSupervisor = withPeople(before, List.of(new CooperativeData.Person("Ahmad Fauzi", "Pengawas", null, null)),
                before.branches());
        Cooperative cooperative = registered(withSupervisor);
        CooperativeData replaced = withPeople(before, List.of(new CooperativeData.Person("Dewi Lestari", "Pengawas", null, null)),
                List.of(new CooperativeData.BranchOffice("Cabang Bantargebang", null, "327507")));
        cooperative.change(replaced, TODAY, NOW);
        assertThat(cooperative.supervisors).extracting(p -> p.name).containsExactly("Dewi Lestari");
        assertThat(cooperative.branches).extracting(b -> b.name).containsExactly("Cabang Bantargebang");
        assertThat(cooperative.data()).isEqualTo(replaced);
    }

    @Test
    void theStandingFactsAreTheCooperativesOwnWithItsReactivationCases() {
        Cooperative cooperative = registered(limaGaruda());
        cooperative.file(filing(2025), OFFICER, TODAY, NOW);
        ReactivationCase closed = new ReactivationCase();
        closed.openedOn = LocalDate.of(2026, 1, 5);
        closed.closedOn = LocalDate.of(2026, 4, 1);
        StandingFacts facts = StandingFacts.of(cooperative, List.of(closed));
        assertThat(facts.kecamatanCode()).isEqualTo("327501");
        assertThat(facts.jenis()).isEqualTo("SIMPAN_PINJAM");
        assertThat(facts.kelompok()).isEqualTo("COMMUNITY");
        assertThat(facts.foundedOn()).isEqualTo(LocalDate.of(1998, 7, 12));
        assertThat(facts.dissolvedOn()).isNull();
        assertThat(facts.reports()).extracting(AnnualReportSummary::financialYear).containsExactly(2025);
        assertThat(facts.reactivationCases()).containsExactly(new StandingFacts.CaseSpan(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 4, 1)));
    }

    private static CooperativeData withPeople(CooperativeData d, List<CooperativeData.Person> supervisors,
                                              List<CooperativeData.BranchOffice> branches) {
        return new CooperativeData(d.cooperativeNumber(), d.name(), d.legalEntityNumber(), d.legalEntityDate(), d.jenis(), d.bentuk(),
                d.kelompok(), d.kbliCode(), d.kbliEdition(), d.savingsLoanScope(), d.address(), d.kecamatanCode(), d.kelurahan(),
                d.foundedOn(), d.phone(), d.email(), d.board(), supervisors, branches);
    }
}
