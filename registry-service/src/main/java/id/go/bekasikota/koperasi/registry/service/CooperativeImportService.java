package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.platform.i18n.Languages;
import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;
import id.go.bekasikota.koperasi.platform.outbox.EventOutbox;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.time.Today;
import id.go.bekasikota.koperasi.registry.config.ImportConfig;
import id.go.bekasikota.koperasi.registry.domain.Cooperative;
import id.go.bekasikota.koperasi.registry.domain.CooperativeData;
import id.go.bekasikota.koperasi.registry.domain.CooperativeImport;
import id.go.bekasikota.koperasi.registry.domain.CooperativeImport.ImportRow;
import id.go.bekasikota.koperasi.registry.domain.CooperativeImport.Mode;
import id.go.bekasikota.koperasi.registry.domain.CooperativeImport.RowError;
import id.go.bekasikota.koperasi.registry.domain.CooperativeImport.RowOutcome;
import id.go.bekasikota.koperasi.registry.domain.CooperativeRules;
import id.go.bekasikota.koperasi.registry.domain.StandingFacts;
import id.go.bekasikota.koperasi.registry.mapping.CooperativeCsv;
import id.go.bekasikota.koperasi.registry.mapping.CooperativeMapper;
import id.go.bekasikota.koperasi.registry.repository.ActivationTallies;
import id.go.bekasikota.koperasi.registry.repository.RegisterRevision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Bulk import of cooperatives from CSV: every row validated by the API's rules, a bounded report
 * ({@link CooperativeImport}), idempotent by cooperative number (a row equal to the register is
 * UNCHANGED and publishes nothing). ALL_OR_NOTHING writes nothing when any row is rejected.
 */
@ApplicationScoped
public class CooperativeImportService {

    private static final int LOOKUP_CHUNK = 1_000;

    private final StandingService standings;
    private final CooperativeMapper mapper;
    private final EventOutbox outbox;
    private final EntityManager entityManager;
    private final RegisterRevision revision;
    private final ActivationTallies tallies;
    private final Today today;
    private final ImportConfig config;
    private final RegisterWrites writes;

    public CooperativeImportService(StandingService standings, CooperativeMapper mapper, EventOutbox outbox, EntityManager entityManager,
                                    RegisterRevision revision, ActivationTallies tallies, Today today, ImportConfig config,
                                    RegisterWrites writes) {
        this.writes = writes;
        this.standings = standings;
        this.mapper = mapper;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.revision = revision;
        this.tallies = tallies;
        this.today = today;
        this.config = config;
    }

    /** One parsed and validated row, and what writing it means. */
    private record Planned(int row, String number, CooperativeData data, Cooperative existing,
                           RowOutcome outcome, List<String> changedFields, List<RowError> errors) {
    }

    @Transactional
    public CooperativeImport importCsv(String csv, Mode mode, Actor actor) {
        Instant started = today.now();
        LocalDate date = today.date();
        // Entities wait for one batched flush at commit; the events go to the outbox in one batch after the rows.
        entityManager.setFlushMode(FlushModeType.COMMIT);
        List<CooperativeCsv.Line> rows = CooperativeCsv.parse(csv);
        Map<String, Cooperative> existing = existing(rows);
        List<Planned> plan = new ArrayList<>(rows.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            plan.add(plan(i + 2, rows.get(i), existing, seen, date));
        }
        boolean anyRejected = plan.stream().anyMatch(p -> p.outcome() == RowOutcome.REJECTED);
        CooperativeImport report = CooperativeImport.begin(mode, anyRejected, actor, started, config.reportRows());

        List<Cooperative> updated = report.writes()
                ? plan.stream().filter(p -> p.outcome() == RowOutcome.UPDATED).map(Planned::existing).toList()
                : List.of();
        List<StandingFacts> before = tallies.factsOf(updated);
        List<Cooperative> created = new ArrayList<>();
        List<DomainEvent> events = new ArrayList<>();
        for (Planned p : plan) {
            UUID id = p.existing() == null ? null : p.existing().id;
            if (report.writes() && p.outcome() == RowOutcome.CREATED) {
                Cooperative cooperative = create(p.data(), date, events);
                created.add(cooperative);
                id = cooperative.id;
            } else if (report.writes() && p.outcome() == RowOutcome.UPDATED) {
                update(p.existing(), p.data(), date, actor, events);
            }
            report.record(new ImportRow(p.row(), p.number(), p.outcome(), p.outcome() == RowOutcome.REJECTED ? null : id,
                    p.changedFields(), p.errors()));
        }
        outbox.append(events);
        report.finish(today.now());
        report.persist();
        if (report.writes() && (report.created > 0 || report.updated > 0)) {
            revision.evaluatedOneOn(date);
            List<StandingFacts> after = new ArrayList<>(tallies.factsOf(updated));
            created.forEach(cooperative -> after.add(StandingFacts.of(cooperative, List.of())));
            List<Cooperative> written = new ArrayList<>(updated);
            written.addAll(created);
            writes.recorded(before, after, written);
        }
        return report;
    }

    @Transactional
    public Optional<CooperativeImport> find(UUID id) {
        return CooperativeImport.findByIdOptional(id);
    }

    /** A new cooperative; its events join {@code events}, appended to the outbox in the rows' order after the last row. */
    private Cooperative create(CooperativeData data, LocalDate date, List<DomainEvent> events) {
        Cooperative.Registered registered = Cooperative.register(data, date, today.now());
        registered.cooperative().persist();
        events.addAll(registered.events());
        return registered.cooperative();
    }

    private void update(Cooperative cooperative, CooperativeData data, LocalDate date, Actor actor, List<DomainEvent> events) {
        long aggregateVersion = cooperative.nextAggregateVersion();
        events.addAll(cooperative.change(data, date, today.now()));
        events.addAll(standings.afterChange(cooperative, aggregateVersion, actor).events());
    }

    private Planned plan(int row, CooperativeCsv.Line line, Map<String, Cooperative> existing, Map<String, Integer> seen, LocalDate date) {
        Map<String, String> cells = line.cells();
        String number = cells.get("cooperativeNumber") == null ? null : cells.get("cooperativeNumber").strip();
        if (number == null || number.isEmpty()) {
            return rejected(row, null, List.of(new RowError("cooperativeNumber", "is required to import (rows are matched by it)")));
        }
        Integer first = seen.putIfAbsent(number, row);
        if (first != null) {
            return rejected(row, number, List.of(new RowError("cooperativeNumber", "appears already in row " + first)));
        }
        if (!line.complete()) {
            return rejected(row, number, List.of(new RowError("row", "has " + line.cellCount()
                    + (line.cellCount() == 1 ? " cell" : " cells") + ", the header names " + line.columnCount()
                    + " (quote a cell that holds a comma)")));
        }
        Cooperative current = existing.get(number);
        CooperativeData base = current == null ? null : current.data();
        CooperativeMapper.CsvRow read = mapper.fromCsv(cells, base);
        List<Problem.FieldError> errors = read.data() == null ? read.errors()
                : (current == null ? CooperativeRules.check(read.data(), date) : current.checkChange(read.data(), date))
                        .stream().map(error -> error.in(Languages.DEFAULT))
                        .sorted(Comparator.comparing(Problem.FieldError::field)).toList();
        if (!errors.isEmpty()) {
            return rejected(row, number, errors.stream().map(e -> new RowError(e.field(), e.message())).toList());
        }
        if (current == null) {
            return new Planned(row, number, read.data(), null, RowOutcome.CREATED, null, null);
        }
        List<String> changed = read.data().changedFrom(base);
        return new Planned(row, number, read.data(), current, changed.isEmpty() ? RowOutcome.UNCHANGED : RowOutcome.UPDATED,
                changed.isEmpty() ? null : changed, null);
    }

    private static Planned rejected(int row, String number, List<RowError> errors) {
        return new Planned(row, number, null, null, RowOutcome.REJECTED, null, List.copyOf(errors));
    }

    private Map<String, Cooperative> existing(List<CooperativeCsv.Line> rows) {
        List<String> numbers = rows.stream().map(r -> r.cells().get("cooperativeNumber")).filter(n -> n != null && !n.isBlank())
                .map(String::strip).distinct().toList();
        Map<String, Cooperative> found = new HashMap<>();
        for (int from = 0; from < numbers.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = numbers.subList(from, Math.min(numbers.size(), from + LOOKUP_CHUNK));
            Cooperative.<Cooperative>list("cooperativeNumber in ?1", chunk).forEach(c -> found.put(c.cooperativeNumber, c));
        }
        return found;
    }
}
