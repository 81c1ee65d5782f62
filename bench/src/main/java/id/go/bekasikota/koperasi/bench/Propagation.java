package id.go.bekasikota.koperasi.bench;

import org.HdrHistogram.Histogram;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Event propagation measured from the events' own timestamps: the registry's outbox row
 * ({@code occurred_at}, stamped inside the writing transaction, just before its commit) to the
 * consumer's projection row ({@code updated_at}, stamped inside the consuming transaction, just
 * before its commit), joined on the event id the projection records ({@code last_event_id}).
 * Both clocks are this machine's. Writes must touch distinct cooperatives, so that each
 * projection row names the one event being measured.
 */
public final class Propagation {

    private final RegisterLoader database;

    public Propagation(RegisterLoader database) {
        this.database = database;
    }

    /** The registry's events since {@code since}: event id -> occurred_at. */
    public Map<String, Instant> registryEvents(Instant since, String eventType) {
        Map<String, Instant> events = new HashMap<>();
        query("registry", "select id::text, occurred_at from outbox_event where occurred_at >= ? and event_type = ?",
                since, eventType, row -> events.put(row.getString(1), row.getObject(2, OffsetDateTime.class).toInstant()));
        return events;
    }

    /**
     * The registry's own share: outbox {@code occurred_at} to {@code published_at} (the relay's
     * mark after Kafka acknowledged the batch) of the events since {@code since}, in microseconds;
     * events not yet published are left out.
     */
    public Histogram relayLag(Instant since, String eventType) {
        Histogram micros = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
        query("registry", "select occurred_at, published_at from outbox_event where occurred_at >= ? and event_type = ? "
                        + "and published_at is not null", since, eventType,
                row -> micros.recordValue(Math.max(0, Duration.between(row.getObject(1, OffsetDateTime.class),
                        row.getObject(2, OffsetDateTime.class)).toNanos() / 1000)));
        return micros;
    }

    /**
     * Waits (up to {@code timeout}) until {@code service}'s projection names every event, then
     * returns the latencies in microseconds; events not seen by then count as missing.
     */
    public Result measure(String service, Map<String, Instant> events, Instant since, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Instant> seen = new HashMap<>();
        while (true) {
            seen.clear();
            query(service, "select last_event_id, updated_at from cooperative_projection where updated_at >= ?", since, null,
                    row -> seen.put(row.getString(1), row.getObject(2, OffsetDateTime.class).toInstant()));
            if (seen.keySet().containsAll(events.keySet()) || System.nanoTime() > deadline) {
                break;
            }
            RegisterLoader.sleep(500);
        }
        Histogram micros = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
        long missing = 0;
        Instant first = null;
        Instant last = null;
        for (Map.Entry<String, Instant> event : events.entrySet()) {
            Instant applied = seen.get(event.getKey());
            if (applied == null) {
                missing++;
            } else {
                micros.recordValue(Math.max(0, Duration.between(event.getValue(), applied).toNanos() / 1000));
                first = first == null || applied.isBefore(first) ? applied : first;
                last = last == null || applied.isAfter(last) ? applied : last;
            }
        }
        double seconds = first == null ? 0 : Duration.between(first, last).toNanos() / 1e9;
        return new Result(micros, missing, seconds > 0 ? (micros.getTotalCount() - 1) / seconds : Double.NaN);
    }

    /** @param appliedPerSecond how fast the consumer applied the events, from its first to its last */
    public record Result(Histogram micros, long missing, double appliedPerSecond) {
    }

    @FunctionalInterface
    private interface RowHandler {
        void accept(ResultSet row) throws SQLException;
    }

    private void query(String database, String sql, Instant since, String parameter, RowHandler handler) {
        try (Connection connection = this.database.connect(database);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC));
            if (parameter != null) {
                statement.setString(2, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    handler.accept(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
