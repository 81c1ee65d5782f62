package id.go.bekasikota.koperasi.platform.outbox;

import java.util.Objects;

/**
 * An event an aggregate's change caused, to be saved in the outbox in the same transaction.
 *
 * @param topic            the Kafka topic (see {@code Topics})
 * @param type             the CloudEvents type (see {@code EventTypes})
 * @param aggregateType    e.g. {@code cooperative}
 * @param aggregateId      the aggregate's id; also the CloudEvents subject
 * @param aggregateVersion the version of the state the event was derived from: in the registry that of the cooperative's registered
 *                         data, which every event of a write carries and derived events (status, grade, reminders) repeat;
 *                         in financing and awards one more with every event; consumers skip only strictly older ones
 * @param key              the record key: the cooperative id (the cluster id on registry.cluster.v1), so one cooperative's
 *                         (one cluster's) events stay in order
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
