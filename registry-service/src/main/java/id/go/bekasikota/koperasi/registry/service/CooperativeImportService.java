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
import id.go.bekasikota.koperasi.registry.domain.CooperativeWrite;
import id.go.bekasikota.koperasi.registry.domain.CooperativeImport;
import id.go.bekasikota.koperasi.registry.domain.CooperativeImport.ImportRow;
import id.go.bekasikota.koperasi.registry.domain.CooperativeImport.Mode;
import id.go.bekasikota.koperasi.registry.domain.CooperativeImport.RowError;
import id.go.bekasikota.koperasi.registry.domain.CooperativeImport.RowOutcome;
import id.go.bekasikota.koperasi.registry.domain.CooperativeRules;
import id.go.bekasikota.koperasi.registry.domain.ImportKey;
import id.go.bekasikota.koperasi.registry.domain.StandingFacts;
import id.go.bekasikota.koperasi.registry.mapping.CooperativeCsv;
import id.go.bekasikota.koperasi.registry.mapping.CooperativeMapper;
import id.go.bekasikota.koperasi.registry.repository.ActivationTallies;
import id.go.bekasikota.koperasi.registry.repository.CooperativeHistory;
import id.go.bekasikota.koperasi.registry.repository.CooperativeNumberLocks;
import id.go.bekasikota.koperasi.registry.repository.RegisterRevision;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Bulk import of cooperatives from CSV: every row validated by the API's rules, a bounded report
 * ({@link CooperativeImport}), idempotent by cooperative number (a row equal to the register is
 * UNCHANGED and publishes nothing). ALL_OR_NOTHING writes nothing when any row is rejected.
 *
 * <p>A row's number is read as the number it writes is stored (NFC, trimmed of every Unicode
 * space, {@link CooperativeMapper#text}): {@code 3275010010001} followed by a no-break space is the
 * registered {@code 3275010010001}, matched, not created a second time.
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
    private final CooperativeHistory history;

    public CooperativeImportService(StandingService standings, CooperativeMapper mapper, EventOutbox outbox, EntityManager entityManager,
                                    RegisterRevision revision, ActivationTallies tallies, Today today, ImportConfig config,
                                    RegisterWrites writes, CooperativeHistory history) {
        this.writes = writes;
        this.history = history;
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

    /**
     * In one transaction, which may take what is left of the gateway's 120 s for an import after a turn's wait and the
     * body (85 s, {@code koperasi.import.transaction-timeout}) rather than the default 60 s: 30,000 rows to update took
     * 60 s on two busy cores, and were rolled back at the default timeout.
     */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "koperasi.import.transaction-timeout")
    public CooperativeImport importCsv(String csv, Mode mode, Actor actor) {
        Instant started = today.now();
        LocalDate date = today.date();
        // Entities wait for one batched flush at commit; the events go to the outbox in one batch after the rows.
        entityManager.setFlushMode(FlushModeType.COMMIT);
        List<CooperativeCsv.Line> rows = CooperativeCsv.parse(csv);
        Map<String, Cooperative> existing = existing(rows.stream().map(CooperativeImportService::numberOf)
                .filter(ImportKey::valid).distinct().toList());
        List<Planned> plan = plan(rows, existing, date);
        if (writes(mode, plan)) {
            plan = lockWrites(rows, plan, date);
        }
        boolean anyRejected = plan.stream().anyMatch(p -> p.outcome() == RowOutcome.REJECTED);
        CooperativeImport report = CooperativeImport.begin(mode, anyRejected, actor, started, config.reportRows());

        List<Cooperative> updated = report.writes()
                ? plan.stream().filter(p -> p.outcome() == RowOutcome.UPDATED).map(Planned::existing).toList()
                : List.of();
        List<StandingFacts> before = tallies.factsOf(updated);
        List<Cooperative> created = new ArrayList<>();
        List<DomainEvent> events = new ArrayList<>();
        List<CooperativeWrite> rowsWritten = new ArrayList<>();
        for (Planned p : plan) {
            UUID id = p.existing() == null ? null : p.existing().id;
            if (report.writes() && p.outcome() == RowOutcome.CREATED) {
                Cooperative cooperative = create(p.data(), date, events);
                created.add(cooperative);
                id = cooperative.id;
                rowsWritten.add(CooperativeWrite.registered(cooperative, actor, report.id));
            } else if (report.writes() && p.outcome() == RowOutcome.UPDATED) {
                update(p.existing(), p.data(), date, actor, events);
                rowsWritten.add(CooperativeWrite.updated(p.existing(), p.changedFields(), actor, report.id));
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
            // The rows' history lines with the versions the flush leaves, before the register's write locks (RegisterWrites).
            entityManager.flush();
            history.append(rowsWritten, report.finishedAt);
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

    /** Every row planned in file order; a number seen in an earlier row is that row's. */
    private List<Planned> plan(List<CooperativeCsv.Line> rows, Map<String, Cooperative> existing, LocalDate date) {
        List<Planned> planned = new ArrayList<>(rows.size());
        Map<String, Integer> seen = new HashMap<>();
        rows.forEach(line -> planned.add(plan(line, existing, seen, date)));
        return planned;
    }

    private Planned plan(CooperativeCsv.Line line, Map<String, Cooperative> existing, Map<String, Integer> seen, LocalDate date) {
        Map<String, String> cells = line.cells();
        int row = line.row();
        String number = numberOf(line);
        Optional<String> notAKey = ImportKey.problem(number);
        if (notAKey.isPresent()) {
            return rejected(row, number, List.of(new RowError("cooperativeNumber", notAKey.get())));
        }
        Integer first = seen.putIfAbsent(number, row);
        if (first != null) {
            return rejected(row, number, List.of(new RowError("cooperativeNumber", "appears already in row " + first)));
        }
        if (!line.complete()) {
            return rejected(row, number, List.of(new RowError("row", "has " + line.cellCount()
                    + (line.cellCount() == 1 ? " cell" : " cells") + ", the header names " + line.columnCount()
                    + " (quote a cell that holds the separator, such as a comma in an address)")));
        }
        if (!line.failedFormulas().isEmpty()) {
            // A failed formula's error (#REF!, #N/A) is no value: refused, rather than stored as an address or a number.
            return rejected(row, number, line.failedFormulas().stream()
                    .map(column -> new RowError(column, CooperativeCsv.failedFormula(cells.get(column)))).toList());
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

    /** A row's number as the register would store it: normalised as every text cell is, null when empty. */
    private static String numberOf(CooperativeCsv.Line line) {
        return CooperativeMapper.text(line.cells().get("cooperativeNumber"));
    }

    /** Whether the import will write: a row to create or update, and no rejected row that stops an ALL_OR_NOTHING. */
    private static boolean writes(Mode mode, List<Planned> plan) {
        boolean anyRejected = plan.stream().anyMatch(p -> p.outcome() == RowOutcome.REJECTED);
        return (mode == Mode.VALID_ROWS_ONLY || !anyRejected)
                && plan.stream().anyMatch(p -> p.outcome() == RowOutcome.CREATED || p.outcome() == RowOutcome.UPDATED);
    }

    /**
     * Holds what the import will write until it commits, as the API's writes do: first the rows it
     * updates (in id order), read and planned again once they are held (a change committed while the
     * file was planned is what it updates, never overwritten by the plan of the row as it was), then
     * the locks of the numbers it creates ({@link CooperativeNumberLocks}), the order an update through
     * the API takes them in too (its row, then its new number). A number registered between the lookup
     * and its lock is found now, as a registration would find it, and the file is planned again: that
     * row updates the cooperative instead of inserting the number twice (a unique violation). Its row
     * is then held after numbers are: an update of that cooperative changing its number at the same
     * moment can meet the import in a circle, which PostgreSQL breaks by rolling one back (a 503 to
     * retry, {@code ProblemMappers.writesMet}); rare, and nothing is half-written.
     */
    private List<Planned> lockWrites(List<CooperativeCsv.Line> rows, List<Planned> plan, LocalDate date) {
        List<String> numbers = rows.stream().map(CooperativeImportService::numberOf).filter(ImportKey::valid).distinct().toList();
        Set<UUID> heldRows = new HashSet<>();
        Set<String> heldNumbers = new HashSet<>();
        while (true) {
            List<UUID> rowsToHold = plan.stream().filter(p -> p.outcome() == RowOutcome.UPDATED).map(p -> p.existing().id)
                    .filter(id -> !heldRows.contains(id)).toList();
            if (!rowsToHold.isEmpty()) {
                lockRows(rowsToHold);
                heldRows.addAll(rowsToHold);
                // Nothing is written yet (flush at commit): read the held rows again and plan from them.
                entityManager.clear();
                plan = plan(rows, existing(numbers), date);
                continue;
            }
            List<String> numbersToHold = plan.stream().filter(p -> p.outcome() == RowOutcome.CREATED).map(Planned::number)
                    .filter(number -> !heldNumbers.contains(number)).toList();
            CooperativeNumberLocks.lock(entityManager, numbersToHold);
            heldNumbers.addAll(numbersToHold);
            if (numbersToHold.isEmpty() || existing(numbersToHold).isEmpty()) {
                return plan;
            }
            plan = plan(rows, existing(numbers), date);
        }
    }

    /**
     * Locks the rows until the commit, in PostgreSQL's order of their ids (a uuid's text sorts as its
     * bytes do), with the lock an update through the API takes ({@code for no key update}, which is
     * what Hibernate's PESSIMISTIC_WRITE is on PostgreSQL): a filing, a change or a dissolution of one
     * of them meanwhile waits for the import's commit.
     */
    private void lockRows(List<UUID> ids) {
        List<UUID> sorted = ids.stream().sorted(Comparator.comparing(UUID::toString)).toList();
        for (int from = 0; from < sorted.size(); from += LOOKUP_CHUNK) {
            entityManager.createNativeQuery("select id from cooperative where id in (:ids) order by id for no key update")
                    .setParameter("ids", sorted.subList(from, Math.min(sorted.size(), from + LOOKUP_CHUNK))).getResultList();
        }
    }

    private static Planned rejected(int row, String number, List<RowError> errors) {
        return new Planned(row, number, null, null, RowOutcome.REJECTED, null, List.copyOf(errors));
    }

    /** The cooperatives holding these numbers, by number. */
    private Map<String, Cooperative> existing(List<String> numbers) {
        Map<String, Cooperative> found = new HashMap<>();
        for (int from = 0; from < numbers.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = numbers.subList(from, Math.min(numbers.size(), from + LOOKUP_CHUNK));
            Cooperative.<Cooperative>list("cooperativeNumber in ?1", chunk).forEach(c -> found.put(c.cooperativeNumber, c));
        }
        return found;
    }
}
