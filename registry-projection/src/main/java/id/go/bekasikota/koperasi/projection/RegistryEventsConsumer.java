package id.go.bekasikota.koperasi.projection;

import id.go.bekasikota.koperasi.contracts.registry.CooperativeSnapshot;
import id.go.bekasikota.koperasi.platform.inbox.IdempotentConsumer;
import id.go.bekasikota.koperasi.platform.inbox.InboundEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Keeps {@link CooperativeProjection} from {@code registry.cooperative.v1} (channel
 * {@code registry-cooperative}). Every registry event carries the full public snapshot, so each
 * one is an upsert guarded by the aggregate version: redelivered and stale events change nothing.
 * The projection can be rebuilt from the compacted snapshot topic while this keeps it current
 * ({@code rebuild.RegistryProjectionRebuilds}).
 */
@ApplicationScoped
public class RegistryEventsConsumer {

    public static final String CONSUMER = "cooperative-projection";
    private static final Logger LOG = Logger.getLogger(RegistryEventsConsumer.class);

    private final IdempotentConsumer inbox;
    private final Event<CooperativeProjectionChanged> changed;
    private final EntityManager entityManager;

    public RegistryEventsConsumer(IdempotentConsumer inbox, Event<CooperativeProjectionChanged> changed, EntityManager entityManager) {
        this.inbox = inbox;
        this.changed = changed;
        this.entityManager = entityManager;
    }

    @Incoming("registry-cooperative")
    @Blocking(ordered = true)
    public CompletionStage<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.process(batch, CONSUMER, this::holdOffRebuilds, this::apply);
    }

    /**
     * Once per transaction, before its first event: a rebuild switches tables holding this lock exclusively,
     * so no event is applied halfway through the switch.
     */
    void holdOffRebuilds() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock_shared(:key)")
                .setParameter("key", ProjectionLock.KEY).getSingleResult();
    }

    void apply(InboundEvent event) {
        CooperativeSnapshot snapshot = CooperativeSnapshots.of(event.type(), event.subject(), event.data(), event.reader());
        UUID id = snapshot.id();
        CooperativeProjection projection = CooperativeProjection.find(id).orElse(null);
        boolean isNew = projection == null;
        if (isNew) {
            projection = new CooperativeProjection();
            projection.id = id;
        }
        if (!projection.apply(snapshot, event.id())) {
            LOG.debugf("Ignoring stale event %s (version %d) for cooperative %s at version %d",
                    event.id(), snapshot.version(), id, projection.version);
            return;
        }
        if (isNew) {
            projection.persist();
        }
        changed.fire(new CooperativeProjectionChanged(id, event.type(), snapshot.version()));
    }

    /** Fired inside the projection's transaction, for services that keep derived data. */
    public record CooperativeProjectionChanged(UUID cooperativeId, String eventType, long version) {
    }
}
