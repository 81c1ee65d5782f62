package id.go.bekasikota.koperasi.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeSnapshot;
import id.go.bekasikota.koperasi.platform.inbox.PoisonMessageException;

import java.util.Set;

/**
 * Reads the cooperative's snapshot out of a registry event: from {@code data.cooperative} of an
 * event of {@code registry.cooperative.v1}, or the whole data of a record of the compacted
 * snapshot topic. What cannot be a snapshot of the subject is a poison message.
 */
public final class CooperativeSnapshots {

    /** The event types of {@code registry.cooperative.v1}: each carries the full snapshot in {@code data.cooperative}. */
    public static final Set<String> EVENT_TYPES = Set.of(
            EventTypes.COOPERATIVE_REGISTERED, EventTypes.COOPERATIVE_UPDATED, EventTypes.ANNUAL_REPORT_FILED,
            EventTypes.COOPERATIVE_STATUS_CHANGED, EventTypes.COOPERATIVE_GRADE_CHANGED, EventTypes.COOPERATIVE_DISSOLVED);

    private CooperativeSnapshots() {
    }

    /**
     * @param type    the CloudEvents type
     * @param subject the CloudEvents subject (the cooperative id), or null
     * @param data    the event's JSON data
     */
    public static CooperativeSnapshot of(String type, String subject, JsonNode data, ObjectMapper reader) {
        JsonNode cooperative;
        if (EventTypes.COOPERATIVE_SNAPSHOT.equals(type)) {
            cooperative = data;
        } else if (EVENT_TYPES.contains(type)) {
            cooperative = data == null ? null : data.get("cooperative");
        } else {
            throw new PoisonMessageException("unknown event type " + type);
        }
        if (cooperative == null || !cooperative.isObject()) {
            throw new PoisonMessageException(EventTypes.COOPERATIVE_SNAPSHOT.equals(type) ? "data is not a snapshot" : "data.cooperative is missing");
        }
        CooperativeSnapshot snapshot;
        try {
            snapshot = reader.treeToValue(cooperative, CooperativeSnapshot.class);
        } catch (Exception e) {
            throw new PoisonMessageException("the snapshot does not fit the schema: " + e.getMessage(), e);
        }
        if (snapshot.id() == null || snapshot.name() == null || snapshot.foundedOn() == null || snapshot.jenis() == null) {
            throw new PoisonMessageException("the snapshot lacks id, name, jenis or foundedOn");
        }
        if (subject != null && !subject.equals(snapshot.id().toString())) {
            throw new PoisonMessageException("subject " + subject + " is not the cooperative " + snapshot.id());
        }
        return snapshot;
    }
}
