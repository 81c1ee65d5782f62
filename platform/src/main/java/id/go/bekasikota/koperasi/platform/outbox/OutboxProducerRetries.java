package id.go.bekasikota.koperasi.platform.outbox;

import io.smallrye.reactive.messaging.ClientCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.eclipse.microprofile.config.Config;

import java.util.Map;

/**
 * Leaves the retries of the relay's records to the Kafka producer, which keeps them in order.
 *
 * <p>The connector retries a failed record on its own by default ({@code retries}, unbounded within
 * {@code delivery.timeout.ms}): it sends that record again, by itself, after a back-off of one to
 * twenty seconds with jitter. Records of one partition that failed together (a leader cut off from
 * the others) then come back in the order of their jitter, after later ones: a cooperative's
 * {@code AnnualReportFiled} in the topic before its {@code CooperativeRegistered}
 * ({@code KafkaClusterIT}). The outbox channel therefore sets the connector's {@code retries=0}: a
 * record Kafka did not acknowledge fails the relay's batch, which is published again, in the
 * registry's order, from its first unpublished row.
 *
 * <p>The connector also hands {@code retries} to the Kafka producer, whose idempotence needs it
 * positive (it refuses to start with 0). Removed here, the producer's own default applies: it
 * retries inside {@code delivery.timeout.ms}, with sequence numbers that keep a partition's records
 * in the order sent.
 */
@ApplicationScoped
public class OutboxProducerRetries implements ClientCustomizer<Map<String, Object>> {

    /** The relay's channel ({@code @Channel("outbox")}). */
    static final String CHANNEL = "outbox";

    @Override
    public Map<String, Object> customize(String channel, Config channelConfig, Map<String, Object> config) {
        if (CHANNEL.equals(channel)) {
            config.remove(ProducerConfig.RETRIES_CONFIG);
        }
        return config;
    }
}
