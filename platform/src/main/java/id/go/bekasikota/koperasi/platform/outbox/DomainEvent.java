package id.go.bekasikota.koperasi.platform.outbox;

import java.util.Objects;

/**
 * An event an aggregate's change caused, to be saved in the outbox in the same transaction.
 *
 * @param topic            the Kafka topic (see {@code Topics})
 * @param type             the CloudEvents type (see {@code EventTypes})
 * @param aggregateType    e.g. {@code cooperative}
 * @param aggregateId      the aggregate's id; also the CloudEvents subject
 * @param aggregateVersion the aggregate's version after the change; consumers ignore older ones
 * @param key              the record key: always the cooperative id, so one cooperative's events stay in order
 * @param data             the payload record, serialised as JSON
 */
public record DomainEvent(String topic, String type, String aggregateType, String aggregateId,
                          long aggregateVersion, String key, Object data) {

    public DomainEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(data, "data");
    }
}
