package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.domain.Cooperative;
import id.go.bekasikota.koperasi.registry.domain.ReactivationCase;
import id.go.bekasikota.koperasi.registry.domain.ReactivationVisit;
import id.go.bekasikota.koperasi.registry.domain.StandingFacts;
import id.go.bekasikota.koperasi.registry.domain.Subjects;
import id.go.bekasikota.koperasi.registry.repository.ActivationTallies;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reactivation of dormant cooperatives: cases and visits. A case closes itself when a report brings the cooperative back. */
@ApplicationScoped
public class ReactivationService {

    private final CooperativeService cooperatives;
    private final ActivationTallies tallies;
    private final Today today;
    private final RegisterWrites writes;

    public ReactivationService(CooperativeService cooperatives, ActivationTallies tallies, Today today, RegisterWrites writes) {
        this.cooperatives = cooperatives;
        this.tallies = tallies;
        this.today = today;
        this.writes = writes;
    }

    /** Opens a case for a dormant cooperative; one open case at a time (another is a 409 naming it). */
    @Transactional
    public ReactivationCase open(UUID cooperativeId, String reason, Actor officer) {
        Cooperative cooperative = cooperatives.lock(cooperativeId);
        LocalDate date = today.date();
        ReactivationCase opened = ReactivationCase.open(cooperativeId, cooperative.standing(date), reason, officer, date, today.now());
        ReactivationCase.openFor(cooperativeId).ifPresent(open -> {
            throw new ProblemException(ProblemType.CONFLICT, Text.of("registry.reactivation.open-already", open.id),
                    List.of(), Map.of("existingId", open.id.toString()));
        });
        StandingFacts before = tallies.factsOf(cooperative);
        opened.persist();
        writes.recorded(before, cooperative);
        return opened;
    }

    @Transactional
    public ReactivationCase recordVisit(UUID cooperativeId, UUID caseId, LocalDate visitedOn, String notes, String nextSteps,
                                        Actor officer) {
        ReactivationCase found = require(cooperativeId, caseId);
        found.recordVisit(visitedOn, notes, nextSteps, officer, today.date(), today.now());
        writes.contacted(cooperativeId);
        return found;
    }

    /** The cooperative's cases, latest first (by opening day, then creation, then id), a page at a time. */
    @Transactional
    public Page<ReactivationCase> cases(UUID cooperativeId, PageRequest paging) {
        cooperatives.require(cooperativeId);
        PanacheQuery<ReactivationCase> query = ReactivationCase.find("cooperativeId",
                Sort.descending("openedOn").and("createdAt", Sort.Direction.Descending).and("id"), cooperativeId);
        List<ReactivationCase> cases = query.page(paging.page() - 1, paging.size()).list();
        cases.forEach(c -> c.visits.size());
        return Page.of(cases, paging, query.count());
    }

    /** Every visit of a case, in the order they were recorded, a page at a time. */
    @Transactional
    public Page<ReactivationVisit> visits(UUID cooperativeId, UUID caseId, PageRequest paging) {
        ReactivationCase found = require(cooperativeId, caseId);
        List<ReactivationVisit> visits = ReactivationCase.getEntityManager()
                .createQuery("select v from ReactivationCase c join c.visits v where c.id = :id order by index(v)", ReactivationVisit.class)
                .setParameter("id", found.id).setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long count = ReactivationCase.getEntityManager()
                .createQuery("select count(v) from ReactivationCase c join c.visits v where c.id = :id", Long.class)
                .setParameter("id", found.id).getSingleResult();
        return Page.of(visits, paging, count);
    }

    @Transactional
    public ReactivationCase get(UUID cooperativeId, UUID caseId) {
        ReactivationCase found = require(cooperativeId, caseId);
        found.visits.size();
        return found;
    }

    private ReactivationCase require(UUID cooperativeId, UUID caseId) {
        cooperatives.require(cooperativeId);
        return ReactivationCase.<ReactivationCase>findByIdOptional(caseId)
                .filter(c -> c.cooperativeId.equals(cooperativeId))
                .orElseThrow(() -> ProblemException.notFound(Subjects.REACTIVATION_CASE, caseId));
    }
}
