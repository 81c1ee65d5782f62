package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.testsupport.EventLog;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Writes numbered records to a topic of its own, one at a time, with the outbox's producer
 * settings (platform: {@code acks=all}, idempotence, 10 s request and 14 s delivery timeouts,
 * leaders asked again every 30 s),
 * and times each acknowledgement: Kafka's own write latency through a fault, and a witness of
 * what Kafka acknowledged, independent of the suite.
 */
final class ProduceProbe implements AutoCloseable {

    /** One write: when it was sent, how long until Kafka answered, and whether it acknowledged it. */
    record Write(long sequence, Instant sentAt, Duration latency, boolean acknowledged) {
    }

    private final String topic;
    private final KafkaProducer<String, String> producer;
    private final List<Write> writes = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final CompletableFuture<Void> loop;

    ProduceProbe(String bootstrapServers, String topic) {
        this.topic = topic;
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 1,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 14_000,
                ProducerConfig.METADATA_MAX_AGE_CONFIG, 30_000), new StringSerializer(), new StringSerializer());
        loop = CompletableFuture.runAsync(this::run);
    }

    private void run() {
        for (long sequence = 0; running.get(); sequence++) {
            Instant sentAt = Instant.now();
            long started = System.nanoTime();
            boolean acknowledged;
            try {
                producer.send(new ProducerRecord<>(topic, "probe", String.valueOf(sequence))).get();
                acknowledged = true;
            } catch (ExecutionException | KafkaException e) {
                acknowledged = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            writes.add(new Write(sequence, sentAt, Duration.ofNanos(System.nanoTime() - started), acknowledged));
            // Pacing: about 50 writes a second while the cluster answers.
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    List<Write> writes() {
        return List.copyOf(writes);
    }

    /** Writes sent at or after {@code instant} that Kafka acknowledged. */
    long acknowledgedSentSince(Instant instant) {
        return writes.stream().filter(w -> w.acknowledged() && !w.sentAt().isBefore(instant)).count();
    }

    /** The acknowledged sequence numbers, in the order they were sent. */
    List<Long> acknowledged() {
        return writes.stream().filter(Write::acknowledged).map(Write::sequence).toList();
    }

    /**
     * The sequence numbers in the topic, each at its first occurrence (a retried write may be
     * there twice, an idempotent producer's retry is not).
     */
    List<Long> readBack(String bootstrapServers) {
        // The whole topic as it is once the probe has stopped, not "as many as were acknowledged": writes the
        // probe saw refused (a delivery timeout while a broker died) may be there too, and counting them made
        // the read stop before the last acknowledged writes.
        try (EventLog log = new EventLog(bootstrapServers, topic)) {
            LinkedHashSet<Long> firstOccurrences = new LinkedHashSet<>();
            log.toEnd(Duration.ofSeconds(60)).forEach(e -> firstOccurrences.add(Long.parseLong(e.value())));
            return new ArrayList<>(firstOccurrences);
        }
    }

    @Override
    public void close() {
        running.set(false);
        loop.join();
        producer.close(Duration.ofSeconds(10));
    }
}
