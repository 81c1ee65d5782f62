package id.go.bekasikota.koperasi.projection;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeSnapshot;
import id.go.bekasikota.koperasi.platform.inbox.IdempotentConsumer;
import id.go.bekasikota.koperasi.platform.inbox.InboundEvent;
import id.go.bekasikota.koperasi.platform.inbox.PoisonMessageException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Keeps {@link CooperativeProjection} from {@code registry.cooperative.v1} (channel
 * {@code registry-cooperative}). Every registry event carries the full public snapshot, so each
 * one is an upsert guarded by the aggregate version: redelivered and stale events change nothing.
 */
@ApplicationScoped
public class RegistryEventsConsumer {

    public static final String CONSUMER = "cooperative-projection";
    private static final Logger LOG = Logger.getLogger(RegistryEventsConsumer.class);
    private static final Set<String> KNOWN_TYPES = Set.of(
            EventTypes.COOPERATIVE_REGISTERED, EventTypes.COOPERATIVE_UPDATED, EventTypes.ANNUAL_REPORT_FILED,
            EventTypes.COOPERATIVE_STATUS_CHANGED, EventTypes.COOPERATIVE_GRADE_CHANGED, EventTypes.COOPERATIVE_DISSOLVED);

    private final IdempotentConsumer inbox;
    private final Event<CooperativeProjectionChanged> changed;

    public RegistryEventsConsumer(IdempotentConsumer inbox, Event<CooperativeProjectionChanged> changed) {
        this.inbox = inbox;
        this.changed = changed;
    }

    @Incoming("registry-cooperative")
    @Blocking(ordered = true)
    public CompletionStage<Void> onEvent(Message<String> message) {
        return inbox.process(message, CONSUMER, this::apply);
    }

    void apply(InboundEvent event) {
        if (!KNOWN_TYPES.contains(event.type())) {
            throw new PoisonMessageException("unknown event type " + event.type());
        }
        JsonNode cooperative = event.data().get("cooperative");
        if (cooperative == null || !cooperative.isObject()) {
            throw new PoisonMessageException("data.cooperative is missing");
        }
        CooperativeSnapshot snapshot;
        try {
            snapshot = event.reader().treeToValue(cooperative, CooperativeSnapshot.class);
        } catch (Exception e) {
            throw new PoisonMessageException("data.cooperative does not fit the schema: " + e.getMessage(), e);
        }
        if (snapshot.id() == null || snapshot.name() == null || snapshot.foundedOn() == null || snapshot.jenis() == null) {
            throw new PoisonMessageException("data.cooperative lacks id, name, jenis or foundedOn");
        }
        if (event.subject() != null && !event.subject().equals(snapshot.id().toString())) {
            throw new PoisonMessageException("subject " + event.subject() + " is not the cooperative " + snapshot.id());
        }
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
