package id.go.bekasikota.koperasi.awards.service;

import id.go.bekasikota.koperasi.awards.domain.AwardProgram;
import id.go.bekasikota.koperasi.awards.domain.ConflictDeclaration;
import id.go.bekasikota.koperasi.awards.domain.JurorScoreRecord;
import id.go.bekasikota.koperasi.awards.domain.Nomination;
import id.go.bekasikota.koperasi.awards.domain.NominationState;
import id.go.bekasikota.koperasi.awards.domain.ProgramState;
import id.go.bekasikota.koperasi.awards.domain.ScoreEntry;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.security.ActorRole;
import id.go.bekasikota.koperasi.platform.time.Today;
import io.quarkus.panache.common.Sort;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The jury's work: conflicts of interest and scores, revisable until the program is finalised. */
@ApplicationScoped
public class JuryService {

    private final ProgramService programs;
    private final NominationService nominations;
    private final Today today;

    public JuryService(ProgramService programs, NominationService nominations, Today today) {
        this.programs = programs;
        this.nominations = nominations;
        this.today = today;
    }

    @Transactional
    public ConflictDeclaration declareConflict(UUID nominationId, String reason, Actor actor) {
        NominationService.Locked locked = nominations.lock(nominationId);
        ConflictDeclaration declaration = locked.nomination().declareConflict(locked.program(), programs.jury(locked.program().id),
                actor, reason, today.now());
        declaration.persist();
        return declaration;
    }

    /** The declarations about the nomination's cooperative in its program, whichever nomination they were declared on. */
    @Transactional
    public Page<ConflictDeclaration> conflicts(UUID nominationId, Actor actor, PageRequest paging) {
        Nomination nomination = nominations.require(nominationId);
        if (!actor.readsEverything()) {
            throw ProblemException.forbidden(Text.of("awards.forbidden.conflicts"));
        }
        // As Jury.conflictsWith orders them: oldest first, then by juror (one declaration per juror, cooperative and program).
        var query = ConflictDeclaration.<ConflictDeclaration>find("programId = ?1 and cooperativeId = ?2",
                Sort.ascending("declaredAt").and("juror"), nomination.programId, nomination.cooperativeId);
        return Page.of(query.page(paging.page() - 1, paging.size()).list(), paging, query.count());
    }

    @Transactional
    public List<JurorScoreRecord> score(UUID nominationId, List<ScoreEntry> entries, Actor actor) {
        NominationService.Locked locked = nominations.lock(nominationId);
        Nomination nomination = locked.nomination();
        List<JurorScoreRecord> added = nomination.score(locked.program(), programs.jury(locked.program().id), actor, entries,
                ownScores(nominationId, actor.subject()), today.now());
        added.forEach(record -> record.persist());
        return ownScores(nominationId, actor.subject());
    }

    /** The office reads every juror's scores (those of a withdrawn nomination too); a juror its own. */
    @Transactional
    public Page<JurorScoreRecord> scores(UUID nominationId, Actor actor, PageRequest paging) {
        Nomination nomination = nominations.readable(nominationId, actor);
        PanacheQuery<JurorScoreRecord> query;
        if (actor.readsEverything()) {
            query = JurorScoreRecord.find("nominationId", Sort.ascending("juror").and("indicatorCode").and("id"), nomination.id);
        } else if (actor.role() == ActorRole.JUROR) {
            query = JurorScoreRecord.find("nominationId = ?1 and juror = ?2", Sort.ascending("indicatorCode").and("id"), nomination.id,
                    actor.subject());
        } else {
            throw ProblemException.forbidden(Text.of("awards.forbidden.scores"));
        }
        return Page.of(query.page(paging.page() - 1, paging.size()).list(), paging, query.count());
    }

    /** Nominations in the running of the juror's OPEN programs, except those of cooperatives it declared a conflict with. */
    @Transactional
    public Page<Task> tasks(Actor actor, PageRequest paging) {
        String juror = actor.subject();
        PanacheQuery<Nomination> query = Nomination.find("from Nomination n where n.state = ?1"
                        + " and n.programId in (select a.programId from JurorAssignment a where a.juror = ?2)"
                        + " and n.programId in (select p.id from AwardProgram p where p.state = ?3)"
                        + " and not exists (select c.id from ConflictDeclaration c where c.juror = ?2"
                        + " and c.programId = n.programId and c.cooperativeId = n.cooperativeId)",
                Sort.ascending("programId").and("cooperativeNumber").and("id"), NominationState.SUBMITTED, juror, ProgramState.OPEN);
        List<Task> tasks = new ArrayList<>();
        for (Nomination n : query.page(paging.page() - 1, paging.size()).list()) {
            AwardProgram program = programs.require(n.programId);
            tasks.add(new Task(n, program, ownScores(n.id, juror)));
        }
        return Page.of(tasks, paging, query.count());
    }

    public record Task(Nomination nomination, AwardProgram program, List<JurorScoreRecord> myScores) {
    }

    private static List<JurorScoreRecord> ownScores(UUID nominationId, String juror) {
        return JurorScoreRecord.list("nominationId = ?1 and juror = ?2", Sort.ascending("indicatorCode"), nominationId, juror);
    }
}
