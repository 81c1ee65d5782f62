package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.Standing;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import id.go.bekasikota.koperasi.registry.domain.Cooperative;
import id.go.bekasikota.koperasi.registry.domain.StandingFacts;
import id.go.bekasikota.koperasi.registry.domain.ReactivationCase;
import id.go.bekasikota.koperasi.registry.domain.ReactivationVisit;
import id.go.bekasikota.koperasi.registry.rest.dto.ReactivationCaseRequest;
import id.go.bekasikota.koperasi.registry.rest.dto.ReactivationVisitRequest;
import io.quarkus.panache.common.Sort;
import id.go.bekasikota.koperasi.registry.repository.ActivationTallies;
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
    private final ChangesFeedService changes;

    public ReactivationService(CooperativeService cooperatives, ActivationTallies tallies, ChangesFeedService changes) {
        this.cooperatives = cooperatives;
        this.tallies = tallies;
        this.changes = changes;
    }

    @Transactional
    public ReactivationCase open(UUID cooperativeId, ReactivationCaseRequest request, String officer) {
        Cooperative cooperative = cooperatives.lock(cooperativeId);
        LocalDate today = cooperatives.today();
        Standing standing = cooperative.standing(today);
        if (standing.status() != ActivityStatus.INACTIVE) {
            throw ProblemException.illegalTransition("open a reactivation case for a cooperative that is " + standing.status()
                    + " (only INACTIVE ones are reactivated)", standing.status().name());
        }
        ReactivationCase.openFor(cooperativeId).ifPresent(open -> {
            throw new ProblemException(ProblemType.CONFLICT, "Reactivation case " + open.id + " is open already for this cooperative",
                    List.of(), Map.of("existingId", open.id.toString()));
        });
        StandingFacts before = tallies.factsOf(cooperative);
        ReactivationCase opened = ReactivationCase.open(cooperativeId, today, request.reason().strip(), officer);
        opened.persist();
        tallies.written(before, tallies.factsOf(cooperative));
        changes.written(List.of(cooperative));
        return opened;
    }

    @Transactional
    public ReactivationCase recordVisit(UUID cooperativeId, UUID caseId, ReactivationVisitRequest request, String officer) {
        ReactivationCase found = require(cooperativeId, caseId);
        if (!found.isOpen()) {
            throw ProblemException.illegalTransition("record a visit on a closed case", found.status.name());
        }
        if (request.visitedOn().isBefore(found.openedOn)) {
            throw ProblemException.invalid("visitedOn", "cannot be before the case was opened (" + found.openedOn + ")");
        }
        if (request.visitedOn().isAfter(cooperatives.today())) {
            throw ProblemException.invalid("visitedOn", "cannot be in the future");
        }
        found.record(new ReactivationVisit(request.visitedOn(), request.notes().strip(),
                request.nextSteps() == null || request.nextSteps().isBlank() ? null : request.nextSteps().strip(), officer));
        return found;
    }

    @Transactional
    public List<ReactivationCase> cases(UUID cooperativeId) {
        cooperatives.require(cooperativeId);
        List<ReactivationCase> cases = ReactivationCase.list("cooperativeId", Sort.descending("openedOn").and("createdAt", Sort.Direction.Descending), cooperativeId);
        cases.forEach(c -> c.visits.size());
        return cases;
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
                .orElseThrow(() -> ProblemException.notFound("Reactivation case", caseId));
    }
}
