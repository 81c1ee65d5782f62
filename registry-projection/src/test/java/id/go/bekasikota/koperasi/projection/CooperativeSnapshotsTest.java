package id.go.bekasikota.koperasi.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeDissolved;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeSnapshot;
import id.go.bekasikota.koperasi.platform.inbox.PoisonMessageException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The snapshot is read the same from an event of the live topic and from a record of the snapshot topic. */
class CooperativeSnapshotsTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final CooperativeSnapshot snapshot = new CooperativeSnapshot(UUID.randomUUID(), 4, "3275070020002",
            "Koperasi Boneka Bekasi", "PRODUSEN", "PRIMER", "COMMUNITY", "32401", "327507", LocalDate.of(2011, 3, 1),
            LocalDate.of(2026, 9, 1), List.of(new AnnualReportSummary(2024, LocalDate.of(2025, 3, 15), 40, 60, 3,
            100_000_000L, 0, 150_000_000L, 300_000_000L, 12_000_000L)));

    @Test
    void fromAnEventAndFromASnapshotRecord() {
        JsonNode event = json.valueToTree(new CooperativeDissolved(snapshot, LocalDate.of(2026, 9, 1), "Keputusan 1/2026"));
        JsonNode record = json.valueToTree(snapshot);

        assertThat(CooperativeSnapshots.of(EventTypes.COOPERATIVE_DISSOLVED, snapshot.id().toString(), event, json)).isEqualTo(snapshot);
        assertThat(CooperativeSnapshots.of(EventTypes.COOPERATIVE_SNAPSHOT, snapshot.id().toString(), record, json)).isEqualTo(snapshot);
        assertThat(CooperativeSnapshots.of(EventTypes.COOPERATIVE_SNAPSHOT, null, record, json)).isEqualTo(snapshot);
    }

    @Test
    void whatIsNoSnapshotOfItsSubjectIsPoison() {
        JsonNode record = json.valueToTree(snapshot);
        ObjectNode nameless = json.valueToTree(snapshot);
        nameless.remove("name");

        assertThatThrownBy(() -> CooperativeSnapshots.of("id.go.bekasikota.registry.cooperative.renamed.v1", null, record, json))
                .isInstanceOf(PoisonMessageException.class).hasMessageContaining("unknown event type");
        assertThatThrownBy(() -> CooperativeSnapshots.of(EventTypes.COOPERATIVE_UPDATED, null, record, json))
                .isInstanceOf(PoisonMessageException.class).hasMessage("data.cooperative is missing");
        assertThatThrownBy(() -> CooperativeSnapshots.of(EventTypes.COOPERATIVE_SNAPSHOT, UUID.randomUUID().toString(), record, json))
                .isInstanceOf(PoisonMessageException.class).hasMessageContaining("is not the cooperative");
        assertThatThrownBy(() -> CooperativeSnapshots.of(EventTypes.COOPERATIVE_SNAPSHOT, null, nameless, json))
                .isInstanceOf(PoisonMessageException.class).hasMessageContaining("lacks id, name");
        assertThatThrownBy(() -> CooperativeSnapshots.of(EventTypes.COOPERATIVE_SNAPSHOT, null, json.createObjectNode().put("version", "x"), json))
                .isInstanceOf(PoisonMessageException.class).hasMessageContaining("does not fit");
    }
}
