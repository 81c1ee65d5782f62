package id.go.bekasikota.koperasi.registry.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.contracts.registry.Standing;
import id.go.bekasikota.koperasi.platform.http.EntityTags;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;
import id.go.bekasikota.koperasi.platform.outbox.EventOutbox;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import id.go.bekasikota.koperasi.registry.domain.AnnualReport;
import id.go.bekasikota.koperasi.registry.domain.Cooperative;
import id.go.bekasikota.koperasi.registry.domain.StandingFacts;
import id.go.bekasikota.koperasi.registry.domain.CooperativeWithStanding;
import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.registry.domain.ReactivationCase;
import id.go.bekasikota.koperasi.registry.mapping.CooperativeMapper;
import id.go.bekasikota.koperasi.registry.mapping.MergePatch;
import id.go.bekasikota.koperasi.registry.repository.CooperativeSearch;
import id.go.bekasikota.koperasi.registry.repository.ActivationTallies;
import id.go.bekasikota.koperasi.registry.repository.RegisterRevision;
import id.go.bekasikota.koperasi.registry.repository.CooperativeSearchQuery;
import id.go.bekasikota.koperasi.registry.rest.dto.AnnualReportRequest;
import id.go.bekasikota.koperasi.registry.rest.dto.CooperativeRequest;
import id.go.bekasikota.koperasi.registry.rest.dto.DissolutionRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Use cases of the register: each one a transaction that saves the change and its events together. */
@ApplicationScoped
public class CooperativeService {

    private final EventOutbox outbox;
    private final CooperativeMapper mapper;
    private final StandingService standings;
    private final CooperativeSearch search;
    private final ObjectMapper objectMapper;
    private final Validator validator;
    private final RegisterRevision revision;
    private final ActivationTallies tallies;
    private final ChangesFeedService changes;

    public CooperativeService(EventOutbox outbox, CooperativeMapper mapper, StandingService standings,
                              CooperativeSearch search, ObjectMapper objectMapper, Validator validator, RegisterRevision revision,
                              ActivationTallies tallies, ChangesFeedService changes) {
        this.revision = revision;
        this.tallies = tallies;
        this.changes = changes;
        this.outbox = outbox;
        this.mapper = mapper;
        this.standings = standings;
        this.search = search;
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    public LocalDate today() {
        return standings.today();
    }

    @Transactional
    public CooperativeWithStanding register(CooperativeRequest request) {
        CooperativeRequest normalised = mapper.normalise(request);
        requireValid(normalised);
        refuseDuplicateNumber(normalised.cooperativeNumber(), null);
        Cooperative cooperative = new Cooperative();
        mapper.apply(normalised, cooperative);
        var events = Cooperative.register(cooperative, today());
        cooperative.persist();
        outbox.append(events);
        revision.evaluatedOneOn(today());
        tallies.written(null, StandingFacts.of(cooperative, List.of()));
        changes.written(List.of(cooperative));
        return withStanding(cooperative);
    }

    /** Full update (PUT): the body replaces the registered data. */
    @Transactional
    public CooperativeWithStanding replace(UUID id, String ifMatch, CooperativeRequest request, String actor) {
        Cooperative cooperative = lock(id);
        EntityTags.requireMatch(ifMatch, cooperative.version);
        return update(cooperative, request, actor);
    }

    /** Partial update (PATCH) with a JSON merge patch (RFC 7396) applied to the registered data. */
    @Transactional
    public CooperativeWithStanding patch(UUID id, String ifMatch, String mergePatch, String actor) throws JsonProcessingException {
        Cooperative cooperative = lock(id);
        EntityTags.requireMatch(ifMatch, cooperative.version);
        JsonNode patch;
        try {
            patch = objectMapper.readTree(mergePatch == null ? "" : mergePatch);
        } catch (JsonProcessingException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON: " + e.getOriginalMessage());
        }
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "A merge patch is a JSON object of the fields to change");
        }
        JsonNode merged = MergePatch.apply(objectMapper.valueToTree(mapper.toRequest(cooperative)), patch);
        // Unknown and read-only fields, and values of the wrong type, fail here; the problem mappers name the field.
        CooperativeRequest request = objectMapper.treeToValue(merged, CooperativeRequest.class);
        Set<ConstraintViolation<CooperativeRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return update(cooperative, request, actor);
    }

    private CooperativeWithStanding update(Cooperative cooperative, CooperativeRequest request, String actor) {
        CooperativeRequest normalised = mapper.normalise(request);
        requireValid(normalised);
        refuseDuplicateNumber(normalised.cooperativeNumber(), cooperative.id);
        List<String> changed = changedFields(mapper.toRequest(cooperative), normalised);
        if (!changed.isEmpty()) {
            StandingFacts before = tallies.factsOf(cooperative);
            mapper.apply(normalised, cooperative);
            List<DomainEvent> events = new ArrayList<>(cooperative.updated(changed));
            events.addAll(standings.afterChange(cooperative, cooperative.version + 1, actor).events());
            outbox.append(events);
            tallies.written(before, tallies.factsOf(cooperative));
            changes.written(List.of(cooperative));
        }
        return withStanding(cooperative);
    }

    /** The API fields whose values differ between two requests, in the order of the body. */
    public List<String> changedFields(CooperativeRequest before, CooperativeRequest after) {
        JsonNode a = objectMapper.valueToTree(before);
        JsonNode b = objectMapper.valueToTree(after);
        return CooperativeRequest.FIELDS.stream().filter(f -> !Objects.equals(a.get(f), b.get(f))).toList();
    }

    @Transactional
    public Optional<CooperativeWithStanding> find(UUID id) {
        return Cooperative.<Cooperative>findByIdOptional(id).map(this::withStanding);
    }

    @Transactional
    public Page<CooperativeWithStanding> search(CooperativeSearchQuery query, PageRequest paging) {
        Page<UUID> ids = search.search(query, today(), paging);
        Map<UUID, Cooperative> found = new HashMap<>();
        if (!ids.items().isEmpty()) {
            Cooperative.<Cooperative>list("id in ?1", ids.items()).forEach(c -> found.put(c.id, c));
        }
        Set<UUID> reactivating = underReactivation(ids.items());
        return ids.map(id -> {
            Cooperative c = found.get(id);
            c.loadDetails();
            return new CooperativeWithStanding(c, c.standing(today()), reactivating.contains(id));
        });
    }

    @Transactional
    public AnnualReport fileReport(UUID cooperativeId, AnnualReportRequest request, String filedBy) {
        Cooperative cooperative = lock(cooperativeId);
        validate(cooperative, request);
        AnnualReport report = mapper.toReport(request);
        StandingFacts before = tallies.factsOf(cooperative);
        if (cooperative.retireCurrentReport(report.financialYear)) {
            AnnualReport.flush();
        }
        List<DomainEvent> events = new ArrayList<>(cooperative.file(report, filedBy));
        report.persist();
        events.addAll(standings.afterChange(cooperative, cooperative.version + 1, filedBy).events());
        outbox.append(events);
        tallies.written(before, tallies.factsOf(cooperative));
        changes.written(List.of(cooperative));
        return report;
    }

    @Transactional
    public List<AnnualReport> reports(UUID cooperativeId) {
        return List.copyOf(require(cooperativeId).annualReports);
    }

    /** The current report of a financial year with its earlier revisions, latest first. */
    @Transactional
    public List<AnnualReport> reportRevisions(UUID cooperativeId, int financialYear) {
        return require(cooperativeId).annualReports.stream().filter(r -> r.financialYear == financialYear)
                .sorted(Comparator.comparingInt((AnnualReport r) -> r.revision).reversed()).toList();
    }

    @Transactional
    public Standing standing(UUID cooperativeId, LocalDate asOf) {
        return require(cooperativeId).standing(asOf);
    }

    @Transactional
    public boolean underReactivation(UUID cooperativeId, LocalDate asOf) {
        return ReactivationCase.count("cooperativeId = ?1 and openedOn <= ?2 and (closedOn is null or closedOn > ?2)",
                cooperativeId, asOf) > 0;
    }

    @Transactional
    public CooperativeWithStanding dissolve(UUID id, String ifMatch, DissolutionRequest request, String actor) {
        Cooperative cooperative = lock(id);
        EntityTags.requireMatch(ifMatch, cooperative.version);
        if (cooperative.dissolved()) {
            throw ProblemException.illegalTransition("dissolve a cooperative dissolved on " + cooperative.dissolvedOn, "DISSOLVED");
        }
        if (request.dissolvedOn().isBefore(cooperative.foundedOn)) {
            throw ProblemException.invalid("dissolvedOn", "cannot be before foundedOn (" + cooperative.foundedOn + ")");
        }
        if (request.dissolvedOn().isAfter(today())) {
            throw ProblemException.invalid("dissolvedOn", "cannot be in the future");
        }
        StandingFacts before = tallies.factsOf(cooperative);
        List<DomainEvent> events = new ArrayList<>(cooperative.dissolve(request.dissolvedOn(), request.legalBasis().strip()));
        events.addAll(standings.afterChange(cooperative, cooperative.version + 1, actor).events());
        outbox.append(events);
        tallies.written(before, tallies.factsOf(cooperative));
        changes.written(List.of(cooperative));
        return withStanding(cooperative);
    }

    public CooperativeWithStanding withStanding(Cooperative cooperative) {
        cooperative.loadDetails();
        return new CooperativeWithStanding(cooperative, cooperative.standing(today()),
                ReactivationCase.openFor(cooperative.id).isPresent());
    }

    public Cooperative require(UUID id) {
        return Cooperative.<Cooperative>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Cooperative", id));
    }

    /** Reads the cooperative for a change, locking its row until the transaction ends. */
    public Cooperative lock(UUID id) {
        return Cooperative.<Cooperative>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Cooperative", id));
    }

    /** Bean validation and the rules across fields, as field errors (the import reports them per row). */
    public List<Problem.FieldError> errors(CooperativeRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<CooperativeRequest> violation : validator.validate(request)) {
            errors.add(new Problem.FieldError(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        if (errors.isEmpty()) {
            errors.addAll(ruleErrors(mapper.normalise(request)));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return errors;
    }

    private void requireValid(CooperativeRequest request) {
        List<Problem.FieldError> errors = ruleErrors(request);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private List<Problem.FieldError> ruleErrors(CooperativeRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.jenis() == Jenis.SIMPAN_PINJAM && request.savingsLoanScope() == null) {
            errors.add(new Problem.FieldError("savingsLoanScope", "is required for a savings-and-loan cooperative"));
        }
        if (request.jenis() != null && request.jenis() != Jenis.SIMPAN_PINJAM && request.savingsLoanScope() != null) {
            errors.add(new Problem.FieldError("savingsLoanScope", "applies to savings-and-loan cooperatives only"));
        }
        if ((request.kbliCode() == null) != (request.kbliEdition() == null)) {
            errors.add(new Problem.FieldError(request.kbliCode() == null ? "kbliCode" : "kbliEdition",
                    "kbliCode and kbliEdition go together"));
        }
        if (request.foundedOn() != null && request.legalEntityDate() != null && request.legalEntityDate().isBefore(request.foundedOn())) {
            errors.add(new Problem.FieldError("legalEntityDate", "cannot be before foundedOn"));
        }
        if (request.foundedOn() != null && request.foundedOn().isAfter(today())) {
            errors.add(new Problem.FieldError("foundedOn", "cannot be in the future"));
        }
        return errors;
    }

    private void refuseDuplicateNumber(String number, UUID self) {
        if (number == null) {
            return;
        }
        // Two writes of the same number wait for each other here, until the first commits: the second then
        // finds it and answers 409, instead of failing on the unique index at its insert.
        Cooperative.getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext('cooperative-number:' || :number))")
                .setParameter("number", number).getSingleResult();
        Cooperative.<Cooperative>find("cooperativeNumber", number).firstResultOptional()
                .filter(existing -> !existing.id.equals(self))
                .ifPresent(existing -> {
                    throw ProblemException.duplicate("Cooperative number " + number + " is registered already to "
                            + existing.name, existing.id.toString());
                });
    }

    private void validate(Cooperative cooperative, AnnualReportRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        int year = request.financialYear();
        LocalDate today = today();
        if (year >= today.getYear()) {
            errors.add(new Problem.FieldError("financialYear", "must be a closed financial year (before " + today.getYear() + ")"));
        }
        if (year < cooperative.foundedOn.getYear()) {
            errors.add(new Problem.FieldError("financialYear", "is before the cooperative was founded (" + cooperative.foundedOn + ")"));
        }
        if (!request.meetingDate().isAfter(LocalDate.of(year, 12, 31))) {
            errors.add(new Problem.FieldError("meetingDate", "must be after the financial year " + year + " closed"));
        }
        if (request.meetingDate().isAfter(today)) {
            errors.add(new Problem.FieldError("meetingDate", "cannot be in the future"));
        }
        if (cooperative.dissolvedOn != null) {
            errors.add(new Problem.FieldError("cooperativeId", "the cooperative was dissolved on " + cooperative.dissolvedOn));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private Set<UUID> underReactivation(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<UUID> open = new HashSet<>();
        ReactivationCase.<ReactivationCase>list("cooperativeId in ?1 and status = ?2", ids, ReactivationCase.Status.OPEN)
                .forEach(c -> open.add(c.cooperativeId));
        return open;
    }
}
