package id.go.bekasikota.koperasi.notifications.event;

import id.go.bekasikota.koperasi.notifications.service.DeliveryDispatcher;
import id.go.bekasikota.koperasi.notifications.service.WebhookFanout;
import id.go.bekasikota.koperasi.platform.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every event of the suite's topics (channels {@code registry-cooperative}, {@code registry-reminder}
 * (the registry's {@code report-due} reminders), {@code registry-cluster} (cluster activity), {@code financing-loan-application},
 * {@code awards-nomination}) becomes a delivery for each
 * subscription that takes it. Each event is processed once ({@link IdempotentConsumer}: the
 * deliveries and the processed event id commit together); the dispatcher is woken after the commit
 * when the event made deliveries.
 */
@ApplicationScoped
public class SuiteEventsConsumer {

    public static final String CONSUMER = "webhooks";

    private final IdempotentConsumer inbox;
    private final WebhookFanout fanout;
    private final DeliveryDispatcher dispatcher;

    public SuiteEventsConsumer(IdempotentConsumer inbox, WebhookFanout fanout, DeliveryDispatcher dispatcher) {
        this.inbox = inbox;
        this.fanout = fanout;
        this.dispatcher = dispatcher;
    }

    @Incoming("registry-cooperative")
    @Blocking(ordered = true)
    public CompletionStage<Void> onRegistryEvent(KafkaRecordBatch<String, String> batch) {
        return accept(batch);
    }

    @Incoming("registry-reminder")
    @Blocking(ordered = true)
    public CompletionStage<Void> onRegistryReminder(KafkaRecordBatch<String, String> batch) {
        return accept(batch);
    }

    @Incoming("registry-cluster")
    @Blocking(ordered = true)
    public CompletionStage<Void> onRegistryCluster(KafkaRecordBatch<String, String> batch) {
        return accept(batch);
    }

    @Incoming("financing-loan-application")
    @Blocking(ordered = true)
    public CompletionStage<Void> onFinancingEvent(KafkaRecordBatch<String, String> batch) {
        return accept(batch);
    }

    @Incoming("awards-nomination")
    @Blocking(ordered = true)
    public CompletionStage<Void> onAwardsEvent(KafkaRecordBatch<String, String> batch) {
        return accept(batch);
    }

    /**
     * The dispatcher is woken only when the batch made deliveries, once they are committed: most events
     * of a register have no subscriber, and a round of the dispatcher (a transaction claiming due
     * deliveries) after each of them took about two thirds of this service's CPU while the benchmark fed
     * it the register. A redelivered event makes none: its deliveries were made, and woke the dispatcher,
     * the first time.
     */
    private CompletionStage<Void> accept(KafkaRecordBatch<String, String> batch) {
        AtomicInteger deliveries = new AtomicInteger();
        return inbox.process(batch, CONSUMER, event -> deliveries.addAndGet(fanout.accept(event))).thenRun(() -> {
            if (deliveries.get() > 0) {
                dispatcher.wake();
            }
        });
    }
}
