package id.go.bekasikota.koperasi.awards.mapping;

import id.go.bekasikota.koperasi.awards.domain.RecordedCheck;
import id.go.bekasikota.koperasi.awards.domain.AwardEligibility;
import id.go.bekasikota.koperasi.awards.domain.AwardProgram;
import id.go.bekasikota.koperasi.awards.domain.ConflictDeclaration;
import id.go.bekasikota.koperasi.awards.domain.Forwarding;
import id.go.bekasikota.koperasi.awards.domain.ForwardingDecision;
import id.go.bekasikota.koperasi.awards.domain.HistoryEntry;
import id.go.bekasikota.koperasi.awards.domain.Indicator;
import id.go.bekasikota.koperasi.awards.domain.JurorAssignment;
import id.go.bekasikota.koperasi.awards.domain.JurorScoreRecord;
import id.go.bekasikota.koperasi.awards.domain.Nomination;
import id.go.bekasikota.koperasi.awards.domain.ProgramTerms;
import id.go.bekasikota.koperasi.awards.domain.ScoreBreakdown;
import id.go.bekasikota.koperasi.awards.domain.ScoreEntry;
import id.go.bekasikota.koperasi.awards.domain.ScoringSheet;
import id.go.bekasikota.koperasi.awards.rest.dto.AwardProgramRequest;
import id.go.bekasikota.koperasi.awards.rest.dto.AwardProgramView;
import id.go.bekasikota.koperasi.awards.rest.dto.ConflictView;
import id.go.bekasikota.koperasi.awards.rest.dto.EligibilityView;
import id.go.bekasikota.koperasi.awards.rest.dto.ForwardingView;
import id.go.bekasikota.koperasi.awards.rest.dto.HistoryView;
import id.go.bekasikota.koperasi.awards.rest.dto.IndicatorData;
import id.go.bekasikota.koperasi.awards.rest.dto.JurorTaskView;
import id.go.bekasikota.koperasi.awards.rest.dto.JurorView;
import id.go.bekasikota.koperasi.awards.rest.dto.NominationView;
import id.go.bekasikota.koperasi.awards.rest.dto.OutcomeRequest;
import id.go.bekasikota.koperasi.awards.rest.dto.RankingView;
import id.go.bekasikota.koperasi.awards.rest.dto.ResultView;
import id.go.bekasikota.koperasi.awards.rest.dto.ScoreView;
import id.go.bekasikota.koperasi.awards.rest.dto.ScoresRequest;
import id.go.bekasikota.koperasi.awards.rest.dto.WinnersView;
import id.go.bekasikota.koperasi.awards.service.JuryService;
import id.go.bekasikota.koperasi.awards.service.NominationService;
import id.go.bekasikota.koperasi.awards.service.ResultService;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/** API model <-> domain: requests become domain commands, domain objects become views. */
@ApplicationScoped
public class AwardsMapper {

    public ProgramTerms toTerms(AwardProgramRequest request) {
        return new ProgramTerms(request.year(), request.name(), request.category(), request.jenis(), request.level(),
                request.nominationsOpenOn(), request.nominationsCloseOn(), request.announcementOn(),
                Boolean.TRUE.equals(request.selfNomination()), request.winners(),
                new ScoringSheet(request.scoringSheet().stream().map(this::toIndicator).toList()));
    }

    public List<ScoreEntry> toEntries(ScoresRequest request) {
        return request.scores().stream().map(i -> new ScoreEntry(i.indicatorCode(), i.score(), i.comment())).toList();
    }

    public ForwardingDecision toDecision(OutcomeRequest request) {
        return new ForwardingDecision(request.outcome(), request.rank(), request.decidedOn(), request.note());
    }

    public Indicator toIndicator(IndicatorData data) {
        return new Indicator(data.code().strip(), data.name().strip(), data.aspect(), data.source(), data.kind(), data.target(),
                data.weight());
    }

    public IndicatorData toData(Indicator indicator) {
        return new IndicatorData(indicator.code(), indicator.name(), indicator.aspect(), indicator.source(), indicator.kind(),
                indicator.target(), indicator.weight());
    }

    public AwardProgramView toView(AwardProgram p, boolean sheetFrozen) {
        return new AwardProgramView(p.id, p.year, p.name, p.category, p.jenis, p.level, p.nominationsOpenOn, p.nominationsCloseOn,
                p.nominationsClosedOn, p.announcementOn, p.selfNomination, p.winners, p.state, StandingRules.latestDueYear(p.assessmentDate()),
                p.scoringSheet.stream().map(this::toData).toList(), p.sheet().totalWeight(), sheetFrozen, p.finalisedOn,
                p.announcedOn, p.createdAt, p.updatedAt, p.version);
    }

    /** The eligibility, and whether the cooperative is nominable, with the explanations in the language of the answer. */
    public EligibilityView toView(UUID cooperativeId, UUID programId, NominationService.Nominability nominability, java.util.Locale language) {
        AwardEligibility eligibility = nominability.eligibility();
        return new EligibilityView(cooperativeId, programId, eligibility.asOf(), eligibility.latestDueYear(), eligibility.eligible(),
                eligibility.checks().stream().filter(c -> !c.passed()).map(c -> c.detail(language)).toList(),
                eligibility.checks().stream().map(c -> new EligibilityView.Check(c.rule(), c.passed(), c.detail(language))).toList(),
                nominability.nominable(), nominability.obstacles().stream().map(o -> o.in(language)).toList());
    }

    /** The checks a nomination recorded, as they were written then. */
    public List<EligibilityView.Check> checks(List<RecordedCheck> checks) {
        return checks.stream().map(c -> new EligibilityView.Check(c.rule(), c.passed(), c.detail())).toList();
    }

    /**
     * @param showResult     the caller may see the rank and total (office once finalised, the cooperative once announced)
     * @param showJurorNames the caller may see who scored (office only)
     */
    public NominationView toView(Nomination n, Forwarding forwarding, boolean showResult, boolean showJurorNames) {
        ResultView result = null;
        if (showResult && n.rank != null) {
            ScoreBreakdown breakdown = n.result == null ? null : showJurorNames ? n.result : n.result.anonymised();
            result = new ResultView(n.rank, n.totalScore, n.won(), breakdown);
        }
        return new NominationView(n.id, n.programId, n.cooperativeId, n.cooperativeNumber, n.cooperativeName, n.state, n.statement,
                n.previousNominationId, n.nominatedByRole, n.submittedOn, checks(n.eligibility), n.withdrawnOn, n.withdrawalReason,
                result, forwarding == null ? null : toView(forwarding), n.createdAt, n.updatedAt, n.version);
    }

    public RankingView toView(ResultService.RankingResult ranking) {
        return new RankingView(ranking.program().id, ranking.program().state, ranking.provisional(), ranking.assessedFinancialYear(),
                ranking.program().winners, ranking.rows().items().stream().map(r -> new RankingView.Entry(r.rank(), r.nomination().id,
                r.nomination().cooperativeId, r.nomination().cooperativeNumber, r.nomination().cooperativeName, r.total(),
                r.keuanganSubtotal(), r.winner(), r.complete(), r.breakdown(), r.eligibilityReasons())).toList(), ranking.rows().page());
    }

    /** @param forwardingOf the forwarding of a winner, if any */
    public WinnersView toView(ResultService.Winners winners, Function<UUID, ForwardingView> forwardingOf) {
        AwardProgram p = winners.program();
        return new WinnersView(p.id, p.year, p.category, p.jenis, p.level, p.announcedOn, winners.nominations().stream()
                .map(n -> new WinnersView.Winner(n.rank, n.id, n.cooperativeId, n.cooperativeNumber, n.cooperativeName, n.totalScore,
                        forwardingOf.apply(n.id))).toList());
    }

    public JurorTaskView toView(JuryService.Task t) {
        return new JurorTaskView(t.nomination().id, t.program().id, t.program().name, t.nomination().cooperativeId,
                t.nomination().cooperativeNumber, t.nomination().cooperativeName,
                t.program().sheet().jurorIndicators().stream().map(Indicator::code).toList(),
                t.myScores().stream().map(s -> toView(s, t.counts())).toList());
    }

    public ForwardingView toView(Forwarding f) {
        return new ForwardingView(f.id, f.fromLevel, f.toLevel, f.forwardedOn, f.note, f.outcome, f.outcomeRank, f.decidedOn,
                f.outcomeNote);
    }

    public JurorView toView(JurorAssignment a) {
        return new JurorView(a.juror, a.assignedBy, a.assignedAt);
    }

    public ConflictView toView(ConflictDeclaration c) {
        return new ConflictView(c.nominationId, c.programId, c.cooperativeId, c.juror, c.reason, c.declaredAt);
    }

    public HistoryView toView(HistoryEntry h) {
        return new HistoryView(h.action, h.actor, h.actorRole, h.at, h.nominationId, Problem.clip(h.detail, HistoryView.DETAIL_LENGTH));
    }

    /** @param counts which scores count toward the nomination's total ({@code Jury#counts}) */
    public ScoreView toView(JurorScoreRecord s, Predicate<JurorScoreRecord> counts) {
        return new ScoreView(s.nominationId, s.juror, s.indicatorCode, s.score, s.comment, s.revision, s.scoredAt, counts.test(s));
    }
}
