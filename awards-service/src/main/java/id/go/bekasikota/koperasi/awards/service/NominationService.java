package id.go.bekasikota.koperasi.awards.service;

import id.go.bekasikota.koperasi.awards.domain.AwardEligibility;
import id.go.bekasikota.koperasi.awards.domain.AwardEligibilityRules;
import id.go.bekasikota.koperasi.awards.domain.AwardProgram;
import id.go.bekasikota.koperasi.awards.domain.ConflictDeclaration;
import id.go.bekasikota.koperasi.awards.domain.CooperativeFacts;
import id.go.bekasikota.koperasi.awards.domain.Forwarding;
import id.go.bekasikota.koperasi.awards.domain.HistoryEntry;
import id.go.bekasikota.koperasi.awards.domain.JurorAssignment;
import id.go.bekasikota.koperasi.awards.domain.Nomination;
import id.go.bekasikota.koperasi.awards.domain.NominationState;
import id.go.bekasikota.koperasi.awards.domain.ProgramState;
import id.go.bekasikota.koperasi.platform.outbox.EventOutbox;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Caller;
import id.go.bekasikota.koperasi.platform.security.Roles;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Nominations: eligibility from this service's projections, one per cooperative per program,
 * only inside the window, withdrawal before finalisation; and who may see which.
 */
@ApplicationScoped
public class NominationService {

    private final ProgramService programs;
    private final CooperativeFactsService facts;
    private final EventOutbox outbox;
    private final History history;

    public NominationService(ProgramService programs, CooperativeFactsService facts, EventOutbox outbox, History history) {
        this.programs = programs;
        this.facts = facts;
        this.outbox = outbox;
        this.history = history;
    }

    /** Eligibility as of today; officers and auditors for any cooperative, a cooperative for itself. */
    @Transactional
    public AwardEligibility eligibility(UUID cooperativeId, UUID programId, Caller caller) {
        caller.requireCooperativeOrOffice(cooperativeId);
        AwardProgram program = programs.require(programId);
        CooperativeFacts cooperative = requireCooperative(cooperativeId);
        return AwardEligibilityRules.evaluate(cooperative, program.jenis, programs.today());
    }

    @Transactional
    public Nomination nominate(UUID programId, UUID cooperativeId, String statement, Caller caller) {
        AwardProgram program = programs.lock(programId);
        boolean self = !caller.isOfficer();
        if (self) {
            if (!caller.isCooperative(cooperativeId)) {
                throw ProblemException.forbidden("A cooperative may nominate only itself");
            }
            if (!program.selfNomination) {
                throw ProblemException.forbidden("This program does not accept self-nominations; the office nominates");
            }
        }
        if (program.state != ProgramState.OPEN) {
            throw ProblemException.illegalTransition("nominate for a program", program.state.name());
        }
        LocalDate today = programs.today();
        if (!program.windowOpenOn(today)) {
            throw ProblemException.ruleViolation("The nomination window is closed", List.of(program.nominationsClosedOn != null
                    ? "Nominations were closed on " + program.nominationsClosedOn + "."
                    : "Nominations are accepted from " + program.nominationsOpenOn + " to " + program.nominationsCloseOn
                    + ", not on " + today + "."));
        }
        Nomination.<Nomination>find("programId = ?1 and cooperativeId = ?2 and state = ?3", programId, cooperativeId,
                NominationState.SUBMITTED).firstResultOptional().ifPresent(existing -> {
                    throw ProblemException.duplicate("The cooperative is nominated for this program already", existing.id.toString());
                });
        CooperativeFacts cooperative = requireCooperative(cooperativeId);
        AwardEligibility eligibility = AwardEligibilityRules.evaluate(cooperative, program.jenis, today);
        if (!eligibility.eligible()) {
            throw ProblemException.ruleViolation("The cooperative is not eligible for this award", eligibility.reasons());
        }
        Nomination nomination = new Nomination();
        nomination.id = UUID.randomUUID();
        nomination.programId = programId;
        nomination.cooperativeId = cooperativeId;
        nomination.cooperativeNumber = cooperative.cooperativeNumber();
        nomination.cooperativeName = cooperative.name();
        nomination.state = NominationState.SUBMITTED;
        nomination.statement = statement == null || statement.isBlank() ? null : statement.strip();
        nomination.nominatedBy = caller.subject();
        nomination.nominatedByRole = self ? Roles.COOPERATIVE : Roles.OFFICER;
        nomination.submittedOn = today;
        nomination.eligibility = new ArrayList<>(eligibility.checks());
        nomination.createdAt = Instant.now();
        nomination.updatedAt = nomination.createdAt;
        outbox.append(NominationEvents.submitted(program, nomination));
        nomination.persist();
        history.record(programId, nomination.id, HistoryEntry.Action.NOMINATED, caller.subject(),
                (self ? "Self-nomination of " : "Nomination of ") + nomination.cooperativeName + "; eligible as of " + today);
        return nomination;
    }

    @Transactional
    public Nomination withdraw(UUID nominationId, String reason, Caller caller) {
        Nomination nomination = require(nominationId);
        if (!caller.isOfficer() && !caller.isCooperative(nomination.cooperativeId)) {
            throw ProblemException.forbidden("Only the office or the nominated cooperative may withdraw a nomination");
        }
        AwardProgram program = programs.lock(nomination.programId);
        if (program.state != ProgramState.OPEN) {
            throw ProblemException.illegalTransition("withdraw a nomination once scores are finalised (program " + program.state + ")",
                    program.state.name());
        }
        if (!nomination.active()) {
            throw ProblemException.illegalTransition("withdraw a nomination", nomination.state.name());
        }
        nomination.state = NominationState.WITHDRAWN;
        nomination.withdrawnOn = programs.today();
        nomination.withdrawnBy = caller.subject();
        nomination.withdrawalReason = reason.strip();
        outbox.append(NominationEvents.withdrawn(nomination));
        history.record(program.id, nomination.id, HistoryEntry.Action.WITHDRAWN, caller.subject(), nomination.withdrawalReason);
        return nomination;
    }

    /** A nomination the caller may read: the office all, a cooperative its own, a juror those of its programs without a conflict. */
    @Transactional
    public Nomination readable(UUID nominationId, Caller caller) {
        Nomination nomination = require(nominationId);
        requireReadable(nomination, caller);
        return nomination;
    }

    public void requireReadable(Nomination nomination, Caller caller) {
        if (caller.readsEverything() || caller.isCooperative(nomination.cooperativeId)) {
            return;
        }
        if (caller.is(Roles.JUROR) && programs.isJuror(nomination.programId, caller.subject())
                && !conflicted(nomination.id, caller.subject())) {
            return;
        }
        throw ProblemException.forbidden("This nomination is not yours to see");
    }

    /** The office sees results once finalised; the cooperative once announced; jurors and others never here. */
    public boolean resultVisible(Nomination nomination, Caller caller) {
        if (caller.readsEverything()) {
            return nomination.rank != null;
        }
        return caller.isCooperative(nomination.cooperativeId)
                && programs.find(nomination.programId).map(AwardProgram::announced).orElse(false);
    }

    @Transactional
    public Page<Nomination> list(UUID programId, UUID cooperativeId, NominationState state, PageRequest paging, Caller caller) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (caller.readsEverything()) {
            // the office reads everything
        } else if (caller.cooperativeId().isPresent()) {
            UUID own = caller.cooperativeId().get();
            if (cooperativeId != null && !cooperativeId.equals(own)) {
                throw ProblemException.forbidden("A cooperative sees only its own nominations");
            }
            cooperativeId = own;
        } else if (caller.is(Roles.JUROR)) {
            where.add("programId in (select a.programId from JurorAssignment a where a.juror = :juror)"
                    + " and id not in (select c.nominationId from ConflictDeclaration c where c.juror = :juror)");
            params.and("juror", caller.subject());
        } else {
            throw ProblemException.forbidden("Nominations are for the office, jurors and the nominated cooperatives");
        }
        if (programId != null) {
            where.add("programId = :programId");
            params.and("programId", programId);
        }
        if (cooperativeId != null) {
            where.add("cooperativeId = :cooperativeId");
            params.and("cooperativeId", cooperativeId);
        }
        if (state != null) {
            where.add("state = :state");
            params.and("state", state);
        }
        Sort sort = Sort.descending("submittedOn").and("createdAt", Sort.Direction.Descending).and("id");
        var query = where.isEmpty() ? Nomination.<Nomination>findAll(sort)
                : Nomination.<Nomination>find(String.join(" and ", where), sort, params);
        return Page.of(query.page(paging.page() - 1, paging.size()).list(), paging, query.count());
    }

    public Optional<Forwarding> forwarding(UUID nominationId) {
        return Forwarding.find("nominationId", nominationId).firstResultOptional();
    }

    public Nomination require(UUID nominationId) {
        return Nomination.<Nomination>findByIdOptional(nominationId).orElseThrow(() -> ProblemException.notFound("Nomination", nominationId));
    }

    public boolean conflicted(UUID nominationId, String juror) {
        return ConflictDeclaration.count("nominationId = ?1 and juror = ?2", nominationId, juror) > 0;
    }

    public List<String> jurorsOf(UUID programId) {
        return JurorAssignment.<JurorAssignment>list("programId", programId).stream().map(a -> a.juror).toList();
    }

    private CooperativeFacts requireCooperative(UUID cooperativeId) {
        return facts.facts(cooperativeId).orElseThrow(() -> ProblemException.notFound("Cooperative", cooperativeId));
    }
}
