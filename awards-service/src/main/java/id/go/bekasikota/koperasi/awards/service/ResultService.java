package id.go.bekasikota.koperasi.awards.service;

import id.go.bekasikota.koperasi.awards.domain.Aspect;
import id.go.bekasikota.koperasi.awards.domain.AwardEligibilityRules;
import id.go.bekasikota.koperasi.awards.domain.AwardProgram;
import id.go.bekasikota.koperasi.awards.domain.ComputedIndicators;
import id.go.bekasikota.koperasi.awards.domain.CooperativeFacts;
import id.go.bekasikota.koperasi.awards.domain.Forwarding;
import id.go.bekasikota.koperasi.awards.domain.ForwardingDecision;
import id.go.bekasikota.koperasi.awards.domain.JurorScore;
import id.go.bekasikota.koperasi.awards.domain.JurorScoreRecord;
import id.go.bekasikota.koperasi.awards.domain.Jury;
import id.go.bekasikota.koperasi.awards.domain.Nomination;
import id.go.bekasikota.koperasi.awards.domain.NominationResult;
import id.go.bekasikota.koperasi.awards.domain.NominationState;
import id.go.bekasikota.koperasi.awards.domain.Placing;
import id.go.bekasikota.koperasi.awards.domain.ProgramState;
import id.go.bekasikota.koperasi.awards.domain.Ranking;
import id.go.bekasikota.koperasi.awards.domain.ScoreBreakdown;
import id.go.bekasikota.koperasi.awards.domain.Scoring;
import id.go.bekasikota.koperasi.awards.domain.Shown;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;
import id.go.bekasikota.koperasi.platform.outbox.EventOutbox;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.time.Today;
import io.quarkus.panache.common.Sort;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Scoring and ranking (live while OPEN, frozen once finalised), finalisation, announcement and forwarding. */
@ApplicationScoped
public class ResultService {

    private final ProgramService programs;
    private final NominationService nominations;
    private final CooperativeFactsService facts;
    private final EventOutbox outbox;
    private final Today today;

    public ResultService(ProgramService programs, NominationService nominations, CooperativeFactsService facts, EventOutbox outbox,
                         Today today) {
        this.programs = programs;
        this.nominations = nominations;
        this.facts = facts;
        this.outbox = outbox;
        this.today = today;
    }

    /**
     * One ranked nomination.
     *
     * @param eligibilityReasons while OPEN, why the cooperative would not be given the award
     *                           ({@link AwardEligibilityRules#atAward}: e.g. a loan defaulted or a dissolution since it
     *                           was nominated), for the office to withdraw it before finalising; empty when still
     *                           eligible, null once finalised
     */
    public record Row(int rank, Nomination nomination, BigDecimal total, BigDecimal keuanganSubtotal, boolean winner,
                      boolean complete, ScoreBreakdown breakdown, List<String> eligibilityReasons) {
    }

    /** @param rows one page of the ranking, best first */
    public record RankingResult(AwardProgram program, boolean provisional, int assessedFinancialYear, Page<Row> rows) {
    }

    /** The winners of a program as the caller may see them: empty before they may be shown. */
    public record Winners(AwardProgram program, List<Nomination> nominations) {
    }

    @Transactional
    public RankingResult ranking(UUID programId, PageRequest paging) {
        AwardProgram program = programs.require(programId);
        int f = StandingRules.latestDueYear(program.assessmentDate());
        if (program.state == ProgramState.OPEN) {
            return new RankingResult(program, true, f, page(live(program, programs.jury(programId)), paging));
        }
        List<Row> rows = Nomination.<Nomination>list("programId = ?1 and state <> ?2", programId, NominationState.WITHDRAWN).stream()
                .sorted(Comparator.comparing((Nomination n) -> n.rank))
                .map(n -> new Row(n.rank, n, n.totalScore, n.result.aspectSubtotals().get(Aspect.KEUANGAN), n.won(),
                        n.result.complete(), n.result, null))
                .toList();
        return new RankingResult(program, false, f, page(rows, paging));
    }

    /** The ranking is computed whole (each rank depends on every total), then shown a page at a time. */
    private static <T> Page<T> page(List<T> all, PageRequest paging) {
        int from = Math.min(paging.offset(), all.size());
        return Page.of(all.subList(from, Math.min(from + paging.size(), all.size())), paging, all.size());
    }

    @Transactional
    public AwardProgram finalise(UUID programId, Actor actor) {
        AwardProgram program = programs.lock(programId);
        Jury jury = programs.jury(programId);
        List<Row> live = live(program, jury);
        List<Placing> placings = live.stream()
                .map(r -> new Placing(r.nomination(), r.rank(), r.total(), r.winner(), r.breakdown())).toList();
        List<String> ineligible = live.stream().filter(r -> !r.eligibilityReasons().isEmpty())
                .map(r -> r.nomination().cooperativeName + " (nomination " + r.nomination().id + "): "
                        + String.join(" ", r.eligibilityReasons()))
                .toList();
        List<String> missing = new ArrayList<>();
        for (Nomination n : inTheRunning(programId)) {
            Set<String> scored = JurorScoreRecord.<JurorScoreRecord>list("nominationId", n.id).stream().filter(jury::givenInSeat)
                    .map(s -> s.juror + "|" + s.indicatorCode).collect(Collectors.toSet());
            missing.addAll(jury.missingScores(program.sheet(), n, scored));
        }
        outbox.append(program.finalise(placings, ineligible, missing, actor, today.date(), today.now()));
        return program;
    }

    @Transactional
    public AwardProgram announce(UUID programId, Actor actor) {
        AwardProgram program = programs.lock(programId);
        outbox.append(program.announce(winners(programId), actor, today.date(), today.now()));
        return program;
    }

    /** Public once announced; the office also sees them once finalised; before that nobody. */
    @Transactional
    public Winners winners(UUID programId, Actor actor) {
        AwardProgram program = programs.require(programId);
        return new Winners(program, program.winnersVisibleTo(actor) ? winners(programId) : List.of());
    }

    @Transactional
    public Forwarding forward(UUID nominationId, String note, Actor actor) {
        NominationService.Locked locked = nominations.lock(nominationId);
        Nomination nomination = locked.nomination();
        outbox.append(nomination.forward(locked.program(), note, reasonsAtAward(nomination, locked.program(), today.date()),
                actor, today.date(), today.now()));
        return locked.nomination().forwarding;
    }

    @Transactional
    public Forwarding recordOutcome(UUID nominationId, ForwardingDecision decision, Actor actor) {
        NominationService.Locked locked = nominations.lock(nominationId);
        outbox.append(locked.nomination().recordOutcome(locked.program(), decision, actor, today.now()));
        return locked.nomination().forwarding;
    }

    /** The winners, best first (none before finalisation). */
    private static List<Nomination> winners(UUID programId) {
        return Nomination.list("programId = ?1 and state <> ?2 and winner = true", Sort.ascending("rank"), programId,
                NominationState.WITHDRAWN);
    }

    private List<Row> live(AwardProgram program, Jury jury) {
        LocalDate asOf = program.assessmentDate();
        int f = StandingRules.latestDueYear(asOf);
        LocalDate now = today.date();
        List<Ranking.Entry<Nomination>> entries = new ArrayList<>();
        Map<UUID, List<String>> reasons = new HashMap<>();
        Map<UUID, Boolean> scoredByEveryJuror = new HashMap<>();
        for (Nomination n : inTheRunning(program.id)) {
            CooperativeFacts cooperative = factsOf(n);
            reasons.put(n.id, reasonsAtAward(cooperative, program, now));
            List<JurorScoreRecord> records = JurorScoreRecord.<JurorScoreRecord>list("nominationId", Sort.ascending("juror"), n.id)
                    .stream().filter(jury::givenInSeat).toList();
            Set<String> scored = records.stream().map(s -> s.juror + "|" + s.indicatorCode).collect(Collectors.toSet());
            scoredByEveryJuror.put(n.id, jury.missingScores(program.sheet(), n, scored).isEmpty());
            Map<String, List<JurorScore>> byIndicator = records.stream()
                    .collect(Collectors.groupingBy(s -> s.indicatorCode, Collectors.mapping(JurorScoreRecord::toScore, Collectors.toList())));
            // Eligibility is as of now (no loan DEFAULTED now); the computed indicators as of the assessment date, so that a
            // loan disbursed or defaulted after the window's close does not move the figures while the jury works.
            CooperativeFacts assessed = cooperative.withLoans(facts.loansAsOf(n.cooperativeId, asOf));
            NominationResult result = Scoring.score(program.sheet(),
                    i -> ComputedIndicators.measure(i.kind(), assessed, f, asOf),
                    i -> byIndicator.getOrDefault(i.code(), List.of()),
                    jury.conflictedWith(n.cooperativeId));
            entries.add(new Ranking.Entry<>(n, n.cooperativeNumber, result));
        }
        // Provisional winners are the best of the nominations that would still be given the award: one that would not
        // (a loan defaulted, a dissolution since) is withdrawn before finalising, and the next one takes its place.
        List<Row> rows = new ArrayList<>();
        int eligibleSoFar = 0;
        for (Ranking.Ranked<Nomination> r : Ranking.rank(entries)) {
            NominationResult result = r.entry().result();
            List<String> why = reasons.get(r.entry().item().id);
            boolean winner = why.isEmpty() && program.wins(++eligibleSoFar);
            rows.add(new Row(r.rank(), r.entry().item(), result.total(), result.keuanganSubtotal().map(Shown::rounded).orElse(null),
                    winner, scoredByEveryJuror.get(r.entry().item().id), ScoreBreakdown.of(result), why));
        }
        return rows;
    }

    private CooperativeFacts factsOf(Nomination n) {
        return facts.facts(n.cooperativeId).orElseGet(() -> new CooperativeFacts(n.cooperativeId,
                n.cooperativeNumber, n.cooperativeName, null, LocalDate.MIN, null, List.of(), null));
    }

    private List<String> reasonsAtAward(Nomination n, AwardProgram program, LocalDate now) {
        return reasonsAtAward(factsOf(n), program, now);
    }

    /** Why the cooperative would not be given the award today; empty when it would. */
    private static List<String> reasonsAtAward(CooperativeFacts cooperative, AwardProgram program, LocalDate now) {
        return cooperative.jenis() == null ? List.of("The cooperative is no longer in the register's events.")
                : AwardEligibilityRules.atAward(cooperative, program.jenis, program.assessmentDate(), now).reasons();
    }

    private static List<Nomination> inTheRunning(UUID programId) {
        return Nomination.list("programId = ?1 and state = ?2", Sort.ascending("id"), programId, NominationState.SUBMITTED);
    }
}
