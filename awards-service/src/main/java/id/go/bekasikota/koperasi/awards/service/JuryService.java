package id.go.bekasikota.koperasi.awards.service;

import id.go.bekasikota.koperasi.awards.domain.AwardProgram;
import id.go.bekasikota.koperasi.awards.domain.ConflictDeclaration;
import id.go.bekasikota.koperasi.awards.domain.HistoryEntry;
import id.go.bekasikota.koperasi.awards.domain.Indicator;
import id.go.bekasikota.koperasi.awards.domain.JurorScoreRecord;
import id.go.bekasikota.koperasi.awards.domain.Nomination;
import id.go.bekasikota.koperasi.awards.domain.ProgramState;
import id.go.bekasikota.koperasi.awards.rest.dto.ScoresRequest;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Caller;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The jury's work: conflicts of interest and scores, revisable until the program is finalised. */
@ApplicationScoped
public class JuryService {

    private final ProgramService programs;
    private final NominationService nominations;
    private final History history;

    public JuryService(ProgramService programs, NominationService nominations, History history) {
        this.programs = programs;
        this.nominations = nominations;
        this.history = history;
    }

    @Transactional
    public ConflictDeclaration declareConflict(UUID nominationId, String reason, Caller caller) {
        Nomination nomination = nominations.require(nominationId);
        AwardProgram program = programs.lock(nomination.programId);
        requireJurorOf(program, caller);
        if (program.state != ProgramState.OPEN) {
            throw ProblemException.illegalTransition("declare a conflict once scores are finalised", program.state.name());
        }
        ConflictDeclaration.<ConflictDeclaration>find("nominationId = ?1 and juror = ?2", nominationId, caller.subject())
                .firstResultOptional().ifPresent(existing -> {
                    throw ProblemException.duplicate("You declared a conflict with this nomination already", existing.id.toString());
                });
        ConflictDeclaration declaration = new ConflictDeclaration();
        declaration.id = UUID.randomUUID();
        declaration.nominationId = nominationId;
        declaration.juror = caller.subject();
        declaration.reason = reason.strip();
        declaration.declaredAt = Instant.now();
        declaration.persist();
        history.record(program.id, nominationId, HistoryEntry.Action.CONFLICT_DECLARED, declaration.juror, declaration.reason);
        return declaration;
    }

    @Transactional
    public List<ConflictDeclaration> conflicts(UUID nominationId, Caller caller) {
        Nomination nomination = nominations.require(nominationId);
        if (!caller.readsEverything()) {
            throw ProblemException.forbidden("Conflicts of interest are for the office to read");
        }
        return ConflictDeclaration.list("nominationId", Sort.ascending("declaredAt").and("juror"), nomination.id);
    }

    @Transactional
    public List<JurorScoreRecord> score(UUID nominationId, ScoresRequest request, Caller caller) {
        Nomination nomination = nominations.require(nominationId);
        AwardProgram program = programs.lock(nomination.programId);
        String juror = requireJurorOf(program, caller);
        if (nominations.conflicted(nominationId, juror)) {
            throw ProblemException.forbidden("You declared a conflict of interest with this nomination: you may not score it");
        }
        if (program.state != ProgramState.OPEN) {
            throw ProblemException.illegalTransition("score once the program's scores are finalised", program.state.name());
        }
        if (!nomination.active()) {
            throw ProblemException.illegalTransition("score a nomination", nomination.state.name());
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.scores().size(); i++) {
            String code = request.scores().get(i).indicatorCode().strip();
            var indicator = program.sheet().indicator(code);
            if (indicator.isEmpty()) {
                errors.add(new Problem.FieldError("scores[" + i + "].indicatorCode", "is not an indicator of the program's sheet"));
            } else if (!indicator.get().jurorScored()) {
                errors.add(new Problem.FieldError("scores[" + i + "].indicatorCode", "is a COMPUTED indicator; jurors score only "
                        + String.join(", ", program.sheet().jurorIndicators().stream().map(Indicator::code).toList())));
            } else if (!seen.add(code)) {
                errors.add(new Problem.FieldError("scores[" + i + "].indicatorCode", "is scored twice in this request"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Instant now = Instant.now();
        for (ScoresRequest.Item item : request.scores()) {
            String code = item.indicatorCode().strip();
            JurorScoreRecord record = JurorScoreRecord.<JurorScoreRecord>find("nominationId = ?1 and juror = ?2 and indicatorCode = ?3",
                    nominationId, juror, code).firstResultOptional().orElse(null);
            boolean isNew = record == null;
            String before = isNew ? "" : record.score + " -> ";
            if (isNew) {
                record = new JurorScoreRecord();
                record.id = UUID.randomUUID();
                record.nominationId = nominationId;
                record.juror = juror;
                record.indicatorCode = code;
            }
            record.score = item.score();
            record.comment = item.comment() == null || item.comment().isBlank() ? null : item.comment().strip();
            record.revision++;
            record.scoredAt = now;
            if (isNew) {
                record.persist();
            }
            history.record(program.id, nominationId, HistoryEntry.Action.SCORED, juror, code + ": " + before + record.score
                    + (record.comment == null ? "" : " (" + record.comment + ")"));
        }
        return JurorScoreRecord.list("nominationId = ?1 and juror = ?2", Sort.ascending("indicatorCode"), nominationId, juror);
    }

    /** The office reads every juror's scores; a juror its own. */
    @Transactional
    public List<JurorScoreRecord> scores(UUID nominationId, Caller caller) {
        Nomination nomination = nominations.readable(nominationId, caller);
        if (caller.readsEverything()) {
            return JurorScoreRecord.list("nominationId", Sort.ascending("juror").and("indicatorCode"), nomination.id);
        }
        if (!caller.is(id.go.bekasikota.koperasi.platform.security.Roles.JUROR)) {
            throw ProblemException.forbidden("Scores are for the office and the jurors");
        }
        return JurorScoreRecord.list("nominationId = ?1 and juror = ?2", Sort.ascending("indicatorCode"), nomination.id,
                caller.subject());
    }

    /** Nominations of the juror's programs without a conflict, active, in programs still OPEN. */
    @Transactional
    public List<Task> tasks(Caller caller) {
        String juror = caller.subject();
        List<Nomination> open = Nomination.list("state = ?1 and programId in (select a.programId from JurorAssignment a where a.juror = ?2)"
                        + " and programId in (select p.id from AwardProgram p where p.state = ?3)"
                        + " and id not in (select c.nominationId from ConflictDeclaration c where c.juror = ?2)",
                Sort.ascending("programId").and("cooperativeNumber").and("id"),
                id.go.bekasikota.koperasi.awards.domain.NominationState.SUBMITTED, juror, ProgramState.OPEN);
        List<Task> tasks = new ArrayList<>();
        for (Nomination n : open) {
            AwardProgram program = programs.require(n.programId);
            tasks.add(new Task(n, program, JurorScoreRecord.list("nominationId = ?1 and juror = ?2", Sort.ascending("indicatorCode"),
                    n.id, juror)));
        }
        return tasks;
    }

    public record Task(Nomination nomination, AwardProgram program, List<JurorScoreRecord> myScores) {
    }

    private String requireJurorOf(AwardProgram program, Caller caller) {
        if (!programs.isJuror(program.id, caller.subject())) {
            throw ProblemException.forbidden("You are not a juror of this program");
        }
        return caller.subject();
    }
}
