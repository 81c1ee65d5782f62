package id.go.bekasikota.koperasi.awards.service;

import id.go.bekasikota.koperasi.awards.domain.AwardProgram;
import id.go.bekasikota.koperasi.awards.domain.HistoryEntry;
import id.go.bekasikota.koperasi.awards.domain.Indicator;
import id.go.bekasikota.koperasi.awards.domain.JurorAssignment;
import id.go.bekasikota.koperasi.awards.domain.Nomination;
import id.go.bekasikota.koperasi.awards.domain.ProgramState;
import id.go.bekasikota.koperasi.awards.domain.ScoringSheet;
import id.go.bekasikota.koperasi.awards.mapping.AwardsMapper;
import id.go.bekasikota.koperasi.awards.rest.dto.AwardProgramRequest;
import id.go.bekasikota.koperasi.platform.http.EntityTags;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Award programs: creation, changes while OPEN (the sheet frozen once nominated), and the jury. */
@ApplicationScoped
public class ProgramService {

    private final Clock clock;
    private final AwardsMapper mapper;
    private final History history;

    public ProgramService(Clock clock, AwardsMapper mapper, History history) {
        this.clock = clock;
        this.mapper = mapper;
        this.history = history;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    public AwardProgram create(AwardProgramRequest request, String officer) {
        AwardProgram program = new AwardProgram();
        program.id = UUID.randomUUID();
        program.state = ProgramState.OPEN;
        program.createdBy = officer;
        program.createdAt = Instant.now();
        apply(program, request, true);
        program.persist();
        history.record(program.id, null, HistoryEntry.Action.PROGRAM_CREATED, officer, program.name);
        return program;
    }

    @Transactional
    public AwardProgram update(UUID id, String ifMatch, AwardProgramRequest request, String officer) {
        AwardProgram program = lock(id);
        EntityTags.requireMatch(ifMatch, program.version);
        if (program.state != ProgramState.OPEN) {
            throw ProblemException.illegalTransition("change a program", program.state.name());
        }
        apply(program, request, !hasNominations(id));
        history.record(program.id, null, HistoryEntry.Action.PROGRAM_CHANGED, officer, "Window " + program.nominationsOpenOn + " to "
                + program.nominationsCloseOn + ", announcement " + program.announcementOn + ", " + program.winners + " winner(s)");
        return program;
    }

    @Transactional
    public Optional<AwardProgram> find(UUID id) {
        return AwardProgram.findByIdOptional(id);
    }

    public AwardProgram require(UUID id) {
        return AwardProgram.<AwardProgram>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Award program", id));
    }

    /** The program row locked for the rest of the transaction: nominations, finalisation and announcement queue on it. */
    public AwardProgram lock(UUID id) {
        return AwardProgram.<AwardProgram>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Award program", id));
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

    /** Closes the nominations before the window's end (e.g. all candidates are in); the jury's figures are then measured as of today. */
    @Transactional
    public AwardProgram closeNominations(UUID id, String officer) {
        AwardProgram program = lock(id);
        if (program.state != ProgramState.OPEN) {
            throw ProblemException.illegalTransition("close the nominations", program.state.name());
        }
        LocalDate today = today();
        if (program.nominationsOver(today)) {
            throw ProblemException.conflict("The nominations are closed already (window " + program.nominationsOpenOn + " to "
                    + program.nominationsCloseOn + (program.nominationsClosedOn == null ? "" : ", closed on " + program.nominationsClosedOn) + ")");
        }
        if (today.isBefore(program.nominationsOpenOn)) {
            throw ProblemException.conflict("The nomination window opens on " + program.nominationsOpenOn + "; nothing to close yet");
        }
        program.nominationsClosedOn = today;
        program.updatedAt = Instant.now();
        history.record(program.id, null, HistoryEntry.Action.NOMINATIONS_CLOSED, officer, "Closed early on " + today
                + " (window to " + program.nominationsCloseOn + ")");
        return program;
    }

    public boolean hasNominations(UUID programId) {
        return Nomination.count("programId", programId) > 0;
    }

    @Transactional
    public JurorAssignment assignJuror(UUID programId, String juror, String officer) {
        AwardProgram program = lock(programId);
        if (program.state != ProgramState.OPEN) {
            throw ProblemException.illegalTransition("assign a juror", program.state.name());
        }
        String subject = juror.strip();
        JurorAssignment.<JurorAssignment>find("programId = ?1 and juror = ?2", programId, subject).firstResultOptional()
                .ifPresent(existing -> {
                    throw ProblemException.duplicate("Juror " + subject + " is assigned to this program already", existing.id.toString());
                });
        JurorAssignment assignment = new JurorAssignment();
        assignment.id = UUID.randomUUID();
        assignment.programId = programId;
        assignment.juror = subject;
        assignment.assignedBy = officer;
        assignment.assignedAt = Instant.now();
        assignment.persist();
        history.record(programId, null, HistoryEntry.Action.JUROR_ASSIGNED, officer, subject);
        return assignment;
    }

    @Transactional
    public void removeJuror(UUID programId, String juror, String officer) {
        AwardProgram program = lock(programId);
        if (program.state != ProgramState.OPEN) {
            throw ProblemException.illegalTransition("remove a juror", program.state.name());
        }
        if (JurorAssignment.delete("programId = ?1 and juror = ?2", programId, juror) == 0) {
            throw ProblemException.notFound("Juror", juror + " of program " + programId);
        }
        history.record(programId, null, HistoryEntry.Action.JUROR_REMOVED, officer, juror + " (their scores no longer count)");
    }

    @Transactional
    public List<JurorAssignment> jurors(UUID programId) {
        require(programId);
        return JurorAssignment.list("programId", Sort.ascending("juror"), programId);
    }

    public boolean isJuror(UUID programId, String juror) {
        return JurorAssignment.count("programId = ?1 and juror = ?2", programId, juror) > 0;
    }

    private void apply(AwardProgram program, AwardProgramRequest request, boolean sheetEditable) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.category().perJenis() && request.jenis() == null) {
            errors.add(new Problem.FieldError("jenis", "is required for a " + request.category() + " program"));
        }
        if (!request.category().perJenis() && request.jenis() != null) {
            errors.add(new Problem.FieldError("jenis", "must be empty for a " + request.category() + " program"));
        }
        if (request.nominationsCloseOn().isBefore(request.nominationsOpenOn())) {
            errors.add(new Problem.FieldError("nominationsCloseOn", "must be on or after nominationsOpenOn"));
        }
        LocalDate announcement = request.announcementOn() != null ? request.announcementOn()
                : LocalDate.of(request.year(), Month.JULY, 12);
        if (announcement.isBefore(request.nominationsCloseOn())) {
            errors.add(new Problem.FieldError(request.announcementOn() != null ? "announcementOn" : "nominationsCloseOn",
                    "the announcement (" + announcement + ") cannot come before the nomination window closes"));
        }
        List<Indicator> indicators = request.scoringSheet().stream().map(mapper::toIndicator).toList();
        new ScoringSheet(indicators).violations("scoringSheet")
                .forEach(v -> errors.add(new Problem.FieldError(v.field(), v.message())));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (!sheetEditable && (!new ScoringSheet(indicators).sameAs(program.sheet()) || program.year != request.year()
                || program.category != request.category() || program.jenis != request.jenis() || program.level != request.level())) {
            throw ProblemException.conflict("Nominations exist for this program: its scoring sheet, year, category, jenis and level"
                    + " are frozen (the window, announcement date, number of winners, name and self-nomination may still change)");
        }
        program.year = request.year();
        program.name = request.name().strip();
        program.category = request.category();
        program.jenis = request.jenis();
        program.level = request.level();
        program.nominationsOpenOn = request.nominationsOpenOn();
        program.nominationsCloseOn = request.nominationsCloseOn();
        program.announcementOn = announcement;
        program.selfNomination = Boolean.TRUE.equals(request.selfNomination());
        program.winners = request.winners();
        program.scoringSheet = new ArrayList<>(indicators);
        program.updatedAt = Instant.now();
    }
}
