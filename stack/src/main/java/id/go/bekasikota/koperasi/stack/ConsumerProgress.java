package id.go.bekasikota.koperasi.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A consumer's progress seen from outside its service, for the system tests and the benchmark:
 * its group's lag at the broker (end offsets minus committed offsets, what
 * {@code kafka-consumer-groups.sh --describe} shows) and, in the service's own database, when its
 * inbox recorded events ({@code processed_event.processed_at}, stamped by PostgreSQL in the
 * transaction that applied the event; redelivered duplicates record nothing).
 */
public final class ConsumerProgress implements AutoCloseable {

    private final Admin admin;
    private final EmbeddedPostgresServer postgres;

    public ConsumerProgress(LocalSuite suite) {
        this.postgres = suite.postgres();
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafka().bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000));
    }

    /** Records of {@code topic} the group has not committed past; a partition it never committed counts from its log start. */
    public long brokerLag(String group, String topic) {
        try {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS)
                    .get(topic).partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
            Map<TopicPartition, Long> starts = offsets(partitions, OffsetSpec.earliest());
            long lag = 0;
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata offset = committed.get(partition);
                lag += ends.get(partition) - (offset == null ? starts.get(partition) : offset.offset());
            }
            return lag;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the lag of " + group + " on " + topic + ": " + e, e);
        }
    }

    /** Rows of {@code service}'s outbox not yet published to Kafka. */
    public long unpublished(String service) {
        String sql = "select count(*) from outbox_event where published_at is null";
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(service),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** When {@code consumer}'s inbox in {@code service}'s database recorded its first event at or after {@code since}. */
    public Optional<Instant> firstApplied(String service, String consumer, Instant since) {
        return processedAt(service, "min", consumer, since);
    }

    /** When it recorded its last event so far, at or after {@code since}. */
    public Optional<Instant> lastApplied(String service, String consumer, Instant since) {
        return processedAt(service, "max", consumer, since);
    }

    private Optional<Instant> processedAt(String service, String aggregate, String consumer, Instant since) {
        String sql = "select " + aggregate + "(processed_at) from processed_event where consumer = ? and processed_at >= ?";
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(service),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, consumer);
            statement.setObject(2, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return Optional.ofNullable(row.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec) throws Exception {
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), p -> spec)))
                .all().get(10, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    @Override
    public void close() {
        admin.close();
    }
}
