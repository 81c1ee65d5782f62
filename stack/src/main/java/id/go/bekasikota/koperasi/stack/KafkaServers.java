package id.go.bekasikota.koperasi.stack;

/** The Kafka the suite runs on: a single broker ({@link KafkaBroker}) or a cluster ({@link KafkaCluster}). */
public interface KafkaServers extends AutoCloseable {

    /** What clients name in {@code bootstrap.servers}. */
    String bootstrapServers();

    /** Stops every broker and removes its data. */
    @Override
    void close();
}
