package id.go.bekasikota.koperasi.registry.service;

import id.go.bekasikota.koperasi.platform.outbox.DomainEvent;
import id.go.bekasikota.koperasi.platform.outbox.EventOutbox;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.problem.ProblemType;
import id.go.bekasikota.koperasi.registry.domain.Cooperative;
import id.go.bekasikota.koperasi.registry.domain.StandingFacts;
import id.go.bekasikota.koperasi.registry.domain.CooperativeImport;
import id.go.bekasikota.koperasi.registry.domain.CooperativeImport.ImportRow;
import id.go.bekasikota.koperasi.registry.domain.CooperativeImport.Mode;
import id.go.bekasikota.koperasi.registry.domain.CooperativeImport.RowError;
import id.go.bekasikota.koperasi.registry.domain.CooperativeImport.RowOutcome;
import id.go.bekasikota.koperasi.registry.mapping.CooperativeCsv;
import id.go.bekasikota.koperasi.registry.mapping.CooperativeMapper;
import id.go.bekasikota.koperasi.registry.rest.dto.CooperativeRequest;
import id.go.bekasikota.koperasi.registry.repository.ActivationTallies;
import id.go.bekasikota.koperasi.registry.repository.RegisterRevision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Bulk import of cooperatives from CSV: every row validated by the API's rules, a row-by-row
 * report, idempotent by cooperative number (a row equal to the register is UNCHANGED and
 * publishes nothing). ALL_OR_NOTHING writes nothing when any row is rejected.
 */
@ApplicationScoped
public class CooperativeImportService {

    public static final int MAX_ROWS = 50_000;
    private static final int LOOKUP_CHUNK = 1_000;

    private final CooperativeService cooperatives;
    private final StandingService standings;
    private final CooperativeMapper mapper;
    private final EventOutbox outbox;
    private final EntityManager entityManager;
    private final RegisterRevision revision;
    private final ActivationTallies tallies;
    private final ChangesFeedService changes;

    public CooperativeImportService(CooperativeService cooperatives, StandingService standings, CooperativeMapper mapper,
                                    EventOutbox outbox, EntityManager entityManager, RegisterRevision revision,
                                    ActivationTallies tallies, ChangesFeedService changes) {
        this.changes = changes;
        this.revision = revision;
        this.tallies = tallies;
        this.cooperatives = cooperatives;
        this.standings = standings;
        this.mapper = mapper;
        this.outbox = outbox;
        this.entityManager = entityManager;
    }

    /** One parsed and validated row, and what writing it means. */
    private record Planned(int row, String number, CooperativeRequest request, Cooperative existing,
                           RowOutcome outcome, List<String> changedFields, List<RowError> errors) {
    }

    @Transactional
    public CooperativeImport importCsv(String csv, Mode mode, String actor) {
        Instant started = Instant.now();
        // Events go straight to the outbox while entities wait for one batched flush at commit.
        entityManager.setFlushMode(FlushModeType.COMMIT);
        List<Map<String, String>> rows = parse(csv);
        Map<String, Cooperative> existing = existing(rows);
        List<Planned> plan = new ArrayList<>(rows.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            plan.add(plan(i + 2, rows.get(i), existing, seen));
        }
        boolean anyRejected = plan.stream().anyMatch(p -> p.outcome() == RowOutcome.REJECTED);
        boolean write = !(mode == Mode.ALL_OR_NOTHING && anyRejected);

        CooperativeImport report = new CooperativeImport();
        report.id = UUID.randomUUID();
        report.mode = mode;
        report.outcome = write ? CooperativeImport.Outcome.APPLIED : CooperativeImport.Outcome.REJECTED;
        report.importedBy = actor;
        report.startedAt = started;
        report.totalRows = plan.size();
        LocalDate today = cooperatives.today();
        List<Cooperative> updated = write
                ? plan.stream().filter(p -> p.outcome() == RowOutcome.UPDATED).map(Planned::existing).toList()
                : List.of();
        List<StandingFacts> before = tallies.factsOf(updated);
        List<Cooperative> created = new ArrayList<>();
        for (Planned p : plan) {
            UUID id = p.existing() == null ? null : p.existing().id;
            if (write && p.outcome() == RowOutcome.CREATED) {
                Cooperative cooperative = create(p.request(), today);
                created.add(cooperative);
                id = cooperative.id;
            } else if (write && p.outcome() == RowOutcome.UPDATED) {
                update(p.existing(), p.request(), p.changedFields(), actor);
            }
            report.rows.add(new ImportRow(p.row(), p.number(), p.outcome(), p.outcome() == RowOutcome.REJECTED ? null : id,
                    p.changedFields(), p.errors()));
            switch (p.outcome()) {
                case CREATED -> report.created++;
                case UPDATED -> report.updated++;
                case UNCHANGED -> report.unchanged++;
                case REJECTED -> report.rejected++;
            }
        }
        report.finishedAt = Instant.now();
        report.persist();
        if (write && (report.created > 0 || report.updated > 0)) {
            revision.evaluatedOneOn(today);
            List<StandingFacts> after = new ArrayList<>(tallies.factsOf(updated));
            created.forEach(cooperative -> after.add(StandingFacts.of(cooperative, List.of())));
            tallies.written(before, after);
            List<Cooperative> written = new ArrayList<>(updated);
            written.addAll(created);
            changes.written(written);
        }
        return report;
    }

    @Transactional
    public Optional<CooperativeImport> find(UUID id) {
        return CooperativeImport.findByIdOptional(id);
    }

    private Cooperative create(CooperativeRequest request, LocalDate today) {
        Cooperative cooperative = new Cooperative();
        mapper.apply(request, cooperative);
        List<DomainEvent> events = Cooperative.register(cooperative, today);
        cooperative.persist();
        outbox.append(events);
        return cooperative;
    }

    private void update(Cooperative cooperative, CooperativeRequest request, List<String> changed, String actor) {
        mapper.apply(request, cooperative);
        List<DomainEvent> events = new ArrayList<>(cooperative.updated(changed));
        events.addAll(standings.afterChange(cooperative, cooperative.version + 1, actor).events());
        outbox.append(events);
    }

    private Planned plan(int row, Map<String, String> cells, Map<String, Cooperative> existing, Map<String, Integer> seen) {
        String number = cells.get("cooperativeNumber") == null ? null : cells.get("cooperativeNumber").strip();
        if (number == null || number.isEmpty()) {
            return rejected(row, null, List.of(new RowError("cooperativeNumber", "is required to import (rows are matched by it)")));
        }
        Integer first = seen.putIfAbsent(number, row);
        if (first != null) {
            return rejected(row, number, List.of(new RowError("cooperativeNumber", "appears already in row " + first)));
        }
        Cooperative current = existing.get(number);
        CooperativeRequest base = current == null ? null : mapper.toRequest(current);
        Map<String, String> cellErrors = new LinkedHashMap<>();
        CooperativeRequest request = CooperativeCsv.read(cells, base, cellErrors);
        List<RowError> errors = new ArrayList<>();
        cellErrors.forEach((field, message) -> errors.add(new RowError(field, message)));
        for (Problem.FieldError error : cooperatives.errors(request)) {
            if (!cellErrors.containsKey(error.field())) {
                errors.add(new RowError(error.field(), error.message()));
            }
        }
        if (!errors.isEmpty()) {
            return rejected(row, number, errors);
        }
        CooperativeRequest normalised = mapper.normalise(request);
        if (current == null) {
            return new Planned(row, number, normalised, null, RowOutcome.CREATED, null, null);
        }
        List<String> changed = cooperatives.changedFields(base, normalised);
        return new Planned(row, number, normalised, current, changed.isEmpty() ? RowOutcome.UNCHANGED : RowOutcome.UPDATED,
                changed.isEmpty() ? null : changed, null);
    }

    private static Planned rejected(int row, String number, List<RowError> errors) {
        return new Planned(row, number, null, null, RowOutcome.REJECTED, null, List.copyOf(errors));
    }

    private Map<String, Cooperative> existing(List<Map<String, String>> rows) {
        List<String> numbers = rows.stream().map(r -> r.get("cooperativeNumber")).filter(n -> n != null && !n.isBlank())
                .map(String::strip).distinct().toList();
        Map<String, Cooperative> found = new HashMap<>();
        for (int from = 0; from < numbers.size(); from += LOOKUP_CHUNK) {
            List<String> chunk = numbers.subList(from, Math.min(numbers.size(), from + LOOKUP_CHUNK));
            Cooperative.<Cooperative>list("cooperativeNumber in ?1", chunk).forEach(c -> found.put(c.cooperativeNumber, c));
        }
        return found;
    }

    /** The data rows as column -> cell maps; a file that cannot be read as a whole is a 400. */
    private static List<Map<String, String>> parse(String csv) {
        String text = csv == null ? "" : csv;
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).get();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            checkHeader(header);
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "An import holds at most " + MAX_ROWS + " rows; split the file");
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i).strip(), i < record.size() ? record.get(i) : null);
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body is not readable CSV: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("header", e.getMessage());
        }
    }

    private static void checkHeader(List<String> header) {
        if (header.isEmpty()) {
            throw ProblemException.invalid("header", "the first line must name the columns: " + String.join(",", CooperativeCsv.IMPORT_COLUMNS));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String column : header) {
            if (!CooperativeCsv.IMPORT_COLUMNS.contains(column.strip())) {
                errors.add(new Problem.FieldError("header", "unknown column '" + column + "'; allowed: "
                        + String.join(", ", CooperativeCsv.IMPORT_COLUMNS)));
            }
        }
        for (String required : CooperativeCsv.IMPORT_COLUMNS) {
            if (CooperativeCsv.REQUIRED_COLUMNS.contains(required) && header.stream().noneMatch(h -> h.strip().equals(required))) {
                errors.add(new Problem.FieldError("header", "column '" + required + "' is required"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
