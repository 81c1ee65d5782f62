package id.go.bekasikota.koperasi.awards.service;

import id.go.bekasikota.koperasi.awards.domain.AwardProgram;
import id.go.bekasikota.koperasi.awards.domain.ConflictDeclaration;
import id.go.bekasikota.koperasi.awards.domain.JurorScoreRecord;
import id.go.bekasikota.koperasi.awards.domain.JurorScoreSet;
import id.go.bekasikota.koperasi.awards.domain.Jury;
import id.go.bekasikota.koperasi.awards.domain.Nomination;
import id.go.bekasikota.koperasi.awards.domain.NominationState;
import id.go.bekasikota.koperasi.awards.domain.ProgramState;
import id.go.bekasikota.koperasi.awards.domain.ScoreEntry;
import id.go.bekasikota.koperasi.platform.http.EntityTags;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Predicate;

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

    /**
     * Saves the juror's scores under the nomination's lock, on the juror's {@link JurorScoreSet} as its form
     * showed it: {@code If-Match} names the set's version (428 without it once the juror has scored this
     * nomination, 412 when another save came first); a first scoring may come without, or with version 0.
     *
     * @return the juror's scores of this nomination as saved, with their new version, and which of them count
     */
    @Transactional
    public Saved score(UUID nominationId, List<ScoreEntry> entries, String ifMatch, Actor actor) {
        NominationService.Locked locked = nominations.lock(nominationId);
        Nomination nomination = locked.nomination();
        Jury jury = programs.jury(locked.program().id);
        List<JurorScoreRecord> added = nomination.score(locked.program(), jury, actor, entries,
                ownScores(nominationId, actor.subject()), current -> requireUnchanged(current, ifMatch), today.now());
        added.forEach(record -> record.persist());
        return new Saved(new JurorScoreSet(ownScores(nominationId, actor.subject())), counting(jury, nomination));
    }

    /** A juror's scores of a nomination as saved, and which of them count ({@link Jury#counts}). */
    public record Saved(JurorScoreSet scores, Predicate<JurorScoreRecord> counts) {
    }

    /** Which scores of the nomination count toward its total: given in the juror's current seat, without a conflict. */
    private static Predicate<JurorScoreRecord> counting(Jury jury, Nomination nomination) {
        return score -> jury.counts(score, nomination.cooperativeId);
    }

    /** Required once there is something to overwrite; where a first scoring names a version, it must be 0. */
    private static void requireUnchanged(JurorScoreSet current, String ifMatch) {
        if (current.versionRequired() || ifMatch != null && !ifMatch.isBlank()) {
            EntityTags.requireMatch(ifMatch, current.version());
        } else {
            EntityTags.requireNoneMatchOfThisRequest(current.version());
        }
    }

    /**
     * The office reads every juror's scores (those of a withdrawn nomination too); a juror its own, with the
     * version of its {@link JurorScoreSet}, which its form saves with.
     */
    @Transactional
    public Scores scores(UUID nominationId, Actor actor, PageRequest paging) {
        Nomination nomination = nominations.readable(nominationId, actor);
        PanacheQuery<JurorScoreRecord> query;
        OptionalLong ownVersion;
        if (actor.readsEverything()) {
            query = JurorScoreRecord.find("nominationId", Sort.ascending("juror").and("indicatorCode").and("id"), nomination.id);
            ownVersion = OptionalLong.empty();
        } else if (actor.role() == ActorRole.JUROR) {
            // The version is read before the page (each statement sees what is committed when it runs): a save
            // between the two can leave it older than the page, and a form saving with it is refused (412), but
            // never newer, which would let a form showing the page overwrite that save unseen.
            ownVersion = OptionalLong.of(new JurorScoreSet(ownScores(nomination.id, actor.subject())).version());
            query = JurorScoreRecord.find("nominationId = ?1 and juror = ?2", Sort.ascending("indicatorCode").and("id"), nomination.id,
                    actor.subject());
        } else {
            throw ProblemException.forbidden(Text.of("awards.forbidden.scores"));
        }
        return new Scores(Page.of(query.page(paging.page() - 1, paging.size()).list(), paging, query.count()), ownVersion,
                counting(programs.jury(nomination.programId), nomination));
    }

    /** A page of scores, for a juror reading its own the version of its score set (none for the office), and which count. */
    public record Scores(Page<JurorScoreRecord> page, OptionalLong ownVersion, Predicate<JurorScoreRecord> counts) {
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
        // A page holds the nominations of a few programs (it is ordered by program): each program's jury is read once.
        Map<UUID, Jury> juries = new HashMap<>();
        for (Nomination n : query.page(paging.page() - 1, paging.size()).list()) {
            AwardProgram program = programs.require(n.programId);
            tasks.add(new Task(n, program, ownScores(n.id, juror), counting(juries.computeIfAbsent(program.id, programs::jury), n)));
        }
        return Page.of(tasks, paging, query.count());
    }

    public record Task(Nomination nomination, AwardProgram program, List<JurorScoreRecord> myScores, Predicate<JurorScoreRecord> counts) {
    }

    private static List<JurorScoreRecord> ownScores(UUID nominationId, String juror) {
        return JurorScoreRecord.list("nominationId = ?1 and juror = ?2", Sort.ascending("indicatorCode"), nominationId, juror);
    }
}
