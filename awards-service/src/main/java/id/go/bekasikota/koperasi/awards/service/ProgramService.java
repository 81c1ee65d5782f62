package id.go.bekasikota.koperasi.awards.service;

import id.go.bekasikota.koperasi.awards.domain.AwardProgram;
import id.go.bekasikota.koperasi.awards.domain.ConflictDeclaration;
import id.go.bekasikota.koperasi.awards.domain.HistoryEntry;
import id.go.bekasikota.koperasi.awards.domain.JurorAssignment;
import id.go.bekasikota.koperasi.awards.domain.Jury;
import id.go.bekasikota.koperasi.awards.domain.NominatedDays;
import id.go.bekasikota.koperasi.awards.domain.Nomination;
import id.go.bekasikota.koperasi.awards.domain.ProgramState;
import id.go.bekasikota.koperasi.awards.domain.ProgramTerms;
import id.go.bekasikota.koperasi.awards.domain.Subjects;
import id.go.bekasikota.koperasi.platform.http.EntityTags;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.time.Today;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Award programs: creation, changes while OPEN, early close of the nominations, and the jury. */
@ApplicationScoped
public class ProgramService {

    private final Today today;

    public ProgramService(Today today) {
        this.today = today;
    }

    @Transactional
    public AwardProgram create(ProgramTerms terms, Actor actor) {
        AwardProgram program = new AwardProgram();
        program.create(terms, actor, today.now());
        program.persist();
        return program;
    }

    @Transactional
    public AwardProgram update(UUID id, String ifMatch, ProgramTerms terms, Actor actor) {
        AwardProgram program = lock(id);
        EntityTags.requireMatch(ifMatch, program.version);
        program.change(terms, nominatedDays(id), actor, today.now());
        return program;
    }

    /** The first and last days the program's nominations were made on, withdrawn ones included. */
    private static NominatedDays nominatedDays(UUID programId) {
        Object[] days = Nomination.getEntityManager()
                .createQuery("select min(n.submittedOn), max(n.submittedOn) from Nomination n where n.programId = ?1", Object[].class)
                .setParameter(1, programId).getSingleResult();
        return days[0] == null ? NominatedDays.NONE : new NominatedDays((LocalDate) days[0], (LocalDate) days[1]);
    }

    @Transactional
    public Optional<AwardProgram> find(UUID id) {
        return AwardProgram.findByIdOptional(id);
    }

    public AwardProgram require(UUID id) {
        return AwardProgram.<AwardProgram>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(Subjects.PROGRAM, id));
    }

    /** The program row locked for the rest of the transaction: every change to a program, its jury and its nominations queues on it. */
    public AwardProgram lock(UUID id) {
        return AwardProgram.<AwardProgram>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound(Subjects.PROGRAM, id));
    }

    @Transactional
    public Page<AwardProgram> list(Integer year, ProgramState state, PageRequest paging) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (year != null) {
            where.add("year = :year");
            params.and("year", year.intValue());
        }
        if (state != null) {
            where.add("state = :state");
            params.and("state", state);
        }
        Sort sort = Sort.descending("year").and("name").and("id");
        var query = where.isEmpty() ? AwardProgram.<AwardProgram>findAll(sort)
                : AwardProgram.<AwardProgram>find(String.join(" and ", where), sort, params);
        return Page.of(query.page(paging.page() - 1, paging.size()).list(), paging, query.count());
    }

    @Transactional
    public AwardProgram closeNominations(UUID id, Actor actor) {
        AwardProgram program = lock(id);
        program.closeNominations(actor, today.date(), today.now());
        return program;
    }

    public boolean hasNominations(UUID programId) {
        return Nomination.count("programId", programId) > 0;
    }

    @Transactional
    public JurorAssignment assignJuror(UUID programId, String juror, Actor actor) {
        AwardProgram program = lock(programId);
        JurorAssignment assignment = program.assignJuror(jury(programId), juror, actor, today.now());
        assignment.persist();
        return assignment;
    }

    @Transactional
    public void removeJuror(UUID programId, String juror, Actor actor) {
        AwardProgram program = lock(programId);
        program.removeJuror(jury(programId), juror, actor, today.now()).delete();
    }

    @Transactional
    public List<JurorAssignment> jurors(UUID programId) {
        require(programId);
        return JurorAssignment.list("programId", Sort.ascending("juror"), programId);
    }

    /** The program's jury: its jurors and every conflict of interest declared in it. */
    public Jury jury(UUID programId) {
        return new Jury(programId, JurorAssignment.list("programId", programId), ConflictDeclaration.list("programId", programId));
    }

    /** The trail of the program and of its nominations, oldest first. */
    @Transactional
    public Page<HistoryEntry> history(UUID programId, PageRequest paging) {
        require(programId);
        var query = HistoryEntry.<HistoryEntry>find("programId", Sort.ascending("sequence"), programId);
        return Page.of(query.page(paging.page() - 1, paging.size()).list(), paging, query.count());
    }
}
