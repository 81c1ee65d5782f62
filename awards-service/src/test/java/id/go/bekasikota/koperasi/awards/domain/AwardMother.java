package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.security.ActorRole;
import id.go.bekasikota.koperasi.testsupport.CooperativeSnapshotMother;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Domain objects for the award rules' plain tests (the API's fixtures are in test-support:
 * {@code AwardProgramMother}, {@code CooperativeSnapshotMother}). The dates are the tests' own:
 * nothing here reads a clock.
 */
final class AwardMother {

    static final Actor OFFICER = Actor.officer("petugas@bekasikota.go.id");
    static final Instant NOW = Instant.parse("2026-05-10T05:00:00Z");
    /** A program of {@link #terms()} nominated on, within its window: 10 May 2026. */
    static final NominatedDays NOMINATED = new NominatedDays(LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 10));
    /** A juror's save that names no version, for the tests of the other scoring rules (the version's are JurorScoreSetTest's). */
    static final Consumer<JurorScoreSet> ANY_VERSION = current -> { };

    private AwardMother() {
    }

    static AnnualReportSummary report(int year, LocalDate meeting, int members, long assets, long surplus) {
        return CooperativeSnapshotMother.report(year, meeting, members, assets, surplus);
    }

    /** Reports for 2023-2025 held in March of the next year: members 100 -> 110 -> 121, assets and SHU growing. */
    static CooperativeFacts healthy(String number) {
        List<AnnualReportSummary> reports = new ArrayList<>();
        reports.add(report(2023, LocalDate.of(2024, 3, 20), 100, 1_000_000_000L, 100_000_000L));
        reports.add(report(2024, LocalDate.of(2025, 3, 20), 110, 1_100_000_000L, 110_000_000L));
        reports.add(report(2025, LocalDate.of(2026, 3, 20), 121, 1_210_000_000L, 121_000_000L));
        return new CooperativeFacts(UUID.randomUUID(), number, "Koperasi " + number, "SIMPAN_PINJAM",
                LocalDate.of(2005, 1, 10), null, reports, LoanRecord.NONE);
    }

    static Indicator computed(String code, Aspect aspect, IndicatorKind kind, String target, String weight) {
        return new Indicator(code, kind.description(), aspect, IndicatorSource.COMPUTED, kind, new BigDecimal(target),
                new BigDecimal(weight));
    }

    static Indicator juror(String code, Aspect aspect, String weight) {
        return new Indicator(code, "Juror indicator " + code, aspect, IndicatorSource.JUROR, null, null, new BigDecimal(weight));
    }

    static Actor juror(String subject) {
        return new Actor(subject, ActorRole.JUROR, null, null);
    }

    static Actor cooperative(UUID cooperativeId) {
        return new Actor("akun-" + cooperativeId, ActorRole.COOPERATIVE, cooperativeId, null);
    }

    /** A city program of 2026, window 1 April - 31 May, announced 12 July, two winners, a sheet of one juror indicator K1. */
    static ProgramTerms terms() {
        return new ProgramTerms(2026, "Koperasi Teladan 2026", AwardCategory.MODEL_COOPERATIVE, null, AwardLevel.CITY,
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 31), null, true, 2,
                new ScoringSheet(List.of(juror("K1", Aspect.KELEMBAGAAN, "1"))));
    }

    static AwardProgram openProgram() {
        AwardProgram program = new AwardProgram();
        program.create(terms(), OFFICER, NOW);
        return program;
    }

    static Jury jury(AwardProgram program, List<String> jurors, List<ConflictDeclaration> conflicts) {
        return new Jury(program.id, jurors.stream().map(j -> JurorAssignment.of(program.id, j, OFFICER.subject(), NOW)).toList(),
                conflicts);
    }
}
