package id.go.bekasikota.koperasi.contracts.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.Topics;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The snapshot topic's payload is the snapshot itself, exactly as every registry event carries it. */
class CooperativeSnapshotSchemaTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
            .getSchema(resource(EventTypes.schemaResource(EventTypes.COOPERATIVE_SNAPSHOT)));

    @Test
    void aSnapshotFitsTheSchemaAsTheCooperativeOfAnEventDoes() {
        CooperativeSnapshot snapshot = new CooperativeSnapshot(UUID.randomUUID(), 7, "3275010010001", "Koperasi Lima Garuda",
                "SIMPAN_PINJAM", "PRIMER", "COMMUNITY", "64141", "327501", LocalDate.of(1994, 7, 12), LocalDate.of(2026, 9, 1),
                List.of(new AnnualReportSummary(2025, LocalDate.of(2026, 3, 21), 812, 904, 35, 41_250_000_000L,
                        18_000_000_000L, 500_000_000_000L, 96_000_000_000L, -5_400_000_000L)));
        JsonNode payload = json.valueToTree(snapshot);

        assertThat(schema.validate(payload)).isEmpty();
        JsonNode asInAnEvent = json.valueToTree(new CooperativeUpdated(snapshot, List.of("name"))).get("cooperative");
        assertThat(payload).isEqualTo(asInAnEvent);
    }

    @Test
    void anUnnumberedCooperativeWithoutReportsFits() {
        CooperativeSnapshot snapshot = new CooperativeSnapshot(UUID.randomUUID(), 0, null, "Koperasi Baru", "JASA", "PRIMER",
                "OTHER", null, "327512", LocalDate.of(2026, 1, 5), null, List.of());
        assertThat(schema.validate(json.valueToTree(snapshot))).isEmpty();
    }

    @Test
    void aSnapshotWithoutItsVersionOrWithABadKecamatanIsRefused() {
        ObjectNode withoutVersion = json.valueToTree(new CooperativeSnapshot(UUID.randomUUID(), 1, "3275", "Koperasi X", "JASA",
                "PRIMER", "OTHER", null, "327501", LocalDate.of(2001, 1, 1), null, List.of()));
        withoutVersion.remove("version");
        ObjectNode outsideBekasi = json.valueToTree(new CooperativeSnapshot(UUID.randomUUID(), 1, "3275", "Koperasi X", "JASA",
                "PRIMER", "OTHER", null, "317101", LocalDate.of(2001, 1, 1), null, List.of()));

        assertThat(schema.validate(withoutVersion)).extracting(m -> m.getMessage()).anyMatch(m -> m.contains("version"));
        assertThat(schema.validate(outsideBekasi)).extracting(m -> m.getMessage()).anyMatch(m -> m.contains("kecamatanCode"));
    }

    @Test
    void theAsyncApiDocumentNamesTheCompactedChannel() {
        String asyncApi = resource("asyncapi.yaml");
        assertThat(asyncApi).contains("address: " + Topics.REGISTRY_COOPERATIVE_SNAPSHOT)
                .contains("cleanup.policy=compact")
                .contains("name: " + EventTypes.COOPERATIVE_SNAPSHOT);
        assertThat(Topics.all()).contains(Topics.REGISTRY_COOPERATIVE_SNAPSHOT);
    }

    private static String resource(String name) {
        try (InputStream in = CooperativeSnapshotSchemaTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name + " on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
