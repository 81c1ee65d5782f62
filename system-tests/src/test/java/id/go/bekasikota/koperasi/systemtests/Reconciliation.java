package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.stack.EmbeddedPostgresServer;
import id.go.bekasikota.koperasi.stack.LocalSuite;
import org.awaitility.Awaitility;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The final check after every fault: each committed change has exactly one effect downstream,
 * and no effect exists without its cause. Causes are the registry's outbox rows of the
 * cooperatives whose name starts with the test's tag; effects are the consumers' inbox rows and
 * projection rows.
 */
final class Reconciliation {

    private static final List<String> CONSUMERS = List.of("financing", "awards");

    private Reconciliation() {
    }

    /** Waits until the consumers caught up, then checks; returns the counts for the report. */
    static Map<String, Long> reconcile(LocalSuite suite, String tag, Collection<UUID> acknowledged) {
        Set<UUID> committed = ids(suite, "registry", "select id from cooperative where name like ?", tag + "-%");
        assertThat(committed).as("every acknowledged write is committed").containsAll(acknowledged);
        // The events of registry.cooperative.v1 (the snapshot topic's records are not the projections' causes).
        Set<String> causes = strings(suite, "registry",
                "select o.id::text from outbox_event o join cooperative c on o.aggregate_id = c.id::text where c.name like ?"
                        + " and o.topic = 'registry.cooperative.v1'", tag + "-%");

        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() ->
                CONSUMERS.stream().allMatch(service ->
                        ids(suite, service, "select id from cooperative_projection where name like ?", tag + "-%").containsAll(committed)));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                strings(suite, "registry", "select o.id::text from outbox_event o join cooperative c on o.aggregate_id = c.id::text "
                        + "where c.name like ? and o.published_at is null", tag + "-%").isEmpty());

        Map<String, Long> counts = new HashMap<>();
        counts.put("committed", (long) committed.size());
        counts.put("acknowledged", (long) acknowledged.size());
        counts.put("events", (long) causes.size());
        for (String service : CONSUMERS) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                    processed(suite, service).containsAll(causes));
            Set<UUID> projected = ids(suite, service, "select id from cooperative_projection where name like ?", tag + "-%");
            assertThat(projected).as(service + ": no effect without its cause").isEqualTo(committed);
            Map<String, Integer> perEvent = processedCounts(suite, service, causes);
            assertThat(perEvent.values()).as(service + ": each event applied exactly once").containsOnly(1);
            counts.put(service + ".processed", (long) perEvent.size());
        }
        return counts;
    }

    private static Set<String> processed(LocalSuite suite, String service) {
        return strings(suite, service, "select event_id from processed_event where consumer = ?", "cooperative-projection");
    }

    private static Map<String, Integer> processedCounts(LocalSuite suite, String service, Set<String> eventIds) {
        Map<String, Integer> counts = new HashMap<>();
        query(suite, service, "select event_id, count(*) from processed_event where consumer = ? group by event_id",
                "cooperative-projection", row -> {
                    if (eventIds.contains(row.getString(1))) {
                        counts.put(row.getString(1), row.getInt(2));
                    }
                });
        return counts;
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
