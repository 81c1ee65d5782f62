package id.go.bekasikota.koperasi.platform.inbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The brokers' side of the lag: end and start offsets of partitions and a group's committed
 * offsets, read with one Admin client per service, created on first use from the {@code kafka.*}
 * configuration (the same brokers and security settings as the channels).
 */
@ApplicationScoped
public class KafkaOffsets {

    private final Map<String, Object> adminConfig;
    private final Duration timeout;
    private Admin admin;

    KafkaOffsets(@Identifier("default-kafka-broker") Map<String, Object> kafka,
                 @ConfigProperty(name = "koperasi.consumers.offsets-timeout", defaultValue = "PT1S") Duration timeout) {
        this.timeout = timeout;
        Map<String, Object> config = new HashMap<>();
        kafka.forEach((key, value) -> {
            if (AdminClientConfig.configNames().contains(key)) {
                config.put(key, value);
            }
        });
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        this.adminConfig = Map.copyOf(config);
    }

    /** The offset the next record of each partition will get. */
    Map<TopicPartition, Long> ends(Set<TopicPartition> partitions) throws OffsetsUnavailableException {
        return offsets(partitions, OffsetSpec.latest());
    }

    /** The first offset still in each partition's log. */
    Map<TopicPartition, Long> starts(Set<TopicPartition> partitions) throws OffsetsUnavailableException {
        return offsets(partitions, OffsetSpec.earliest());
    }

    /** The group's committed offsets; partitions it never committed are absent. */
    Map<TopicPartition, Long> committed(String group) throws OffsetsUnavailableException {
        Map<TopicPartition, OffsetAndMetadata> offsets = await(admin().listConsumerGroupOffsets(group,
                        new ListConsumerGroupOffsetsOptions().timeoutMs((int) timeout.toMillis()))
                .partitionsToOffsetAndMetadata());
        Map<TopicPartition, Long> committed = new HashMap<>();
        offsets.forEach((partition, offset) -> {
            if (offset != null) {
                committed.put(partition, offset.offset());
            }
        });
        return committed;
    }

    private Map<TopicPartition, Long> offsets(Set<TopicPartition> partitions, OffsetSpec spec) throws OffsetsUnavailableException {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        var request = partitions.stream().collect(Collectors.toMap(Function.identity(), partition -> spec));
        return await(admin().listOffsets(request, new ListOffsetsOptions().timeoutMs((int) timeout.toMillis())).all())
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    private <T> T await(org.apache.kafka.common.KafkaFuture<T> future) throws OffsetsUnavailableException {
        try {
            return future.get(timeout.toMillis() + 500, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OffsetsUnavailableException("interrupted");
        } catch (ExecutionException e) {
            throw new OffsetsUnavailableException(String.valueOf(e.getCause().getMessage()));
        } catch (TimeoutException e) {
            throw new OffsetsUnavailableException("no answer from Kafka within " + timeout.toMillis() + " ms");
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(adminConfig);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }

    /** Kafka did not answer in time, or refused: the lag is unknown. */
    static final class OffsetsUnavailableException extends Exception {
        OffsetsUnavailableException(String reason) {
            super(reason);
        }
    }
}
