package id.go.bekasikota.koperasi.awards.service;

import id.go.bekasikota.koperasi.awards.domain.AwardEligibilityRules;
import id.go.bekasikota.koperasi.awards.domain.AwardLevel;
import id.go.bekasikota.koperasi.awards.domain.AwardProgram;
import id.go.bekasikota.koperasi.awards.domain.ComputedIndicators;
import id.go.bekasikota.koperasi.awards.domain.ConflictDeclaration;
import id.go.bekasikota.koperasi.awards.domain.CooperativeFacts;
import id.go.bekasikota.koperasi.awards.domain.Forwarding;
import id.go.bekasikota.koperasi.awards.domain.ForwardingOutcome;
import id.go.bekasikota.koperasi.awards.domain.HistoryEntry;
import id.go.bekasikota.koperasi.awards.domain.Indicator;
import id.go.bekasikota.koperasi.awards.domain.JurorScore;
import id.go.bekasikota.koperasi.awards.domain.JurorScoreRecord;
import id.go.bekasikota.koperasi.awards.domain.Nomination;
import id.go.bekasikota.koperasi.awards.domain.NominationResult;
import id.go.bekasikota.koperasi.awards.domain.NominationState;
import id.go.bekasikota.koperasi.awards.domain.ProgramState;
import id.go.bekasikota.koperasi.awards.domain.Ranking;
import id.go.bekasikota.koperasi.awards.domain.ScoreBreakdown;
import id.go.bekasikota.koperasi.awards.domain.Scoring;
import id.go.bekasikota.koperasi.awards.rest.dto.OutcomeRequest;
import id.go.bekasikota.koperasi.contracts.registry.StandingRules;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;
import id.go.bekasikota.koperasi.platform.outbox.EventOutbox;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
    private final History history;

    public ResultService(ProgramService programs, NominationService nominations, CooperativeFactsService facts, EventOutbox outbox,
                         History history) {
        this.programs = programs;
        this.nominations = nominations;
        this.facts = facts;
        this.outbox = outbox;
        this.history = history;
    }

    /** One ranked nomination. */
    /**
     * @param eligibilityReasons while OPEN, why the cooperative would no longer be eligible today (e.g. a loan defaulted
     *                           since it was nominated), for the office to decide on a withdrawal; empty when still
     *                           eligible, null once finalised
     */
    public record Row(int rank, Nomination nomination, BigDecimal total, BigDecimal keuanganSubtotal, boolean winner,
                      boolean complete, ScoreBreakdown breakdown, List<String> eligibilityReasons) {
    }

    public record RankingResult(AwardProgram program, boolean provisional, int assessedFinancialYear, List<Row> rows) {
    }

    @Transactional
    public RankingResult ranking(UUID programId) {
        AwardProgram program = programs.require(programId);
        int f = StandingRules.latestDueYear(program.assessmentDate());
        if (program.state == ProgramState.OPEN) {
            return new RankingResult(program, true, f, live(program));
        }
        List<Row> rows = activeNominations(programId).stream()
                .sorted(Comparator.comparing((Nomination n) -> n.rank))
                .map(n -> new Row(n.rank, n, n.totalScore, n.result.aspectSubtotals().get(id.go.bekasikota.koperasi.awards.domain.Aspect.KEUANGAN),
                        n.won(), n.result.complete(), n.result, null))
                .toList();
        return new RankingResult(program, false, f, rows);
    }

    @Transactional
    public AwardProgram finalise(UUID programId, String officer) {
        AwardProgram program = programs.lock(programId);
        if (program.state != ProgramState.OPEN) {
            throw ProblemException.illegalTransition("finalise the scores", program.state.name());
        }
        LocalDate today = programs.today();
        if (!program.nominationsOver(today)) {
            throw ProblemException.ruleViolation("The scores cannot be finalised yet", List.of(
                    "The nomination window is open until " + program.nominationsCloseOn
                            + "; finalise from the day after, or close the nominations first."));
        }
        List<String> missing = missingScores(program);
        if (!missing.isEmpty()) {
            throw ProblemException.ruleViolation("The scores cannot be finalised: scores are missing", missing);
        }
        List<Row> rows = live(program);
        program.state = ProgramState.FINALISED;
        program.finalisedOn = today;
        program.finalisedBy = officer;
        program.updatedAt = Instant.now();
        List<DomainEvent> events = new ArrayList<>();
        for (Row row : rows) {
            Nomination n = row.nomination();
            n.rank = row.rank();
            n.totalScore = row.total();
            n.winner = row.winner();
            n.result = row.breakdown();
            events.add(NominationEvents.scoresFinalised(program, n));
            history.record(program.id, n.id, HistoryEntry.Action.SCORES_FINALISED, officer, "Rank " + n.rank + ", total "
                    + n.totalScore + (n.won() ? ", winner" : ""));
        }
        outbox.append(events);
        history.record(program.id, null, HistoryEntry.Action.SCORES_FINALISED, officer, rows.size() + " nomination(s) ranked; winners: "
                + String.join(", ", rows.stream().filter(Row::winner).map(r -> r.rank() + ". " + r.nomination().cooperativeName).toList()));
        return program;
    }

    @Transactional
    public AwardProgram announce(UUID programId, String officer) {
        AwardProgram program = programs.lock(programId);
        if (program.state != ProgramState.FINALISED) {
            throw ProblemException.illegalTransition("announce the winners", program.state.name());
        }
        LocalDate today = programs.today();
        if (today.isBefore(program.announcementOn)) {
            throw ProblemException.ruleViolation("The winners cannot be announced yet",
                    List.of("The announcement date is " + program.announcementOn + "; today is " + today + "."));
        }
        program.state = ProgramState.ANNOUNCED;
        program.announcedOn = today;
        program.announcedBy = officer;
        program.updatedAt = Instant.now();
        List<Nomination> winners = winners(programId);
        outbox.append(winners.stream().map(n -> NominationEvents.winnerAnnounced(program, n)).toList());
        history.record(program.id, null, HistoryEntry.Action.WINNERS_ANNOUNCED, officer, winners.size() + " winner(s) announced on " + today);
        return program;
    }

    /** The winners, best first (empty before finalisation). */
    @Transactional
    public List<Nomination> winners(UUID programId) {
        return Nomination.list("programId = ?1 and state = ?2 and winner = true", Sort.ascending("rank"), programId,
                NominationState.SUBMITTED);
    }

    @Transactional
    public Forwarding forward(UUID nominationId, String note, String officer) {
        Nomination nomination = nominations.require(nominationId);
        AwardProgram program = programs.lock(nomination.programId);
        if (program.state != ProgramState.ANNOUNCED) {
            throw ProblemException.illegalTransition("forward a nomination before its winners are announced", program.state.name());
        }
        if (!nomination.won()) {
            throw ProblemException.conflict("Only winners are forwarded; this nomination ranked " + nomination.rank);
        }
        AwardLevel next = program.level.next().orElseThrow(() -> ProblemException.conflict(
                "The " + program.level + " round is the last: there is no round to forward to"));
        nominations.forwarding(nominationId).ifPresent(existing -> {
            throw ProblemException.duplicate("The nomination was forwarded already", existing.id.toString());
        });
        Forwarding forwarding = new Forwarding();
        forwarding.id = UUID.randomUUID();
        forwarding.nominationId = nominationId;
        forwarding.programId = program.id;
        forwarding.cooperativeId = nomination.cooperativeId;
        forwarding.fromLevel = program.level;
        forwarding.toLevel = next;
        forwarding.forwardedOn = programs.today();
        forwarding.forwardedBy = officer;
        forwarding.note = note == null || note.isBlank() ? null : note.strip();
        forwarding.outcome = ForwardingOutcome.PENDING;
        forwarding.createdAt = Instant.now();
        forwarding.updatedAt = forwarding.createdAt;
        forwarding.persist();
        outbox.append(NominationEvents.forwarded(program, nomination, forwarding));
        history.record(program.id, nominationId, HistoryEntry.Action.FORWARDED, officer, "To the " + next + " round"
                + (forwarding.note == null ? "" : ": " + forwarding.note));
        return forwarding;
    }

    @Transactional
    public Forwarding recordOutcome(UUID nominationId, OutcomeRequest request, String officer) {
        Nomination nomination = nominations.require(nominationId);
        AwardProgram program = programs.require(nomination.programId);
        Forwarding forwarding = nominations.forwarding(nominationId)
                .orElseThrow(() -> ProblemException.notFound("Forwarding of nomination", nominationId));
        if (forwarding.outcome != ForwardingOutcome.PENDING) {
            throw ProblemException.illegalTransition("record the outcome again", forwarding.outcome.name());
        }
        if (request.outcome() == ForwardingOutcome.PENDING) {
            throw ProblemException.invalid("outcome", "must be WINNER or NOT_SELECTED");
        }
        if (request.outcome() == ForwardingOutcome.WINNER && request.rank() == null) {
            throw ProblemException.invalid("rank", "is required for a WINNER");
        }
        if (request.outcome() == ForwardingOutcome.NOT_SELECTED && request.rank() != null) {
            throw ProblemException.invalid("rank", "must be empty for NOT_SELECTED");
        }
        if (request.decidedOn().isBefore(forwarding.forwardedOn)) {
            throw ProblemException.invalid("decidedOn", "cannot be before the nomination was forwarded (" + forwarding.forwardedOn + ")");
        }
        forwarding.outcome = request.outcome();
        forwarding.outcomeRank = request.rank();
        forwarding.decidedOn = request.decidedOn();
        forwarding.outcomeNote = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        forwarding.outcomeRecordedBy = officer;
        forwarding.updatedAt = Instant.now();
        List<DomainEvent> events = new ArrayList<>();
        events.add(NominationEvents.outcomeRecorded(program, nomination, forwarding));
        if (forwarding.outcome == ForwardingOutcome.WINNER) {
            events.add(NominationEvents.wonAtNextRound(program, nomination, forwarding, request.decidedOn()));
        }
        outbox.append(events);
        history.record(program.id, nominationId, HistoryEntry.Action.FORWARDING_OUTCOME_RECORDED, officer, forwarding.outcome
                + (forwarding.outcomeRank == null ? "" : " (rank " + forwarding.outcomeRank + ")") + " at the " + forwarding.toLevel
                + " round, decided on " + forwarding.decidedOn + (forwarding.outcomeNote == null ? "" : ": " + forwarding.outcomeNote));
        return forwarding;
    }

    /** What keeps the scores from being finalised: every assigned juror without a conflict scores every juror-scored indicator. */
    List<String> missingScores(AwardProgram program) {
        List<Indicator> jurorIndicators = program.sheet().jurorIndicators();
        if (jurorIndicators.isEmpty()) {
            return List.of();
        }
        List<String> jurors = nominations.jurorsOf(program.id);
        List<String> missing = new ArrayList<>();
        for (Nomination n : activeNominations(program.id)) {
            Set<String> conflicted = conflictedJurors(n.id);
            Set<String> scored = JurorScoreRecord.<JurorScoreRecord>list("nominationId", n.id).stream()
                    .map(s -> s.juror + "|" + s.indicatorCode).collect(Collectors.toSet());
            String who = n.cooperativeName + " (" + n.cooperativeNumber + ")";
            for (Indicator indicator : jurorIndicators) {
                List<String> able = jurors.stream().filter(j -> !conflicted.contains(j)).toList();
                if (able.isEmpty()) {
                    missing.add("No juror without a conflict of interest can score " + indicator.code() + " of " + who + ".");
                    continue;
                }
                for (String juror : able) {
                    if (!scored.contains(juror + "|" + indicator.code())) {
                        missing.add("Juror " + juror + " has not scored " + indicator.code() + " of " + who + ".");
                    }
                }
            }
        }
        return missing;
    }

    private List<Row> live(AwardProgram program) {
        LocalDate asOf = program.assessmentDate();
        int f = StandingRules.latestDueYear(asOf);
        LocalDate today = programs.today();
        Set<String> jurors = new HashSet<>(nominations.jurorsOf(program.id));
        List<Ranking.Entry<Nomination>> entries = new ArrayList<>();
        Map<UUID, List<String>> reasons = new java.util.HashMap<>();
        for (Nomination n : activeNominations(program.id)) {
            CooperativeFacts cooperative = facts.facts(n.cooperativeId).orElseGet(() -> new CooperativeFacts(n.cooperativeId,
                    n.cooperativeNumber, n.cooperativeName, null, LocalDate.MIN, null, List.of(), null));
            reasons.put(n.id, cooperative.jenis() == null ? List.of("The cooperative is no longer in the register's events.")
                    : AwardEligibilityRules.evaluate(cooperative, program.jenis, today).reasons());
            Map<String, List<JurorScore>> byIndicator = JurorScoreRecord.<JurorScoreRecord>list("nominationId", Sort.ascending("juror"), n.id)
                    .stream().filter(s -> jurors.contains(s.juror))
                    .collect(Collectors.groupingBy(s -> s.indicatorCode, Collectors.mapping(JurorScoreRecord::toScore, Collectors.toList())));
            NominationResult result = Scoring.score(program.sheet(),
                    i -> ComputedIndicators.measure(i.kind(), cooperative, f, asOf),
                    i -> byIndicator.getOrDefault(i.code(), List.of()),
                    conflictedJurors(n.id));
            entries.add(new Ranking.Entry<>(n, n.cooperativeNumber, result));
        }
        return Ranking.rank(entries).stream().map(r -> {
            NominationResult result = r.entry().result();
            return new Row(r.rank(), r.entry().item(), result.total(), result.keuanganSubtotal().map(Scoring::shown).orElse(null),
                    r.rank() <= program.winners, result.complete(), ScoreBreakdown.of(result), reasons.get(r.entry().item().id));
        }).toList();
    }

    private Set<String> conflictedJurors(UUID nominationId) {
        return ConflictDeclaration.<ConflictDeclaration>list("nominationId", nominationId).stream().map(c -> c.juror)
                .collect(Collectors.toSet());
    }

    private List<Nomination> activeNominations(UUID programId) {
        return Nomination.list("programId = ?1 and state = ?2", Sort.ascending("id"), programId, NominationState.SUBMITTED);
    }
}
