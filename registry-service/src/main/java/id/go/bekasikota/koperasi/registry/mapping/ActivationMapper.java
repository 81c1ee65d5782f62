package id.go.bekasikota.koperasi.registry.mapping;

import id.go.bekasikota.koperasi.registry.domain.ActivationDashboard;
import id.go.bekasikota.koperasi.registry.domain.DissolutionCandidate;
import id.go.bekasikota.koperasi.registry.domain.StandingEvaluation;
import id.go.bekasikota.koperasi.registry.rest.dto.ActivationDashboardView;
import id.go.bekasikota.koperasi.registry.rest.dto.DissolutionCandidateView;
import id.go.bekasikota.koperasi.registry.rest.dto.StandingEvaluationView;
import jakarta.enterprise.context.ApplicationScoped;

/** The activation figures, dissolution candidates and standing evaluations as the API shows them. */
@ApplicationScoped
public class ActivationMapper {

    public ActivationDashboardView toView(ActivationDashboard d) {
        return new ActivationDashboardView(d.asOf(), d.latestDueYear(), d.target(), figures(d.total()),
                d.byKecamatan().stream().map(ActivationMapper::group).toList(),
                d.byJenis().stream().map(ActivationMapper::group).toList(),
                d.byKelompok().stream().map(ActivationMapper::group).toList(),
                d.trend().stream().map(t -> new ActivationDashboardView.TrendPoint(t.year(), t.asOf(), t.latestDueYear(),
                        figures(t.figures()))).toList());
    }

    public DissolutionCandidateView toView(DissolutionCandidate c) {
        return new DissolutionCandidateView(c.id(), c.cooperativeNumber(), c.name(), c.kecamatanCode(), c.kecamatanName(), c.jenis(),
                c.foundedOn(), c.lastReportedYear(), c.underReactivation());
    }

    public StandingEvaluationView toView(StandingEvaluation e) {
        return new StandingEvaluationView(e.asOf(), e.changedCooperatives(), e.statusChanges(), e.gradeChanges(),
                e.reactivationCasesClosed());
    }

    private static ActivationDashboardView.Group group(ActivationDashboard.Group g) {
        return new ActivationDashboardView.Group(g.key(), g.name(), figures(g.figures()));
    }

    private static ActivationDashboardView.Figures figures(ActivationDashboard.Figures f) {
        return new ActivationDashboardView.Figures(f.registered(), f.active(), f.inactive(), f.newCooperatives(), f.dissolved(),
                f.dissolutionCandidates(), f.underReactivation(), f.ratio(), f.gap(), f.grades());
    }
}
