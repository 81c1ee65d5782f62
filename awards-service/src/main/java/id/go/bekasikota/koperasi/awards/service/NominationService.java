package id.go.bekasikota.koperasi.awards.service;

import id.go.bekasikota.koperasi.awards.domain.AwardEligibility;
import id.go.bekasikota.koperasi.awards.domain.AwardEligibilityRules;
import id.go.bekasikota.koperasi.awards.domain.AwardProgram;
import id.go.bekasikota.koperasi.awards.domain.CooperativeFacts;
import id.go.bekasikota.koperasi.awards.domain.Forwarding;
import id.go.bekasikota.koperasi.awards.domain.HistoryEntry;
import id.go.bekasikota.koperasi.awards.domain.Nomination;
import id.go.bekasikota.koperasi.awards.domain.NominationRules;
import id.go.bekasikota.koperasi.awards.domain.NominationState;
import id.go.bekasikota.koperasi.awards.domain.Subjects;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.outbox.EventOutbox;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.security.ActorRole;
import id.go.bekasikota.koperasi.platform.time.Today;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Nominations: made, withdrawn and read; the rules are the nomination's own, this class loads, saves and publishes. */
@ApplicationScoped
public class NominationService {

    private final ProgramService programs;
    private final CooperativeFactsService facts;
    private final EventOutbox outbox;
    private final Today today;

    public NominationService(ProgramService programs, CooperativeFactsService facts, EventOutbox outbox, Today today) {
        this.programs = programs;
        this.facts = facts;
        this.outbox = outbox;
        this.today = today;
    }

    /** A nomination and its program, both locked and read afresh: changes to a program's nominations queue on the program row. */
    public record Locked(Nomination nomination, AwardProgram program) {
    }

    /** Eligibility as of today; officers and auditors for any cooperative, a cooperative for itself. */
    @Transactional
    public Nominability eligibility(UUID cooperativeId, UUID programId, Actor actor) {
        if (!actor.readsEverything() && !actor.isCooperative(cooperativeId)) {
            throw ProblemException.forbidden(Text.of("awards.forbidden.office-or-own-cooperative"));
        }
        AwardProgram program = programs.require(programId);
        CooperativeFacts cooperative = facts.facts(cooperativeId).orElseThrow(() -> ProblemException.notFound(Subjects.COOPERATIVE, cooperativeId));
        List<Nomination> earlier = Nomination.list("programId = ?1 and cooperativeId = ?2", programId, cooperativeId);
        return new Nominability(AwardEligibilityRules.evaluate(cooperative, program.jenis, today.date()),
                NominationRules.obstacles(program, earlier, actor.role() == ActorRole.COOPERATIVE, today.date()));
    }

    /**
     * Whether the cooperative could be nominated for the program today, by the caller (itself, or the office).
     *
     * @param obstacles what besides eligibility would refuse the nomination ({@link NominationRules})
     */
    public record Nominability(AwardEligibility eligibility, List<Text> obstacles) {

        public boolean nominable() {
            return eligibility.eligible() && obstacles.isEmpty();
        }
    }

    @Transactional
    public Nomination nominate(UUID programId, UUID cooperativeId, String statement, Actor actor) {
        AwardProgram program = programs.lock(programId);
        List<Nomination> earlier = Nomination.list("programId = ?1 and cooperativeId = ?2", Sort.ascending("createdAt").and("id"),
                programId, cooperativeId);
        Nomination nomination = new Nomination();
        var events = nomination.nominate(program, cooperativeId, facts.facts(cooperativeId), earlier, statement, actor,
                today.date(), today.now());
        nomination.persist();
        outbox.append(events);
        return nomination;
    }

    @Transactional
    public Nomination withdraw(UUID nominationId, String reason, Actor actor) {
        Locked locked = lock(nominationId);
        outbox.append(locked.nomination().withdraw(locked.program(), reason, actor, today.date(), today.now()));
        return locked.nomination();
    }

    /** A nomination the caller may read: the office all, a cooperative its own, a juror those of its program without a conflict. */
    @Transactional
    public Nomination readable(UUID nominationId, Actor actor) {
        Nomination nomination = require(nominationId);
        if (!nomination.visibleTo(actor, programs.jury(nomination.programId))) {
            throw ProblemException.forbidden(Text.of("awards.forbidden.not-yours"));
        }
        return nomination;
    }

    @Transactional
    public boolean resultVisible(Nomination nomination, Actor actor) {
        return nomination.resultVisibleTo(actor, programs.require(nomination.programId));
    }

    @Transactional
    public Page<Nomination> list(UUID programId, UUID cooperativeId, NominationState state, PageRequest paging, Actor actor) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (actor.readsEverything()) {
            // the office reads everything
        } else if (actor.role() == ActorRole.COOPERATIVE) {
            if (cooperativeId != null && !actor.isCooperative(cooperativeId)) {
                throw ProblemException.forbidden(Text.of("awards.forbidden.own-nominations"));
            }
            cooperativeId = actor.cooperativeId();
        } else if (actor.role() == ActorRole.JUROR) {
            // A conflict bars the juror from every nomination of that cooperative in that program.
            where.add("n.programId in (select a.programId from JurorAssignment a where a.juror = :juror)"
                    + " and not exists (select c.id from ConflictDeclaration c where c.juror = :juror"
                    + " and c.programId = n.programId and c.cooperativeId = n.cooperativeId)");
            params.and("juror", actor.subject());
        } else {
            throw ProblemException.forbidden(Text.of("awards.forbidden.nominations"));
        }
        if (programId != null) {
            where.add("n.programId = :programId");
            params.and("programId", programId);
        }
        if (cooperativeId != null) {
            where.add("n.cooperativeId = :cooperativeId");
            params.and("cooperativeId", cooperativeId);
        }
        if (state != null) {
            where.add("n.state = :state");
            params.and("state", state);
        }
        Sort sort = Sort.descending("submittedOn").and("createdAt", Sort.Direction.Descending).and("id");
        var query = Nomination.<Nomination>find("from Nomination n" + (where.isEmpty() ? "" : " where " + String.join(" and ", where)),
                sort, params);
        return Page.of(query.page(paging.page() - 1, paging.size()).list(), paging, query.count());
    }

    /** The nomination's trail, oldest first: for the office. */
    @Transactional
    public Page<HistoryEntry> history(UUID nominationId, Actor actor, PageRequest paging) {
        Nomination nomination = readable(nominationId, actor);
        var query = HistoryEntry.<HistoryEntry>find("nominationId", Sort.ascending("sequence"), nomination.id);
        return Page.of(query.page(paging.page() - 1, paging.size()).list(), paging, query.count());
    }

    @Transactional
    public Optional<Forwarding> forwarding(UUID nominationId) {
        return Forwarding.find("nomination.id", nominationId).firstResultOptional();
    }

    public Nomination require(UUID nominationId) {
        return Nomination.<Nomination>findByIdOptional(nominationId).orElseThrow(() -> ProblemException.notFound(Subjects.NOMINATION, nominationId));
    }

    /** Locks the nomination's program, then reads the nomination afresh under that lock. */
    public Locked lock(UUID nominationId) {
        Nomination nomination = require(nominationId);
        AwardProgram program = programs.lock(nomination.programId);
        Nomination.getEntityManager().refresh(nomination);
        return new Locked(nomination, program);
    }
}
