package id.go.bekasikota.koperasi.projection.rebuild;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeSnapshot;
import id.go.bekasikota.koperasi.platform.inbox.PoisonMessageException;
import id.go.bekasikota.koperasi.platform.json.JsonConfig;
import id.go.bekasikota.koperasi.projection.CooperativeSnapshots;
import id.go.bekasikota.koperasi.projection.ProjectionLock;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * One rebuild of the projection of the register, on one database connection and one Kafka
 * consumer of its own (no consumer group: partitions assigned, read from where the rebuild
 * chooses, nothing committed):
 *
 * <ol>
 *   <li>a fresh table, filled from the compacted snapshot topic read from its start up to the
 *       end it had when the phase began (each cooperative at its highest version);</li>
 *   <li>the live topic from {@code liveMargin} before the rebuild started up to its end: the
 *       events the relay published about then, whose snapshot records might not have been on the
 *       snapshot topic yet, and everything since;</li>
 *   <li>the switch, in one transaction: the advisory lock that the live consumer takes shared
 *       with every event is taken exclusively (events in flight finish, the next ones wait), the
 *       live topic is read up to its end once more (everything the live consumer has applied is
 *       on the topic by then), and the fresh table takes the projection's place.</li>
 * </ol>
 *
 * The live consumer keeps the old table current until the switch, and reads keep being served
 * from it; after the switch they read the fresh one. Versions are copied, so a stale event that
 * comes later is still ignored. If anything fails, the transaction of the switch rolls back and
 * the projection is the one it was.
 */
final class RebuildRun {

    private static final Logger LOG = Logger.getLogger(RebuildRun.class);
    private static final Duration POLL = Duration.ofMillis(500);

    /** How a rebuild reads Kafka. */
    record Settings(String bootstrapServers, String clientId, Duration liveMargin, int batchSize, Duration silence) {
    }

    /** The service stopped: the rebuild ends unfinished (nothing changed). */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("the service stopped before the rebuild finished; ask again", null, false, false);
        }
    }

    private final UUID id;
    private final DataSource dataSource;
    private final ObjectMapper reader;
    private final ProjectionTable table;
    private final Settings settings;
    private final RebuildProgress progress;
    private final BooleanSupplier stopping;
    private final Clock clock;

    private RebuildState state = RebuildState.REPLAYING_SNAPSHOTS;
    private long snapshotRecords;
    private long liveRecords;
    private long skipped;
    private long applied;
    private long lag;

    RebuildRun(UUID id, DataSource dataSource, ObjectMapper json, Settings settings, RebuildProgress progress,
               BooleanSupplier stopping, Clock clock) {
        this.id = id;
        this.dataSource = dataSource;
        this.reader = JsonConfig.forStoredData(json);
        this.table = new ProjectionTable(json);
        this.settings = settings;
        this.progress = progress;
        this.stopping = stopping;
        this.clock = clock;
    }

    void run() {
        Instant started = clock.instant();
        progress.started(id);
        try (Connection connection = dataSource.getConnection(); KafkaConsumer<String, String> consumer = consumer()) {
            connection.setAutoCommit(false);
            try {
                table.create(connection);
                connection.commit();

                List<TopicPartition> snapshots = partitions(consumer, Topics.REGISTRY_COOPERATIVE_SNAPSHOT);
                consumer.assign(snapshots);
                consumer.seekToBeginning(snapshots);
                readUntil(consumer, consumer.endOffsets(snapshots), connection, true);

                phase(connection, RebuildState.CATCHING_UP);
                List<TopicPartition> live = partitions(consumer, Topics.REGISTRY_COOPERATIVE);
                consumer.assign(live);
                seekToTime(consumer, live, started.minus(settings.liveMargin()));
                readUntil(consumer, consumer.endOffsets(live), connection, true);
                table.analyze(connection);
                phase(connection, RebuildState.SWITCHING);

                try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, ProjectionLock.KEY);
                    lock.execute();
                }
                readUntil(consumer, consumer.endOffsets(live), connection, false);
                long rows = table.switchTables(connection);
                state = RebuildState.COMPLETED;
                saveProgress(connection, rows, null);
                connection.commit();
                progress.state(state);
                LOG.infof("Registry projection rebuild %s completed in %d ms: %d snapshot and %d live records read, "
                                + "%d events applied, %d passed over, %d cooperatives", id,
                        Duration.between(started, clock.instant()).toMillis(), snapshotRecords, liveRecords, applied, skipped, rows);
            } catch (Exception e) {
                connection.rollback();
                fail(connection, e);
            }
        } catch (Exception e) {
            LOG.errorf(e, "Registry projection rebuild %s could not record its failure", id);
            progress.state(RebuildState.FAILED);
        }
    }

    private void fail(Connection connection, Exception cause) throws SQLException {
        String reason = cause instanceof Stopped ? cause.getMessage()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        if (cause instanceof Stopped) {
            LOG.warnf("Registry projection rebuild %s stopped: %s", id, reason);
        } else {
            LOG.errorf(cause, "Registry projection rebuild %s failed; the projection is unchanged", id);
        }
        state = RebuildState.FAILED;
        table.dropFresh(connection);
        saveProgress(connection, null, reason);
        connection.commit();
        progress.state(state);
    }

    private void phase(Connection connection, RebuildState next) throws SQLException {
        state = next;
        progress.state(next);
        saveProgress(connection, null, null);
        connection.commit();
    }

    /**
     * Applies what the consumer reads until its position reaches {@code end} on every partition.
     * With {@code commit}, each batch is one transaction (and moves the heartbeat on).
     */
    private void readUntil(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end, Connection connection,
                           boolean commit) throws SQLException {
        Instant lastRecord = clock.instant();
        while (true) {
            lag = remaining(consumer, end);
            progress.progressed(applied, lag);
            if (lag == 0) {
                return;
            }
            if (stopping.getAsBoolean()) {
                throw new Stopped();
            }
            ConsumerRecords<String, String> records = consumer.poll(POLL);
            if (records.isEmpty()) {
                if (Duration.between(lastRecord, clock.instant()).compareTo(settings.silence()) > 0) {
                    throw new IllegalStateException("Kafka gave no record for " + settings.silence() + " with " + lag + " left to read");
                }
                continue;
            }
            lastRecord = clock.instant();
            Map<UUID, ProjectionTable.Applied> batch = new LinkedHashMap<>();
            for (ConsumerRecord<String, String> record : records) {
                if (Topics.REGISTRY_COOPERATIVE_SNAPSHOT.equals(record.topic())) {
                    snapshotRecords++;
                } else {
                    liveRecords++;
                }
                ProjectionTable.Applied read = read(record);
                if (read == null) {
                    skipped++;
                    continue;
                }
                applied++;
                batch.merge(read.snapshot().id(), read, (held, next) -> next.snapshot().version() > held.snapshot().version() ? next : held);
            }
            table.upsert(connection, batch.values());
            if (commit) {
                lag = remaining(consumer, end);
                saveProgress(connection, null, null);
                connection.commit();
            }
        }
    }

    /** The snapshot a record carries, or null (logged) for one that carries none. */
    private ProjectionTable.Applied read(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        String eventId = headers.get("ce_id");
        try {
            if (eventId == null || headers.get("ce_type") == null || record.value() == null) {
                throw new PoisonMessageException("not a CloudEvent with data");
            }
            JsonNode data = reader.readTree(record.value());
            CooperativeSnapshot snapshot = CooperativeSnapshots.of(headers.get("ce_type"), headers.get("ce_subject"), data, reader);
            return new ProjectionTable.Applied(snapshot, eventId);
        } catch (Exception e) {
            LOG.debugf("Rebuild %s passes over %s-%d@%d: %s", id, record.topic(), record.partition(), record.offset(), e.getMessage());
            return null;
        }
    }

    private long remaining(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        long left = 0;
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            left += Math.max(0, partition.getValue() - consumer.position(partition.getKey()));
        }
        return left;
    }

    private void seekToTime(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions, Instant from) {
        Map<TopicPartition, Long> times = new HashMap<>();
        partitions.forEach(p -> times.put(p, from.toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(times);
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp offset = offsets.get(partition);
            if (offset == null) {
                consumer.seekToEnd(List.of(partition));
            } else {
                consumer.seek(partition, offset.offset());
            }
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        var info = consumer.partitionsFor(topic, Duration.ofSeconds(30));
        if (info == null || info.isEmpty()) {
            throw new IllegalStateException("The topic " + topic + " does not exist");
        }
        return info.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    private void saveProgress(Connection connection, Long rows, String failure) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update projection_rebuild set state = ?, heartbeat_at = ?, snapshot_records = ?, live_records = ?,
                    skipped_records = ?, events_applied = ?, lag = ?, rows = coalesce(?, rows), failure = ?,
                    finished_at = case when ? then cast(? as timestamptz) end
                where id = ?""")) {
            Timestamp now = Timestamp.from(clock.instant());
            update.setString(1, state.name());
            update.setTimestamp(2, now);
            update.setLong(3, snapshotRecords);
            update.setLong(4, liveRecords);
            update.setLong(5, skipped);
            update.setLong(6, applied);
            update.setLong(7, lag);
            if (rows == null) {
                update.setNull(8, Types.BIGINT);
            } else {
                update.setLong(8, rows);
            }
            update.setString(9, failure);
            update.setBoolean(10, state.finished());
            update.setTimestamp(11, now);
            update.setObject(12, id);
            update.executeUpdate();
        }
    }

    private KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, settings.clientId() + "-" + id.toString().substring(0, 8));
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.batchSize());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }
}
