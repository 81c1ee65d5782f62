package id.go.bekasikota.koperasi.awards.domain;

import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.contracts.awards.AwardsEventTypes;
import id.go.bekasikota.koperasi.contracts.awards.ForwardingOutcomeRecorded;
import id.go.bekasikota.koperasi.contracts.awards.NominationForwarded;
import id.go.bekasikota.koperasi.contracts.awards.NominationSubmitted;
import id.go.bekasikota.koperasi.contracts.awards.NominationWithdrawn;
import id.go.bekasikota.koperasi.contracts.awards.ScoresFinalised;
import id.go.bekasikota.koperasi.contracts.awards.WinnerAnnounced;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;
import id.go.bekasikota.koperasi.platform.problem.InvalidField;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.security.ActorRole;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A cooperative nominated for an award program. Every change goes through this class: its state
 * moves by {@link NominationAction} only, each change is written to its history, and each method
 * returns the events it causes ({@code awards.nomination.v1}: key = cooperative id, subject =
 * nomination id, {@code aggregateVersion} one more with every event). {@code version} guards
 * concurrent updates.
 */
@Entity
@Table(name = "nomination")
public class Nomination extends PanacheEntityBase {

    @Id
    public UUID id;
    @Version
    public long version;
    /** The aggregate version of the latest event about this nomination. */
    @Column(name = "aggregate_version")
    public long aggregateVersion;
    @Column(name = "program_id")
    public UUID programId;
    @Column(name = "cooperative_id")
    public UUID cooperativeId;
    @Column(name = "cooperative_number")
    public String cooperativeNumber;
    @Column(name = "cooperative_name")
    public String cooperativeName;
    @Enumerated(EnumType.STRING)
    public NominationState state;
    public String statement;
    /** The withdrawn nomination of the same cooperative in the same program this one follows, if it is a re-nomination. */
    @Column(name = "previous_nomination_id")
    public UUID previousNominationId;
    @Column(name = "nominated_by")
    public String nominatedBy;
    @Column(name = "nominated_by_role")
    public String nominatedByRole;
    @Column(name = "submitted_on")
    public LocalDate submittedOn;
    /** Every eligibility check as it stood at the nomination. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<RecordedCheck> eligibility = new ArrayList<>();
    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;
    @Column(name = "withdrawn_by")
    public String withdrawnBy;
    @Column(name = "withdrawal_reason")
    public String withdrawalReason;
    /** Fixed when the program's scores are finalised. */
    public Integer rank;
    @Column(name = "total_score")
    public BigDecimal totalScore;
    public Boolean winner;
    @JdbcTypeCode(SqlTypes.JSON)
    public ScoreBreakdown result;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Set once the winner is forwarded to the next round. */
    @OneToOne(mappedBy = "nomination", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    public Forwarding forwarding;

    /** The nomination's trail; appended to, never read back here. */
    @OneToMany(mappedBy = "nomination", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("sequence")
    public List<HistoryEntry> history = new ArrayList<>();

    /**
     * Nominates a cooperative: by an officer, or by the cooperative itself where the program takes
     * self-nominations; while the program is OPEN; one nomination per cooperative and program at a time; then every
     * rule broken is a reason of one refusal: the window, a third withdrawal ({@link RenominationRule}), each
     * eligibility rule as of today.
     *
     * @param cooperative what this service knows of the cooperative; empty when the register never told it (a 400
     *                    naming {@code cooperativeId})
     * @param earlier     the cooperative's earlier nominations for this program
     */
    public List<DomainEvent> nominate(AwardProgram program, UUID cooperativeId, Optional<CooperativeFacts> cooperative,
                                      List<Nomination> earlier, String statement, Actor actor, LocalDate today, Instant now) {
        boolean self = !actor.isOfficer();
        if (self && !actor.isCooperative(cooperativeId)) {
            throw ProblemException.forbidden(Text.of("awards.forbidden.nominate-itself"));
        }
        if (self && !program.selfNomination) {
            throw ProblemException.forbidden(Text.of("awards.forbidden.no-self-nomination"));
        }
        program.requireOpen(Text.of("awards.action.nominate-for-program"));
        NominationRules.inTheRunning(earlier).ifPresent(existing -> {
            throw ProblemException.duplicate(Text.of("awards.nomination.nominated-already"), existing.id.toString());
        });
        // The body names it: a 400 naming the field, as financing and the registry answer an unknown id in a body.
        CooperativeFacts facts = cooperative.orElseThrow(() -> ProblemException.invalid("cooperativeId", Text.of("awards.field.not-a-cooperative")));
        // Every rule the nomination breaks is a reason of one refusal, the window's first: a closed window does not hide
        // that the cooperative would not be eligible either, nor a third withdrawal.
        List<Object> reasons = new ArrayList<>();
        Text refusal = null;
        Optional<Text> window = NominationRules.window(program, today);
        if (window.isPresent()) {
            reasons.add(window.get());
            refusal = Text.of("awards.nomination.window-closed");
        }
        Optional<Text> renomination = NominationRules.renomination(earlier);
        if (renomination.isPresent()) {
            reasons.add(renomination.get());
            refusal = refusal != null ? refusal : Text.of("awards.nomination.not-again");
        }
        long withdrawn = NominationRules.withdrawals(earlier);
        AwardEligibility checked = AwardEligibilityRules.evaluate(facts, program.jenis, today);
        if (!checked.eligible()) {
            reasons.addAll(checked.reasonTexts());
            refusal = refusal != null ? refusal : Text.of("awards.nomination.not-eligible");
        }
        if (refusal != null) {
            throw ProblemException.ruleViolation(refusal, reasons);
        }
        id = UUID.randomUUID();
        programId = program.id;
        this.cooperativeId = cooperativeId;
        cooperativeNumber = facts.cooperativeNumber();
        cooperativeName = facts.name();
        state = NominationAction.NOMINATE.target();
        this.statement = statement == null || statement.isBlank() ? null : statement.strip();
        previousNominationId = earlier.stream().max(Comparator.comparing((Nomination n) -> n.createdAt)).map(n -> n.id).orElse(null);
        nominatedBy = actor.subject();
        nominatedByRole = self ? ActorRole.COOPERATIVE.label() : ActorRole.OFFICER.label();
        submittedOn = today;
        eligibility = new ArrayList<>(checked.checks().stream().map(RecordedCheck::of).toList());
        createdAt = now;
        record(program, HistoryEntry.Action.NOMINATED, actor, (self ? "Self-nomination of " : "Nomination of ") + cooperativeName
                + (previousNominationId == null ? "" : " again (re-nomination " + withdrawn + " of at most "
                + RenominationRule.MAX_RENOMINATIONS + ", after withdrawal of nomination " + previousNominationId + ")")
                + "; eligible as of " + today, now);
        long v = nextVersion(now);
        return List.of(event(AwardsEventTypes.SUBMITTED, v, new NominationSubmitted(id, program.id, program.year,
                program.category.name(), jenis(program), program.level.name(), cooperativeId, cooperativeNumber, nominatedByRole,
                submittedOn, now, v)));
    }

    /** Withdrawn by the office or the nominated cooperative before the scores are finalised; scores and conflicts stay on record. */
    public List<DomainEvent> withdraw(AwardProgram program, String reason, Actor actor, LocalDate today, Instant now) {
        if (!actor.isOfficer() && !actor.isCooperative(cooperativeId)) {
            throw ProblemException.forbidden(Text.of("awards.forbidden.withdraw"));
        }
        NominationState target = NominationAction.WITHDRAW.from(state);
        state = target;
        withdrawnOn = today;
        withdrawnBy = actor.subject();
        withdrawalReason = reason.strip();
        record(program, HistoryEntry.Action.WITHDRAWN, actor, withdrawalReason, now);
        long v = nextVersion(now);
        return List.of(event(AwardsEventTypes.WITHDRAWN, v, new NominationWithdrawn(id, programId, cooperativeId, withdrawalReason,
                withdrawnOn, now, v)));
    }

    /**
     * A juror of the program declares a conflict of interest with this cooperative while the
     * program is OPEN. It covers every nomination of the cooperative in the program, earlier and
     * later; the declaration is returned for saving.
     */
    public ConflictDeclaration declareConflict(AwardProgram program, Jury jury, Actor actor, String reason, Instant now) {
        String juror = requireJuror(jury, actor);
        program.requireOpen(Text.of("awards.action.declare-conflict"));
        jury.conflict(juror, cooperativeId).ifPresent(existing -> {
            throw ProblemException.duplicate(Text.of("awards.nomination.conflict-declared"),
                    existing.id.toString());
        });
        ConflictDeclaration declaration = ConflictDeclaration.of(this, juror, reason.strip(), now);
        record(program, HistoryEntry.Action.CONFLICT_DECLARED, actor, declaration.reason, now);
        return declaration;
    }

    /**
     * A juror of the program without a conflict scores some or all JUROR indicators of the sheet
     * while the program is OPEN and the nomination in the running; each score replaces the juror's
     * earlier one (the history keeps the value it replaced).
     *
     * @param current the juror's current scores of this nomination
     * @param precondition checks the juror's {@link JurorScoreSet} as it stands (the service's {@code If-Match}); run
     *                     once the request is otherwise allowed, so that a refused juror or a finalised program is
     *                     answered as such, and before any score or history entry changes, so that its refusal
     *                     writes nothing
     * @return the scores given for the first time, for saving (revised ones are changed in place)
     */
    public List<JurorScoreRecord> score(AwardProgram program, Jury jury, Actor actor, List<ScoreEntry> entries,
                                        List<JurorScoreRecord> current, Consumer<JurorScoreSet> precondition, Instant now) {
        String juror = requireJuror(jury, actor);
        if (jury.conflicted(juror, cooperativeId)) {
            throw ProblemException.forbidden(Text.of("awards.forbidden.conflicted"));
        }
        program.requireOpen(Text.of("awards.action.score"));
        if (state != NominationState.SUBMITTED) {
            throw ProblemException.illegalTransition(Text.of("awards.action.score-nomination"), state.name());
        }
        requireJurorIndicators(program.sheet(), entries);
        List<JurorScoreRecord> own = current.stream().filter(r -> r.juror.equals(juror)).toList();
        precondition.accept(new JurorScoreSet(own));
        Map<String, JurorScoreRecord> byCode = new java.util.HashMap<>();
        own.forEach(r -> byCode.put(r.indicatorCode, r));
        List<JurorScoreRecord> added = new ArrayList<>();
        for (ScoreEntry entry : entries) {
            String code = entry.indicatorCode().strip();
            JurorScoreRecord record = byCode.get(code);
            String before = record == null ? "" : record.score + " -> ";
            if (record == null) {
                record = JurorScoreRecord.first(id, juror, code);
                byCode.put(code, record);
                added.add(record);
            }
            String comment = entry.comment() == null || entry.comment().isBlank() ? null : entry.comment().strip();
            record.revise(entry.score(), comment, jury.assignment(juror).orElseThrow().id, now);
            record(program, HistoryEntry.Action.SCORED, actor, code + ": " + before + record.score
                    + (comment == null ? "" : " (" + comment + ")"), now);
        }
        return added;
    }

    /** Keeps its placing when the program's scores are finalised (called by the program). */
    DomainEvent rank(AwardProgram program, Placing placing, Actor actor, Instant now) {
        state = NominationAction.RANK.from(state);
        rank = placing.rank();
        totalScore = placing.total();
        winner = placing.winner();
        result = placing.breakdown();
        record(program, HistoryEntry.Action.SCORES_FINALISED, actor, "Rank " + rank + ", total " + totalScore
                + (won() ? ", winner" : ""), now);
        long v = nextVersion(now);
        return event(AwardsEventTypes.SCORES_FINALISED, v, new ScoresFinalised(id, program.id, program.year, program.category.name(),
                jenis(program), program.level.name(), cooperativeId, cooperativeNumber, rank, totalScore, won(), program.finalisedOn,
                now, v));
    }

    /** The winner's announcement, for the registry's award history (called by the program). */
    DomainEvent announceWin(AwardProgram program, Instant now) {
        if (!state.ranked() || !won()) {
            throw new IllegalStateException("Nomination " + id + " is not a ranked winner (" + state + ")");
        }
        long v = nextVersion(now);
        return event(AwardsEventTypes.WINNER_ANNOUNCED, v, new WinnerAnnounced(program.id, program.year, program.category.name(),
                program.level.name(), cooperativeId, cooperativeNumber, rank, totalScore, program.announcedOn, id, jenis(program), now, v));
    }

    /**
     * An announced winner goes to the next round (CITY to PROVINCE, PROVINCE to NATIONAL), once, while its
     * cooperative would still be given the award (422 with the reasons otherwise: a loan defaulted or a
     * dissolution since).
     *
     * @param ineligibleReasons {@link AwardEligibilityRules#atAward}'s reasons as of today; empty when eligible
     */
    public List<DomainEvent> forward(AwardProgram program, String note, List<String> ineligibleReasons, Actor actor, LocalDate today,
                                     Instant now) {
        if (!program.announced()) {
            throw ProblemException.illegalTransition(Text.of("awards.action.forward-winner"), program.state.name());
        }
        if (!won()) {
            throw ProblemException.conflict(rank == null
                    ? Text.of("awards.nomination.only-winners") : Text.of("awards.nomination.only-winners-ranked", rank));
        }
        AwardLevel next = program.level.next().orElseThrow(() -> ProblemException.conflict(
                Text.of("awards.nomination.last-round", program.level)));
        if (!ineligibleReasons.isEmpty()) {
            throw ProblemException.ruleViolation(Text.of("awards.nomination.not-eligible-to-forward"), ineligibleReasons);
        }
        state = NominationAction.FORWARD.from(state);
        Forwarding f = new Forwarding();
        f.id = UUID.randomUUID();
        f.nomination = this;
        f.programId = programId;
        f.cooperativeId = cooperativeId;
        f.fromLevel = program.level;
        f.toLevel = next;
        f.forwardedOn = today;
        f.forwardedBy = actor.subject();
        f.note = note == null || note.isBlank() ? null : note.strip();
        f.outcome = ForwardingOutcome.PENDING;
        f.createdAt = now;
        f.updatedAt = now;
        forwarding = f;
        record(program, HistoryEntry.Action.FORWARDED, actor, "To the " + next + " round" + (f.note == null ? "" : ": " + f.note), now);
        long v = nextVersion(now);
        return List.of(event(AwardsEventTypes.FORWARDED, v, new NominationForwarded(f.id, id, program.id, program.year,
                program.category.name(), jenis(program), f.fromLevel.name(), f.toLevel.name(), cooperativeId, cooperativeNumber, rank,
                totalScore, f.forwardedOn, now, v)));
    }

    /**
     * The next round's decision, once: WINNER (with its rank there) or NOT_SELECTED. A win there is
     * also a {@code winner-announced} event at that level (no total: that round scored it).
     */
    public List<DomainEvent> recordOutcome(AwardProgram program, ForwardingDecision decision, Actor actor, Instant now) {
        // Out of turn (never forwarded, or decided already) is a 409 naming the state, as every move out of turn is; a
        // FORWARDED nomination has its forwarding.
        NominationState target = NominationAction.RECORD_OUTCOME.from(state);
        if (decision.outcome() == ForwardingOutcome.PENDING) {
            throw ProblemException.invalid("outcome", Text.of("awards.field.outcome"));
        }
        if (decision.outcome() == ForwardingOutcome.WINNER && decision.rank() == null) {
            throw ProblemException.invalid("rank", Text.of("awards.field.rank-required"));
        }
        if (decision.outcome() == ForwardingOutcome.NOT_SELECTED && decision.rank() != null) {
            throw ProblemException.invalid("rank", Text.of("awards.field.rank-empty"));
        }
        if (decision.decidedOn().isBefore(forwarding.forwardedOn)) {
            throw ProblemException.invalid("decidedOn", Text.of("awards.field.before-forwarded", forwarding.forwardedOn));
        }
        state = target;
        Forwarding f = forwarding;
        f.outcome = decision.outcome();
        f.outcomeRank = decision.rank();
        f.decidedOn = decision.decidedOn();
        f.outcomeNote = decision.note() == null || decision.note().isBlank() ? null : decision.note().strip();
        f.outcomeRecordedBy = actor.subject();
        f.updatedAt = now;
        record(program, HistoryEntry.Action.FORWARDING_OUTCOME_RECORDED, actor, f.outcome
                + (f.outcomeRank == null ? "" : " (rank " + f.outcomeRank + ")") + " at the " + f.toLevel
                + " round, decided on " + f.decidedOn + (f.outcomeNote == null ? "" : ": " + f.outcomeNote), now);
        List<DomainEvent> events = new ArrayList<>();
        long v = nextVersion(now);
        events.add(event(AwardsEventTypes.FORWARDING_OUTCOME_RECORDED, v, new ForwardingOutcomeRecorded(f.id, id, program.id,
                program.year, program.category.name(), f.toLevel.name(), cooperativeId, f.outcome.name(), f.outcomeRank, f.decidedOn,
                f.outcomeNote, now, v)));
        if (f.outcome == ForwardingOutcome.WINNER) {
            long w = nextVersion(now);
            events.add(event(AwardsEventTypes.WINNER_ANNOUNCED, w, new WinnerAnnounced(program.id, program.year,
                    program.category.name(), f.toLevel.name(), cooperativeId, cooperativeNumber, f.outcomeRank, null, f.decidedOn, id,
                    jenis(program), now, w)));
        }
        return events;
    }

    /** The office reads every nomination, a cooperative its own, a juror those of its program without a conflict with the cooperative. */
    public boolean visibleTo(Actor actor, Jury jury) {
        return actor.readsEverything() || actor.isCooperative(cooperativeId) || jury.admits(actor, cooperativeId);
    }

    /** The result shows to the office once ranked, to the cooperative once its program is announced; to nobody else here. */
    public boolean resultVisibleTo(Actor actor, AwardProgram program) {
        if (actor.readsEverything()) {
            return rank != null;
        }
        return actor.isCooperative(cooperativeId) && program.announced();
    }

    public boolean won() {
        return Boolean.TRUE.equals(winner);
    }

    private String requireJuror(Jury jury, Actor actor) {
        if (actor.role() != ActorRole.JUROR || !jury.isJuror(actor.subject())) {
            throw ProblemException.forbidden(Text.of("awards.forbidden.not-a-juror"));
        }
        return actor.subject();
    }

    /** Jurors score only the sheet's JUROR indicators, each once per request (400 naming each entry at fault). */
    private static void requireJurorIndicators(ScoringSheet sheet, List<ScoreEntry> entries) {
        List<InvalidField> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String code = entries.get(i).indicatorCode().strip();
            Optional<Indicator> indicator = sheet.indicator(code);
            if (indicator.isEmpty()) {
                errors.add(InvalidField.of("scores[" + i + "].indicatorCode", "awards.field.not-an-indicator"));
            } else if (!indicator.get().jurorScored()) {
                errors.add(InvalidField.of("scores[" + i + "].indicatorCode", "awards.field.computed-indicator",
                        String.join(", ", sheet.jurorIndicators().stream().map(Indicator::code).toList())));
            } else if (!seen.add(code)) {
                errors.add(InvalidField.of("scores[" + i + "].indicatorCode", "awards.field.scored-twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    private void record(AwardProgram program, HistoryEntry.Action action, Actor actor, String detail, Instant now) {
        history.add(HistoryEntry.of(program, this, action, actor, detail, now));
    }

    /** The aggregate version of the next event about this nomination. */
    private long nextVersion(Instant now) {
        updatedAt = now;
        return ++aggregateVersion;
    }

    private DomainEvent event(String type, long aggregateVersion, Object data) {
        return new DomainEvent(Topics.AWARDS_NOMINATION, type, AwardsEventTypes.AGGREGATE_TYPE, id.toString(), aggregateVersion,
                cooperativeId.toString(), data);
    }

    private static String jenis(AwardProgram program) {
        return program.jenis == null ? null : program.jenis.name();
    }
}
