package id.go.bekasikota.koperasi.platform.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.OffsetDateTime;

/**
 * A CloudEvent received from Kafka, as an idempotent consumer's handler sees it.
 *
 * @param aggregateVersion the producer's aggregate version; a projection ignores versions it has passed
 * @param key              the Kafka record's key (the aggregate's id), or null
 */
public record InboundEvent(String id, String type, String source, String subject, OffsetDateTime time,
                           long aggregateVersion, String topic, String key, JsonNode data, ObjectMapper reader) {

    /** The payload as a contract record; a payload that does not fit is a poison message. */
    public <T> T data(Class<T> type) {
        try {
            return reader.treeToValue(data, type);
        } catch (Exception e) {
            throw new PoisonMessageException("data does not fit " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
