package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.systemtests.ProjectionCheck.Acknowledged;
import id.go.bekasikota.koperasi.systemtests.ProjectionCheck.Committed;
import id.go.bekasikota.koperasi.systemtests.ProjectionCheck.ProjectionRow;
import id.go.bekasikota.koperasi.systemtests.ProjectionCheck.Witnessed;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reconciliation's check can fail: a register of 40 cooperatives written through changes of one
 * or two events each, its events delivered to model consumers with redeliveries (as after a crash),
 * and the check run on what each consumer left. A correct consumer passes; one that applies a
 * redelivered report twice, one that marks an event processed without applying it and one that
 * applies a stale redelivery over a newer state are each caught, naming the cooperative.
 */
class ProjectionCheckTest {

    /** A consumer of the topic as a projection would be: one row per cooperative. */
    interface Consumer {
        void deliver(Witnessed event, Map<UUID, ProjectionRow> rows);
    }

    /** The projection's rule: an event newer than the row replaces it; an older or equal one is ignored. */
    static final Consumer CORRECT = (event, rows) -> {
        ProjectionRow row = rows.get(event.cooperativeId());
        if (row == null || event.version() > row.version()) {
            rows.put(event.cooperativeId(), new ProjectionRow(event.cooperativeId(), event.name(), event.version(),
                    List.copyOf(event.reportYears()), event.eventId()));
        }
    };

    /** Appends the newest report of each event it is given, without asking whether it saw the event before. */
    static final Consumer APPLIES_TWICE = (event, rows) -> {
        ProjectionRow row = rows.get(event.cooperativeId());
        List<Integer> years = row == null ? new ArrayList<>() : new ArrayList<>(row.reportYears());
        if (!event.reportYears().isEmpty() && (row == null || event.reportYears().size() > 0 && event.version() >= row.version())) {
            years.add(event.reportYears().get(event.reportYears().size() - 1));
        }
        rows.put(event.cooperativeId(), new ProjectionRow(event.cooperativeId(), event.name(),
                Math.max(event.version(), row == null ? 0 : row.version()), years, event.eventId()));
    };

    /** Takes no version into account: a redelivered old event puts an old state back. */
    static final Consumer APPLIES_STALE = (event, rows) -> rows.put(event.cooperativeId(),
            new ProjectionRow(event.cooperativeId(), event.name(), event.version(), List.copyOf(event.reportYears()), event.eventId()));

    private final Random random = new Random(20261130L);

    @Test
    void aCorrectConsumerLeavesNothingToFind() {
        Register register = register();
        Map<UUID, ProjectionRow> rows = consume(register.delivered, CORRECT, Set.of());

        assertThat(ProjectionCheck.findings(register.acknowledged, register.committed, register.topic,
                Map.of("financing", rows.values()))).isEmpty();
    }

    @Test
    void aRedeliveredEventAppliedTwiceIsFound() {
        Register register = register();
        Map<UUID, ProjectionRow> rows = consume(register.delivered, APPLIES_TWICE, Set.of());

        List<String> findings = ProjectionCheck.findings(register.acknowledged, register.committed, register.topic,
                Map.of("awards", rows.values()));
        assertThat(findings).isNotEmpty();
        assertThat(findings).anySatisfy(f -> assertThat(f).startsWith("awards: " + register.redeliveredReportOf).contains("twice"));
    }

    @Test
    void anEventMarkedProcessedWithoutBeingAppliedIsFound() {
        Register register = register();
        // The consumer skips the last change of one cooperative (its inbox would say processed).
        Witnessed skipped = register.topic.stream().filter(e -> e.version() > 1).reduce((a, b) -> b).orElseThrow();
        Set<String> skip = new HashSet<>();
        register.topic.stream().filter(e -> e.cooperativeId().equals(skipped.cooperativeId()) && e.version() == skipped.version())
                .forEach(e -> skip.add(e.eventId()));
        Map<UUID, ProjectionRow> rows = consume(register.delivered, CORRECT, skip);

        assertThat(ProjectionCheck.findings(register.acknowledged, register.committed, register.topic, Map.of("financing", rows.values())))
                .anySatisfy(f -> assertThat(f).startsWith("financing: " + skipped.cooperativeId()).contains("not applied"));
    }

    @Test
    void aStaleRedeliveryOverANewerStateIsFound() {
        Register register = register();
        Map<UUID, ProjectionRow> rows = consume(register.delivered, APPLIES_STALE, Set.of());

        assertThat(ProjectionCheck.findings(register.acknowledged, register.committed, register.topic, Map.of("awards", rows.values())))
                .anySatisfy(f -> assertThat(f).startsWith("awards: " + register.redeliveredReportOf));
    }

    @Test
    void aLostAcknowledgedWriteAndAnEffectWithoutCauseAreFound() {
        Register register = register();
        Map<UUID, ProjectionRow> rows = consume(register.delivered, CORRECT, Set.of());
        UUID lost = UUID.randomUUID();
        List<Acknowledged> acknowledged = new ArrayList<>(register.acknowledged);
        acknowledged.add(new Acknowledged(lost, "lost-1", Set.of()));
        UUID phantom = UUID.randomUUID();
        List<ProjectionRow> withPhantom = new ArrayList<>(rows.values());
        withPhantom.add(new ProjectionRow(phantom, "phantom", 1, List.of(), "no-event"));

        assertThat(ProjectionCheck.findings(acknowledged, register.committed, register.topic, Map.of("financing", withPhantom)))
                .containsExactly("financing: " + phantom + " projected without a committed cause",
                        "registry: acknowledged " + lost + " is not committed (lost)");
    }

    @Test
    void theFiguresAreCountedFromTheWitnesses() {
        Register register = register();
        Map<UUID, ProjectionRow> rows = consume(register.delivered, CORRECT, Set.of());

        ProjectionCheck.Figures figures = ProjectionCheck.figures(register.acknowledged, register.committed, register.topic,
                Map.of("financing", rows.values()));
        // 40 registrations, the last 3 committed while the client saw a failure (in flight); 2 events re-published.
        assertThat(figures.acknowledged()).isEqualTo(37);
        assertThat(figures.committed()).isEqualTo(40);
        assertThat(figures.inFlight()).isEqualTo(3);
        assertThat(figures.lost()).isZero();
        assertThat(figures.events()).isEqualTo(register.distinctEvents);
        assertThat(figures.redelivered()).isEqualTo(2);
        assertThat(figures.projected()).containsEntry("financing", 40);
    }

    private Map<UUID, ProjectionRow> consume(List<Witnessed> delivered, Consumer consumer, Set<String> markedWithoutApplying) {
        Map<UUID, ProjectionRow> rows = new LinkedHashMap<>();
        for (Witnessed event : delivered) {
            if (!markedWithoutApplying.contains(event.eventId())) {
                consumer.deliver(event, rows);
            }
        }
        return rows;
    }

    /** A register written change by change, the topic as a witness read it, and the consumers' deliveries. */
    private Register register() {
        Register register = new Register();
        List<Witnessed> events = new ArrayList<>();
        for (int n = 1; n <= 40; n++) {
            UUID id = UUID.randomUUID();
            String name = "check-" + n;
            List<Integer> years = new ArrayList<>();
            long version = 1;
            events.add(new Witnessed(UUID.randomUUID().toString(), id, version, name, List.copyOf(years)));
            int reports = n == 1 ? 2 : random.nextInt(3);
            for (int r = 0; r < reports; r++) {
                version++;
                years.add(2020 + r);
                // A report changes the standing too: two events of the same version, the second ignored by projections.
                events.add(new Witnessed(UUID.randomUUID().toString(), id, version, name, List.copyOf(years)));
                events.add(new Witnessed(UUID.randomUUID().toString(), id, version, name, List.copyOf(years)));
            }
            register.committed.add(new Committed(id, name, version, new HashSet<>(years)));
            if (n <= 37) {
                register.acknowledged.add(new Acknowledged(id, name, new HashSet<>(years)));
            }
        }
        register.distinctEvents = events.size();
        register.topic.addAll(events);
        // The relay re-published two events after a crash (at least once), after everything else.
        register.topic.add(events.get(0));
        register.topic.add(events.get(events.size() - 1));
        // The consumer crashed after the first cooperative's reports and read them again: the report
        // event of its first filing comes again after its second.
        Witnessed firstReport = events.get(1);
        register.redeliveredReportOf = firstReport.cooperativeId();
        register.delivered.addAll(events.subList(0, 5));
        register.delivered.add(firstReport);
        register.delivered.addAll(events.subList(5, events.size()));
        return register;
    }

    private static final class Register {
        final List<Acknowledged> acknowledged = new ArrayList<>();
        final List<Committed> committed = new ArrayList<>();
        final List<Witnessed> topic = new ArrayList<>();
        final List<Witnessed> delivered = new ArrayList<>();
        UUID redeliveredReportOf;
        int distinctEvents;
    }
}
