package id.go.bekasikota.koperasi.registry.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.go.bekasikota.koperasi.contracts.registry.Standing;
import id.go.bekasikota.koperasi.platform.http.EntityTags;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;
import id.go.bekasikota.koperasi.platform.outbox.EventOutbox;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.domain.ActivationStep;
import id.go.bekasikota.koperasi.registry.domain.AnnualReport;
import id.go.bekasikota.koperasi.registry.domain.NextStep;
import id.go.bekasikota.koperasi.registry.domain.AnnualReportFiling;
import id.go.bekasikota.koperasi.registry.domain.Cooperative;
import id.go.bekasikota.koperasi.registry.domain.CooperativeData;
import id.go.bekasikota.koperasi.registry.domain.CooperativeHistoryEntry;
import id.go.bekasikota.koperasi.registry.domain.CooperativeReplacement;
import id.go.bekasikota.koperasi.registry.domain.CooperativeWithStanding;
import id.go.bekasikota.koperasi.registry.domain.CooperativeWrite;
import id.go.bekasikota.koperasi.registry.domain.Dissolution;
import id.go.bekasikota.koperasi.registry.domain.ReactivationCase;
import id.go.bekasikota.koperasi.registry.domain.StandingFacts;
import id.go.bekasikota.koperasi.registry.domain.Subjects;
import id.go.bekasikota.koperasi.registry.mapping.CooperativeMapper;
import id.go.bekasikota.koperasi.registry.repository.ActivationTallies;
import id.go.bekasikota.koperasi.registry.repository.CooperativeHistory;
import id.go.bekasikota.koperasi.registry.repository.CooperativeNumberLocks;
import id.go.bekasikota.koperasi.registry.repository.CooperativeSearch;
import id.go.bekasikota.koperasi.registry.repository.CooperativeSearchQuery;
import id.go.bekasikota.koperasi.registry.repository.RegisterRevision;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
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
import java.util.function.Supplier;

/**
 * Use cases of the register: each one a transaction that reads the cooperative, lets it apply
 * the change (the rules are the domain's), and saves the change and its events together.
 */
@ApplicationScoped
public class CooperativeService {

    private final EventOutbox outbox;
    private final CooperativeMapper mapper;
    private final StandingService standings;
    private final CooperativeSearch search;
    private final RegisterRevision revision;
    private final ActivationTallies tallies;
    private final Today today;
    private final RegisterWrites writes;
    private final CooperativeHistory history;

    public CooperativeService(EventOutbox outbox, CooperativeMapper mapper, StandingService standings, CooperativeSearch search,
                              RegisterRevision revision, ActivationTallies tallies, Today today, RegisterWrites writes,
                              CooperativeHistory history) {
        this.writes = writes;
        this.history = history;
        this.outbox = outbox;
        this.mapper = mapper;
        this.standings = standings;
        this.search = search;
        this.revision = revision;
        this.tallies = tallies;
        this.today = today;
    }

    @Transactional
    public CooperativeWithStanding register(CooperativeData data, Actor actor) {
        refuseDuplicateNumber(data.cooperativeNumber(), null);
        LocalDate date = today.date();
        Instant now = today.now();
        Cooperative.Registered registered = Cooperative.register(data, date, now);
        Cooperative cooperative = registered.cooperative();
        cooperative.persist();
        outbox.append(registered.events());
        revision.evaluatedOneOn(date);
        // Answered before the register's locks are taken; a cooperative registered just now has no reactivation case.
        cooperative.loadDetails();
        CooperativeWithStanding registeredWithStanding = new CooperativeWithStanding(cooperative, cooperative.standing(date), false);
        appendToHistory(CooperativeWrite.registered(cooperative, actor, null), now);
        writes.recorded(null, cooperative);
        return registeredWithStanding;
    }

    /** Full update (PUT): the data replaces the registered data, the lists it leaves out kept. */
    @Transactional
    public CooperativeWithStanding replace(UUID id, String ifMatch, CooperativeReplacement replacement, Actor actor) {
        Cooperative cooperative = lock(id);
        EntityTags.requireMatch(ifMatch, cooperative.version);
        return update(cooperative, replacement.over(cooperative.data()), actor);
    }

    /** Partial update (PATCH) with a JSON merge patch (RFC 7396) applied to the registered data. */
    @Transactional
    public CooperativeWithStanding patch(UUID id, String ifMatch, String mergePatch, Actor actor) throws JsonProcessingException {
        Cooperative cooperative = lock(id);
        EntityTags.requireMatch(ifMatch, cooperative.version);
        return update(cooperative, mapper.mergePatch(cooperative.data(), mergePatch), actor);
    }

    /**
     * Applies new registered data to a locked cooperative: its {@code updated} event, the standing
     * changes it causes, the activation figures it moves. Nothing is written when nothing changed.
     */
    private CooperativeWithStanding update(Cooperative cooperative, CooperativeData data, Actor actor) {
        // Its own number is its own already: only a new one is checked, and only a new one waits for its lock
        // (an import holds the locks of the numbers it creates until it commits).
        if (!Objects.equals(data.cooperativeNumber(), cooperative.cooperativeNumber)) {
            refuseDuplicateNumber(data.cooperativeNumber(), cooperative.id);
        }
        StandingFacts before = tallies.factsOf(cooperative);
        long aggregateVersion = cooperative.nextAggregateVersion();
        Instant now = today.now();
        List<DomainEvent> events = new ArrayList<>(cooperative.change(data, today.date(), now));
        if (!events.isEmpty()) {
            List<String> changed = CooperativeHistoryEntry.changedFields(events);
            events.addAll(standings.afterChange(cooperative, aggregateVersion, actor).events());
            outbox.append(events);
            appendToHistory(CooperativeWrite.updated(cooperative, changed, actor, null), now);
            writes.recorded(before, cooperative);
        }
        return withStanding(cooperative);
    }

    @Transactional
    public Optional<CooperativeWithStanding> find(UUID id) {
        return Cooperative.<Cooperative>findByIdOptional(id).map(this::withStanding);
    }

    @Transactional
    public Page<CooperativeWithStanding> search(CooperativeSearchQuery query, PageRequest paging) {
        LocalDate date = today.date();
        Page<UUID> ids = search.search(query, date, paging);
        Map<UUID, Cooperative> found = new HashMap<>();
        if (!ids.items().isEmpty()) {
            Cooperative.<Cooperative>list("id in ?1", ids.items()).forEach(c -> found.put(c.id, c));
        }
        Set<UUID> reactivating = underReactivation(ids.items());
        return ids.map(id -> {
            Cooperative c = found.get(id);
            c.loadDetails();
            return new CooperativeWithStanding(c, c.standing(date), reactivating.contains(id));
        });
    }

    /** Files the report of a year that has none (a year filed already is a 409 naming its report: correct it). */
    @Transactional
    public AnnualReport fileReport(UUID cooperativeId, AnnualReportFiling filing, Actor actor) {
        Cooperative cooperative = lock(cooperativeId);
        return recordReport(cooperative, actor, () -> cooperative.file(filing, actor, today.date(), today.now()));
    }

    /**
     * Corrects the report of {@code year}: {@code ifMatch} must name its current revision (the ETag
     * of the report read), which is kept as an earlier one; the body's year must be the path's.
     */
    @Transactional
    public AnnualReport correctReport(UUID cooperativeId, int year, String ifMatch, AnnualReportFiling filing, Actor actor) {
        Cooperative cooperative = lock(cooperativeId);
        AnnualReport current = cooperative.currentReport(year);
        if (current == null) {
            throw ProblemException.notFound(Subjects.RAT_REPORT, year);
        }
        if (filing.financialYear() != year) {
            throw ProblemException.invalid("financialYear", Text.of("registry.report.year-of-path", year));
        }
        EntityTags.requireMatch(ifMatch, current.revision);
        return recordReport(cooperative, actor, () -> cooperative.correct(filing, actor, today.date(), today.now()));
    }

    private AnnualReport recordReport(Cooperative cooperative, Actor actor, Supplier<Cooperative.Filed> filing) {
        StandingFacts before = tallies.factsOf(cooperative);
        // Read before anything is written: the flush below already moves the row's version.
        long aggregateVersion = cooperative.nextAggregateVersion();
        Cooperative.Filed filed = filing.get();
        if (filed.unchanged()) {
            return filed.report();
        }
        // The year's earlier revision stops being current before the new one is saved (one current report per year).
        AnnualReport.flush();
        filed.report().persist();
        List<DomainEvent> events = new ArrayList<>(filed.events());
        events.addAll(standings.afterChange(cooperative, aggregateVersion, actor).events());
        outbox.append(events);
        writes.recorded(before, cooperative);
        return filed.report();
    }

    /** Every revision of every year, by financial year, then revision, a page at a time. */
    @Transactional
    public Page<AnnualReport> reports(UUID cooperativeId, PageRequest paging) {
        require(cooperativeId);
        PanacheQuery<AnnualReport> query = AnnualReport.find("cooperative.id = ?1",
                Sort.by("financialYear").and("revision").and("id"), cooperativeId);
        return Page.of(query.page(paging.page() - 1, paging.size()).list(), paging, query.count());
    }

    /**
     * The write's line of the cooperative's history, with the version the flush leaves; before the register's write locks
     * ({@link RegisterWrites}), which hold only what needs them.
     */
    private void appendToHistory(CooperativeWrite write, Instant now) {
        Cooperative.flush();
        history.append(List.of(write), now);
    }

    /** The cooperative's history, oldest first: who registered, changed and dissolved it ({@link CooperativeHistoryEntry}). */
    @Transactional
    public Page<CooperativeHistoryEntry> history(UUID cooperativeId, PageRequest paging) {
        require(cooperativeId);
        PanacheQuery<CooperativeHistoryEntry> query = CooperativeHistoryEntry.find("cooperativeId", Sort.by("id"), cooperativeId);
        return Page.of(query.page(paging.page() - 1, paging.size()).list(), paging, query.count());
    }

    /** The current report of a financial year with its earlier revisions, latest first. */
    @Transactional
    public List<AnnualReport> reportRevisions(UUID cooperativeId, int financialYear) {
        return require(cooperativeId).annualReports.stream().filter(r -> r.financialYear == financialYear)
                .sorted(Comparator.comparingInt((AnnualReport r) -> r.revision).reversed()).toList();
    }

    /**
     * The standing as of a date. Before its founding date the cooperative was not in the register
     * (the dashboard does not count it either): that date is refused, naming {@code asOf}.
     */
    @Transactional
    public Standing standing(UUID cooperativeId, LocalDate asOf) {
        Cooperative cooperative = require(cooperativeId);
        if (!cooperative.foundedBy(asOf)) {
            throw ProblemException.invalid("asOf", Text.of("registry.cooperative.as-of-before-founded", cooperative.foundedOn));
        }
        return cooperative.standing(asOf);
    }

    /** What the cooperative must do next to be, or stay, ACTIVE ({@link NextStep}), as of the office's today. */
    @Transactional
    public java.util.Optional<ActivationStep> nextStep(UUID cooperativeId) {
        Cooperative cooperative = require(cooperativeId);
        return NextStep.of(cooperative::standing, cooperative.foundedOn, today.date());
    }

    @Transactional
    public boolean underReactivation(UUID cooperativeId, LocalDate asOf) {
        return ReactivationCase.count("cooperativeId = ?1 and openedOn <= ?2 and (closedOn is null or closedOn > ?2)",
                cooperativeId, asOf) > 0;
    }

    @Transactional
    public CooperativeWithStanding dissolve(UUID id, String ifMatch, Dissolution dissolution, Actor actor) {
        Cooperative cooperative = lock(id);
        EntityTags.requireMatch(ifMatch, cooperative.version);
        StandingFacts before = tallies.factsOf(cooperative);
        long aggregateVersion = cooperative.nextAggregateVersion();
        Instant now = today.now();
        List<DomainEvent> events = new ArrayList<>(cooperative.dissolve(dissolution, actor, today.date(), now));
        events.addAll(standings.afterChange(cooperative, aggregateVersion, actor).events());
        outbox.append(events);
        appendToHistory(CooperativeWrite.dissolved(cooperative, actor), now);
        writes.recorded(before, cooperative);
        return withStanding(cooperative);
    }

    public CooperativeWithStanding withStanding(Cooperative cooperative) {
        cooperative.loadDetails();
        return new CooperativeWithStanding(cooperative, cooperative.standing(today.date()),
                ReactivationCase.openFor(cooperative.id).isPresent());
    }

    public Cooperative require(UUID id) {
        return Cooperative.<Cooperative>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(Subjects.COOPERATIVE, id));
    }

    /** Reads the cooperative for a change, locking its row until the transaction ends. */
    public Cooperative lock(UUID id) {
        return Cooperative.<Cooperative>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound(Subjects.COOPERATIVE, id));
    }

    /** A cooperative number belongs to one cooperative: another's is a 409 naming it ({@code existingId}). */
    private void refuseDuplicateNumber(String number, UUID self) {
        if (number == null) {
            return;
        }
        // Two writes of the same number wait for each other here, until the first commits: the second then
        // finds it and answers 409, instead of failing on the unique index at its insert.
        CooperativeNumberLocks.lock(Cooperative.getEntityManager(), List.of(number));
        Cooperative.<Cooperative>find("cooperativeNumber", number).firstResultOptional()
                .filter(existing -> !existing.id.equals(self))
                .ifPresent(existing -> {
                    throw ProblemException.duplicate(Text.of("registry.cooperative.number-taken", number, existing.name),
                            existing.id.toString(), "cooperativeNumber");
                });
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
