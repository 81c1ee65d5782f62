package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.Standing;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the activation figures read of one cooperative: where it is counted (kecamatan,
 * jenis, kelompok) and what its standing on any date depends on (founding, dissolution, current
 * reports, reactivation cases). Taken before and after a write, the two say how the write moves
 * the figures of every date.
 */
public record StandingFacts(String kecamatanCode, String jenis, String kelompok, LocalDate foundedOn, LocalDate dissolvedOn,
                            List<AnnualReportSummary> reports, List<CaseSpan> reactivationCases) {

    /** A reactivation case: open from {@code openedOn} until {@code closedOn} (exclusive), or still open. */
    public record CaseSpan(LocalDate openedOn, LocalDate closedOn) {

        boolean openOn(LocalDate date) {
            return !openedOn.isAfter(date) && (closedOn == null || closedOn.isAfter(date));
        }
    }

    public StandingFacts {
        reports = List.copyOf(reports);
        reactivationCases = List.copyOf(reactivationCases);
    }

    public static StandingFacts of(Cooperative cooperative, List<ReactivationCase> cases) {
        return new StandingFacts(cooperative.kecamatanCode, cooperative.jenis.name(), cooperative.kelompok.name(),
                cooperative.foundedOn, cooperative.dissolvedOn, cooperative.reportSummaries(),
                cases.stream().map(c -> new CaseSpan(c.openedOn, c.closedOn)).toList());
    }

    /**
     * The cell of the figures the cooperative is counted in as of the date, by the rules of
     * {@link StandingRules}; none before it was founded. "Under reactivation" counts only for an
     * inactive cooperative, as the dashboard counts it.
     */
    public Optional<TallyCell> countedOn(LocalDate asOf) {
        if (foundedOn.isAfter(asOf)) {
            return Optional.empty();
        }
        Standing standing = StandingRules.evaluate(foundedOn, dissolvedOn, reports, asOf);
        boolean reactivating = standing.status() == ActivityStatus.INACTIVE
                && reactivationCases.stream().anyMatch(c -> c.openOn(asOf));
        return Optional.of(new TallyCell(kecamatanCode, jenis, kelompok, standing.status(), standing.grade(), reactivating));
    }
}
