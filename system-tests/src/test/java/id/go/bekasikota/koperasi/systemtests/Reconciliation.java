package id.go.bekasikota.koperasi.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.stack.EmbeddedPostgresServer;
import id.go.bekasikota.koperasi.stack.LocalSuite;
import id.go.bekasikota.koperasi.testsupport.EventLog;
import org.awaitility.Awaitility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The final check after every fault, on witnesses: the client's own record of what it was told
 * ({@link RegistryLoad}), the registry's committed rows, the events a witness consumer reads from
 * Kafka, and each consumer's projection rows (content and version, not inbox rows), compared by
 * {@link ProjectionCheck}. Rows committed while the client was told nothing or a failure (in flight
 * at the fault) are accounted for against the requests that went unanswered.
 */
final class Reconciliation {

    private static final List<String> CONSUMERS = List.of("financing", "awards");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Reconciliation() {
    }

    /** Waits until the consumers caught up with the witnessed events, then checks; returns the computed figures. */
    static Map<String, Long> reconcile(LocalSuite suite, String tag, RegistryLoad load) {
        List<ProjectionCheck.Acknowledged> acknowledged = load.acknowledgedWrites();
        List<ProjectionCheck.Committed> committed = committed(suite, tag);
        Map<UUID, Long> committedVersions = new HashMap<>();
        committed.forEach(c -> committedVersions.put(c.id(), c.version()));

        List<ProjectionCheck.Witnessed> events;
        try (EventLog witness = new EventLog(suite.kafkaBootstrapServers(), Topics.REGISTRY_COOPERATIVE)) {
            events = Awaitility.await("every committed version on the topic").atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> witnessed(witness, committedVersions.keySet()), seen -> {
                        Map<UUID, Long> highest = new HashMap<>();
                        seen.forEach(e -> highest.merge(e.cooperativeId(), e.version(), Math::max));
                        return committedVersions.entrySet().stream().allMatch(c -> c.getValue().equals(highest.get(c.getKey())));
                    });
        }
        Map<String, Collection<ProjectionCheck.ProjectionRow>> projections = new LinkedHashMap<>();
        for (String service : CONSUMERS) {
            Awaitility.await(service + " caught up").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                    .until(() -> projection(suite, service, tag), rows -> rows.stream()
                            .filter(row -> committedVersions.containsKey(row.id()))
                            .filter(row -> row.version() >= committedVersions.get(row.id())).count() == committedVersions.size());
            projections.put(service, projection(suite, service, tag));
        }

        assertThat(ProjectionCheck.findings(acknowledged, committed, events, projections))
                .as("differences between the witnesses and the projections").isEmpty();
        ProjectionCheck.Figures figures = ProjectionCheck.figures(acknowledged, committed, events, projections);
        assertThat(figures.inFlight()).as("rows committed without an acknowledgement: at most the requests left unanswered")
                .isLessThanOrEqualTo(load.unanswered());

        Map<String, Long> counts = new TreeMap<>();
        counts.put("acknowledged", (long) figures.acknowledged());
        counts.put("committed", (long) figures.committed());
        counts.put("in flight", (long) figures.inFlight());
        counts.put("unanswered requests", (long) load.unanswered());
        counts.put("lost", (long) figures.lost());
        counts.put("events", (long) figures.events());
        counts.put("events published again", (long) figures.redelivered());
        figures.projected().forEach((service, rows) -> counts.put(service + ".projected", (long) rows));
        return counts;
    }

    private static List<ProjectionCheck.Committed> committed(LocalSuite suite, String tag) {
        List<ProjectionCheck.Committed> committed = new ArrayList<>();
        query(suite, "registry", """
                select c.id, c.name, c.version, coalesce(array_agg(r.financial_year) filter (where r.id is not null), '{}')
                from cooperative c left join annual_report r on r.cooperative_id = c.id and r.current
                where c.name like ? group by c.id, c.name, c.version""", tag + "-%", row -> committed.add(
                new ProjectionCheck.Committed((UUID) row.getObject(1), row.getString(2), row.getLong(3), years(row.getArray(4)))));
        return committed;
    }

    private static List<ProjectionCheck.ProjectionRow> projection(LocalSuite suite, String service, String tag) {
        List<ProjectionCheck.ProjectionRow> rows = new ArrayList<>();
        query(suite, service, """
                select p.id, p.name, p.version, p.last_event_id,
                       coalesce((select array_agg((r ->> 'financialYear')::int) from jsonb_array_elements(p.annual_reports) r), '{}')
                from cooperative_projection p where p.name like ?""", tag + "-%", row -> rows.add(new ProjectionCheck.ProjectionRow(
                (UUID) row.getObject(1), row.getString(2), row.getLong(3), List.copyOf(years(row.getArray(5))), row.getString(4))));
        return rows;
    }

    /** The events of the given cooperatives as read from the topic, in the order of their partitions. */
    private static List<ProjectionCheck.Witnessed> witnessed(EventLog witness, Set<UUID> cooperatives) {
        List<ProjectionCheck.Witnessed> events = new ArrayList<>();
        for (EventLog.Event event : witness.all()) {
            if (event.key() == null || !cooperatives.contains(UUID.fromString(event.key()))) {
                continue;
            }
            try {
                JsonNode snapshot = JSON.readTree(event.value()).path("cooperative");
                List<Integer> years = new ArrayList<>();
                snapshot.path("annualReports").forEach(report -> years.add(report.path("financialYear").asInt()));
                events.add(new ProjectionCheck.Witnessed(event.id(), UUID.fromString(event.key()),
                        snapshot.path("version").asLong(), snapshot.path("name").asText(), years));
            } catch (IOException e) {
                throw new UncheckedIOException("event " + event.id(), e);
            }
        }
        return events;
    }

    private static java.util.LinkedHashSet<Integer> years(Array array) throws SQLException {
        java.util.LinkedHashSet<Integer> years = new java.util.LinkedHashSet<>();
        for (Object year : (Object[]) array.getArray()) {
            years.add(((Number) year).intValue());
        }
        return years;
    }

    static long count(LocalSuite suite, String service, String sql, Object parameter) {
        List<Long> result = new ArrayList<>();
        query(suite, service, sql, parameter, row -> result.add(row.getLong(1)));
        return result.isEmpty() ? 0 : result.get(0);
    }

    static Set<UUID> ids(LocalSuite suite, String service, String sql, Object parameter) {
        Set<UUID> ids = new HashSet<>();
        query(suite, service, sql, parameter, row -> ids.add((UUID) row.getObject(1)));
        return ids;
    }

    static Set<String> strings(LocalSuite suite, String service, String sql, Object parameter) {
        Set<String> values = new HashSet<>();
        query(suite, service, sql, parameter, row -> values.add(row.getString(1)));
        return values;
    }

    /** Runs SQL as the database owner (works while the service's own connections are refused). */
    static void execute(LocalSuite suite, String sql) {
        try (Connection connection = DriverManager.getConnection(suite.postgres().jdbcUrl("postgres"),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD)) {
            connection.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    interface Row {
        void accept(ResultSet row) throws SQLException;
    }

    private static void query(LocalSuite suite, String service, String sql, Object parameter, Row row) {
        try (Connection connection = DriverManager.getConnection(suite.postgres().jdbcUrl(service),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    row.accept(result);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
