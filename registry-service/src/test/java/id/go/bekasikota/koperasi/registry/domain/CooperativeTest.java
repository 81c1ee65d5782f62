package id.go.bekasikota.koperasi.registry.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;
import id.go.bekasikota.koperasi.platform.problem.Problem.FieldError;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import id.go.bekasikota.koperasi.platform.security.Actor;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cooperative aggregate without a framework: each change enforces its rules and returns the events it causes. */
class CooperativeTest {

    static final LocalDate TODAY = LocalDate.of(2027, 7, 2);
    static final Instant NOW = Instant.parse("2027-07-02T05:00:00Z");
    private static final Instant LATER = Instant.parse("2027-07-02T06:30:00Z");
    private static final Actor OFFICER = Actor.officer("officer@dev");
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    /** A savings-and-loan cooperative in Bekasi Timur founded in 1998, with one board member and a branch. */
    static CooperativeData limaGaruda() {
        return new CooperativeData("3275010010001", "Koperasi Lima Garuda", "518.08/96/BH/XIV.10/VIII/2008", LocalDate.of(2008, 8, 14),
                Jenis.SIMPAN_PINJAM, Bentuk.PRIMER, Kelompok.COMMUNITY, "64141", "2020", SavingsLoanScope.CLOSED_LOOP,
                "Jl. Ir. H. Juanda No. 100", "327501", "Margahayu", LocalDate.of(1998, 7, 12), "+62 21 8801234", null,
                List.of(new CooperativeData.Person("Hj. Siti Rahmawati", "Ketua", "3275014107800003", null)), List.of(),
                List.of(new CooperativeData.BranchOffice("Cabang Pondokgede", null, "327508")));
    }

    static AnnualReportFiling filing(int year) {
        return new AnnualReportFiling(year, LocalDate.of(year + 1, 3, 21), 812, 904, 35, 41_250_000_000L, 18_000_000_000L,
                500_000_000_000L + year, 96_000_000_000L, -3_000_000_000L);
    }

    static Cooperative registered(CooperativeData data) {
        return Cooperative.register(data, TODAY, NOW).cooperative();
    }

    @Test
    void registeringEntersTheDataAndPublishesRegisteredAtVersionZero() {
        Cooperative.Registered registered = Cooperative.register(limaGaruda(), TODAY, NOW);
        Cooperative cooperative = registered.cooperative();

        assertThat(cooperative.id).isNotNull();
        assertThat(cooperative.data()).isEqualTo(limaGaruda());
        assertThat(cooperative.createdAt).isEqualTo(NOW);
        assertThat(cooperative.updatedAt).isEqualTo(NOW);
        // No report in the window 2024-2026 (F = 2026 from 1 July 2027), founded long ago: INACTIVE, D.
        assertThat(cooperative.lastStatus).isEqualTo("INACTIVE");
        assertThat(cooperative.lastGrade).isEqualTo("D");
        assertThat(cooperative.lastEvaluatedOn).isEqualTo(TODAY);
        DomainEvent event = single(registered.events());
        assertThat(event.type()).isEqualTo(EventTypes.COOPERATIVE_REGISTERED);
        assertThat(event.topic()).isEqualTo(Topics.REGISTRY_COOPERATIVE);
        assertThat(event.aggregateVersion()).isZero();
        assertThat(event.key()).isEqualTo(cooperative.id.toString());
        JsonNode data = JSON.valueToTree(event.data());
        assertThat(data.at("/cooperative/name").asText()).isEqualTo("Koperasi Lima Garuda");
        assertThat(data.toString()).as("no personal data in events").doesNotContain("3275014107800003", "Siti", "+62 21");
    }

    @Test
    void registeringRefusesDataThatBreaksARuleNamingEveryField() {
        CooperativeData broken = new CooperativeData("3275010010001", "Koperasi Lima Garuda", null, LocalDate.of(1990, 1, 1),
                Jenis.JASA, Bentuk.PRIMER, Kelompok.COMMUNITY, "64141", null, SavingsLoanScope.OPEN_LOOP, null, "327501", null,
                TODAY.plusDays(1), null, null, List.of(), List.of(), List.of());
        assertThatThrownBy(() -> Cooperative.register(broken, TODAY, NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
                    assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactly("savingsLoanScope", "kbliEdition", "legalEntityDate", "foundedOn");
                });
    }

    @Test
    void aChangePublishesTheChangedFieldsInTheOrderOfTheBody() {
        Cooperative cooperative = registered(limaGaruda());
        cooperative.version = 4;
        CooperativeData before = cooperative.data();
        CooperativeData moved = new CooperativeData(before.cooperativeNumber(), "Koperasi Lima Garuda Sejahtera", before.legalEntityNumber(),
                before.legalEntityDate(), before.jenis(), before.bentuk(), before.kelompok(), before.kbliCode(), before.kbliEdition(),
                before.savingsLoanScope(), "Jl. Cut Mutia No. 5", before.kecamatanCode(), before.kelurahan(), before.foundedOn(),
                before.phone(), "sekretariat@limagaruda.coop", List.of(), before.supervisors(), before.branches());

        DomainEvent event = single(cooperative.change(moved, TODAY, LATER));

        assertThat(event.type()).isEqualTo(EventTypes.COOPERATIVE_UPDATED);
        assertThat(event.aggregateVersion()).as("the version the row has once written").isEqualTo(5);
        JsonNode data = JSON.valueToTree(event.data());
        assertThat(data.get("changedFields").toString()).isEqualTo("[\"name\",\"address\",\"email\",\"board\"]");
        assertThat(data.at("/cooperative/version").asLong()).isEqualTo(5);
        assertThat(cooperative.data()).isEqualTo(moved);
        assertThat(cooperative.board).isEmpty();
        assertThat(cooperative.updatedAt).isEqualTo(LATER);
    }

    @Test
    void theSameDataChangesNothingAndPublishesNothing() {
        Cooperative cooperative = registered(limaGaruda());
        assertThat(cooperative.change(limaGaruda(), TODAY, LATER)).isEmpty();
        assertThat(cooperative.updatedAt).isEqualTo(NOW);
    }

    @Test
    void aChangeThatBreaksARuleChangesNothing() {
        Cooperative cooperative = registered(limaGaruda());
        CooperativeData before = cooperative.data();
        CooperativeData consumers = new CooperativeData(before.cooperativeNumber(), before.name(), before.legalEntityNumber(),
                before.legalEntityDate(), Jenis.KONSUMEN, before.bentuk(), before.kelompok(), before.kbliCode(), before.kbliEdition(),
                before.savingsLoanScope(), before.address(), before.kecamatanCode(), before.kelurahan(), before.foundedOn(),
                before.phone(), before.email(), before.board(), before.supervisors(), before.branches());
        assertThatThrownBy(() -> cooperative.change(consumers, TODAY, LATER)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("savingsLoanScope"));
        assertThat(cooperative.data()).isEqualTo(before);
    }

    /** The data with another founding day (the legal entity's date with it, so that only the founding is at issue). */
    private static CooperativeData foundedOn(CooperativeData data, LocalDate founded) {
        return new CooperativeData(data.cooperativeNumber(), data.name(), data.legalEntityNumber(), founded, data.jenis(),
                data.bentuk(), data.kelompok(), data.kbliCode(), data.kbliEdition(), data.savingsLoanScope(), data.address(),
                data.kecamatanCode(), data.kelurahan(), founded, data.phone(), data.email(), data.board(), data.supervisors(),
                data.branches());
    }

    @Test
    void theFoundingCannotMovePastTheCooperativesFirstReportYear() {
        Cooperative cooperative = registered(limaGaruda());
        cooperative.file(filing(2023), OFFICER, TODAY, NOW);
        cooperative.file(filing(2025), OFFICER, TODAY, NOW);
        CooperativeData before = cooperative.data();

        // Reports for 2023 and 2025: a founding in 2024 would leave the 2023 report before the cooperative existed.
        assertThatThrownBy(() -> cooperative.change(foundedOn(before, LocalDate.of(2024, 2, 1)), TODAY, LATER))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("foundedOn");
                    assertThat(e.errors().get(0).message()).contains("2023");
                });
        assertThat(cooperative.data()).isEqualTo(before);
        // Founded in the last days of 2023: the 2023 report is for its founding year, as filing allows.
        assertThat(cooperative.change(foundedOn(before, LocalDate.of(2023, 12, 31)), TODAY, LATER)).hasSize(1);
        assertThat(cooperative.foundedOn).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void theFoundingCannotMovePastTheDissolution() {
        Cooperative cooperative = registered(limaGaruda());
        cooperative.dissolve(new Dissolution(LocalDate.of(2020, 6, 30), "Keputusan Kepala Dinas No. 518/77"), OFFICER, TODAY, LATER);
        CooperativeData before = cooperative.data();

        assertThatThrownBy(() -> cooperative.change(foundedOn(before, LocalDate.of(2022, 1, 1)), TODAY, LATER))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("foundedOn");
                    assertThat(e.errors().get(0).message()).contains("2020-06-30");
                });
        assertThat(cooperative.data()).isEqualTo(before);
        // Founded and dissolved on the same day, as a dissolution on the founding day is allowed.
        assertThat(cooperative.change(foundedOn(before, LocalDate.of(2020, 6, 30)), TODAY, LATER)).hasSize(1);
    }

    @Test
    void filingAReportMakesItTheYearsCurrentRevisionAndACorrectionKeepsTheEarlierOne() {
        Cooperative cooperative = registered(limaGaruda());
        Cooperative.Filed first = cooperative.file(filing(2025), OFFICER, TODAY, NOW);
        cooperative.version = 1;
        assertThatThrownBy(() -> cooperative.file(filing(2025), OFFICER, TODAY, LATER)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.extensions()).containsEntry("existingId", first.report().id.toString()));
        // The same figures again (a form saved without an edit) correct nothing: no revision, no event.
        Cooperative.Filed same = cooperative.correct(filing(2025), Actor.officer("another@dev"), TODAY, LATER);
        assertThat(same.unchanged()).isTrue();
        assertThat(same.report()).isSameAs(first.report());
        assertThat(first.report().current).isTrue();
        AnnualReportFiling corrected = new AnnualReportFiling(2025, LocalDate.of(2026, 3, 21), 812, 904, 35, 41_250_000_000L,
                18_000_000_000L, 500_000_002_025L, 96_000_000_000L, -2_500_000_000L);
        Cooperative.Filed correction = cooperative.correct(corrected, Actor.officer("another@dev"), TODAY, LATER);

        assertThat(correction.unchanged()).isFalse();
        assertThat(correction.report().surplus).isEqualTo(-2_500_000_000L);
        assertThat(first.report().revision).isEqualTo(1);
        assertThat(first.report().current).as("retired by the correction").isFalse();
        assertThat(correction.report().revision).isEqualTo(2);
        assertThat(correction.report().current).isTrue();
        assertThat(correction.report().filedBy).isEqualTo("another@dev");
        assertThat(correction.report().filedAt).isEqualTo(LATER);
        assertThat(correction.report().cooperative).isSameAs(cooperative);
        assertThat(cooperative.currentReports()).containsExactly(correction.report());
        DomainEvent event = single(correction.events());
        assertThat(event.type()).isEqualTo(EventTypes.ANNUAL_REPORT_FILED);
        assertThat(event.aggregateVersion()).isEqualTo(2);
        JsonNode data = JSON.valueToTree(event.data());
        assertThat(data.get("financialYear").asInt()).isEqualTo(2025);
        assertThat(data.get("revision").asInt()).isEqualTo(2);
    }

    @Test
    void theLatestReportsFiguresAreKeptOnTheCooperative() {
        Cooperative cooperative = registered(limaGaruda());
        cooperative.file(filing(2025), OFFICER, TODAY, NOW);
        cooperative.file(filing(2023), OFFICER, TODAY, NOW);
        assertThat(cooperative.latestReportYear).isEqualTo(2025);
        assertThat(cooperative.latestMembers).isEqualTo(812 + 904);
        assertThat(cooperative.latestAssets).isEqualTo(500_000_000_000L + 2025);
        // F = 2026 from 1 July 2027; 2025 is F-1: ACTIVE; 2023 is outside the window 2024-2026: one year, C2.
        assertThat(cooperative.standing(TODAY).status().name()).isEqualTo("ACTIVE");
        assertThat(cooperative.standing(TODAY).grade().name()).isEqualTo("C2");
    }

    @Test
    void aReportTheRulesRefuseIsNotFiled() {
        Cooperative cooperative = registered(limaGaruda());
        assertThatThrownBy(() -> cooperative.file(filing(2027), OFFICER, TODAY, NOW)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("financialYear", "meetingDate"));
        assertThat(cooperative.annualReports).isEmpty();
        assertThat(cooperative.latestReportYear).isNull();
    }

    @Test
    void dissolvingRecordsTheDateAndBasisOnce() {
        Cooperative cooperative = registered(limaGaruda());
        DomainEvent event = single(cooperative.dissolve(new Dissolution(TODAY, "Keputusan Kepala Dinas No. 518/123"), OFFICER, TODAY, LATER));

        assertThat(event.type()).isEqualTo(EventTypes.COOPERATIVE_DISSOLVED);
        assertThat(event.aggregateVersion()).isEqualTo(1);
        assertThat(cooperative.dissolvedOn).isEqualTo(TODAY);
        assertThat(cooperative.dissolutionLegalBasis).isEqualTo("Keputusan Kepala Dinas No. 518/123");
        assertThat(cooperative.updatedAt).isEqualTo(LATER);
        assertThatThrownBy(() -> cooperative.dissolve(new Dissolution(TODAY, "again"), OFFICER, TODAY, LATER))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION));
        assertThatThrownBy(() -> cooperative.file(filing(2025), OFFICER, TODAY, NOW)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION);
            assertThat(e.extensions()).containsEntry("currentState", "DISSOLVED");
        });
    }

    @Test
    void standingChangesArePublishedOnceAndTheGradeOfADissolvedCooperativeIsNoLongerFollowed() {
        Cooperative cooperative = registered(limaGaruda());
        cooperative.file(filing(2025), OFFICER, TODAY, NOW);

        List<DomainEvent> changes = cooperative.publishStandingChanges(TODAY, 1);
        assertThat(changes).extracting(DomainEvent::type)
                .containsExactly(EventTypes.COOPERATIVE_STATUS_CHANGED, EventTypes.COOPERATIVE_GRADE_CHANGED);
        assertThat(changes).extracting(DomainEvent::aggregateVersion).containsOnly(1L);
        assertThat(JSON.valueToTree(changes.get(0).data()).get("previousStatus").asText()).isEqualTo("INACTIVE");
        assertThat(cooperative.lastStatus).isEqualTo("ACTIVE");
        assertThat(cooperative.lastGrade).isEqualTo("C2");
        assertThat(cooperative.publishStandingChanges(TODAY, 1)).as("nothing new").isEmpty();

        cooperative.dissolve(new Dissolution(TODAY, "Keputusan"), OFFICER, TODAY, NOW);
        assertThat(cooperative.publishStandingChanges(TODAY, 2)).extracting(DomainEvent::type)
                .containsExactly(EventTypes.COOPERATIVE_STATUS_CHANGED);
        assertThat(cooperative.lastGrade).as("not followed once dissolved").isEqualTo("C2");
    }

    @Test
    void aCooperativeExistsFromItsFoundingDay() {
        Cooperative cooperative = registered(limaGaruda());
        assertThat(cooperative.foundedBy(LocalDate.of(1998, 7, 11))).isFalse();
        assertThat(cooperative.foundedBy(LocalDate.of(1998, 7, 12))).isTrue();
    }

    private static DomainEvent single(List<DomainEvent> events) {
        assertThat(events).hasSize(1);
        return events.get(0);
    }
}
