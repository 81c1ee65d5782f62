package id.go.bekasikota.koperasi.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import id.go.bekasikota.koperasi.contracts.registry.AnnualReportFiled;
import id.go.bekasikota.koperasi.contracts.registry.AnnualReportSummary;
import id.go.bekasikota.koperasi.contracts.registry.ClusterActivityRecorded;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeDissolved;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeGradeChanged;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeRegistered;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeSnapshot;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeStatusChanged;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeUpdated;
import id.go.bekasikota.koperasi.contracts.registry.ReportDue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event type has a JSON schema in the repository, the AsyncAPI document names it, and payloads fit it. */
class EventSchemasTest {

    private static final List<String> TYPE_CLASSES = List.of(
            "id.go.bekasikota.koperasi.contracts.EventTypes",
            "id.go.bekasikota.koperasi.contracts.financing.FinancingEventTypes",
            "id.go.bekasikota.koperasi.contracts.awards.AwardsEventTypes");

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    @Test
    void everyEventTypeHasASchemaAndAnAsyncApiEntry() throws Exception {
        String asyncApi = resource("asyncapi.yaml");
        List<String> types = eventTypes();
        assertThat(types).hasSizeGreaterThanOrEqualTo(6);
        for (String type : types) {
            String schema = resource(EventTypes.schemaResource(type));
            JsonNode node = json.readTree(schema);
            assertThat(node.path("$schema").asText()).as(type).isEqualTo("http://json-schema.org/draft-07/schema#");
            assertThat(node.path("type").asText()).as(type).isEqualTo("object");
            assertThat(asyncApi).as("asyncapi.yaml names " + type).contains("name: " + type);
        }
    }

    /**
     * The document is YAML that parses (an unquoted ": " in a title once made it unreadable to the
     * AsyncAPI tooling), each channel's messages are defined, and each message's payload file exists.
     */
    @Test
    void theAsyncApiDocumentParsesAndEveryMessageAndPayloadResolves() throws Exception {
        JsonNode document = new YAMLMapper().readTree(resource("asyncapi.yaml"));
        assertThat(document.path("asyncapi").asText()).startsWith("3.");
        JsonNode messages = document.path("components").path("messages");
        List<String> channels = new java.util.ArrayList<>();
        document.path("channels").fields().forEachRemaining(channel -> {
            channels.add(channel.getValue().path("address").asText());
            channel.getValue().path("messages").fields().forEachRemaining(message -> {
                String ref = message.getValue().path("$ref").asText();
                assertThat(ref).as(channel.getKey()).startsWith("#/components/messages/");
                assertThat(messages.has(ref.substring("#/components/messages/".length()))).as(ref).isTrue();
            });
        });
        assertThat(channels).containsAll(Topics.all().stream().filter(t -> !t.contains("dead-letter")).toList());
        List<String> names = new java.util.ArrayList<>();
        messages.fields().forEachRemaining(message -> {
            String type = message.getValue().path("name").asText();
            names.add(type);
            // A Multi Format Schema Object: AsyncAPI reads the file as draft-07 unless told otherwise.
            JsonNode payload = message.getValue().path("payload");
            assertThat(payload.path("schemaFormat").asText()).as(type).isEqualTo("application/schema+json;version=draft-07");
            String file = payload.path("schema").path("$ref").asText();
            assertThat(file).as(type).isEqualTo(EventTypes.schemaResource(type));
            assertThat(getClass().getClassLoader().getResource(file)).as(file).isNotNull();
            // Every message shows an example, and each example's payload fits the message's schema.
            JsonNode examples = message.getValue().path("examples");
            assertThat(examples.size()).as(type + " examples").isPositive();
            examples.forEach(example -> {
                assertThat(validate(type, example.path("payload"))).as(type + " example " + example.path("name").asText()).isEmpty();
                assertThat(example.path("headers").path("ce_type").asText()).as(type).isEqualTo(type);
            });
        });
        assertThat(names).containsAll(eventTypes());
    }

    @Test
    void registryPayloadsFitTheirSchemas() {
        UUID id = UUID.randomUUID();
        CooperativeSnapshot snapshot = new CooperativeSnapshot(id, 3, "3275010010001", "Koperasi Lima Garuda",
                "SIMPAN_PINJAM", "PRIMER", "COMMUNITY", "64141", "327501", LocalDate.of(1994, 7, 12), null,
                List.of(new AnnualReportSummary(2025, LocalDate.of(2026, 3, 21), 812, 904, 35, 41_250_000_000L,
                        18_000_000_000L, 500_000_000_000L, 96_000_000_000L, 5_400_000_000L)));
        Map<String, Object> payloads = Map.of(
                EventTypes.COOPERATIVE_REGISTERED, new CooperativeRegistered(snapshot),
                EventTypes.COOPERATIVE_UPDATED, new CooperativeUpdated(snapshot, List.of("name", "address")),
                EventTypes.ANNUAL_REPORT_FILED, new AnnualReportFiled(snapshot, 2025, 2),
                EventTypes.COOPERATIVE_STATUS_CHANGED, new CooperativeStatusChanged(snapshot, "INACTIVE", "ACTIVE", LocalDate.of(2026, 7, 1)),
                EventTypes.COOPERATIVE_GRADE_CHANGED, new CooperativeGradeChanged(snapshot, "B", "A", LocalDate.of(2026, 7, 1)),
                EventTypes.COOPERATIVE_DISSOLVED, new CooperativeDissolved(snapshot, LocalDate.of(2026, 9, 1), "Keputusan Menteri 12/2026"),
                EventTypes.REPORT_DUE, new ReportDue(id, "3275010010001", "Koperasi Lima Garuda", "327501", LocalDate.of(2027, 7, 1),
                        2026, LocalDate.of(2027, 1, 1), 90, LocalDate.of(2027, 4, 2), 90));
        payloads.forEach((type, payload) -> assertThat(validate(type, json.valueToTree(payload))).as(type).isEmpty());
    }

    @Test
    void aClusterActivityFitsItsSchemaAndAnUnknownPeriodDoesNot() {
        ClusterActivityRecorded activity = new ClusterActivityRecorded(
                new ClusterActivityRecorded.Cluster(UUID.randomUUID(), "Sentra Boneka Bantargebang", "DOLLS_AND_TOYS", "327507", null),
                "2026-Q1", "QUARTER", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), 2,
                List.of(new ClusterActivityRecorded.Purchase("Kain velboa", new BigDecimal("1200.5"), "meter", 30_000_000L)),
                List.of(new ClusterActivityRecorded.Production("Boneka karakter", new BigDecimal("8000"), "buah", 240_000_000L)),
                List.of(new ClusterActivityRecorded.Sale("WHOLESALE", 180_000_000L, List.of("Pasar Asemka, Jakarta", "Surabaya"))),
                214, 30_000_000L, 240_000_000L, 180_000_000L, "cooperative", Instant.parse("2026-04-03T02:00:00Z"));
        JsonNode payload = json.valueToTree(activity);
        assertThat(validate(EventTypes.CLUSTER_ACTIVITY_RECORDED, payload)).isEmpty();
        assertThat(validate(EventTypes.CLUSTER_ACTIVITY_RECORDED, ((com.fasterxml.jackson.databind.node.ObjectNode) payload)
                .put("period", "2026-13"))).isNotEmpty();
    }

    @Test
    void aSnapshotWithoutItsIdIsRefusedBySchema() {
        JsonNode broken = json.createObjectNode().set("cooperative", json.createObjectNode().put("name", "Tanpa Id"));
        assertThat(validate(EventTypes.COOPERATIVE_REGISTERED, broken)).isNotEmpty();
    }

    private Set<ValidationMessage> validate(String type, JsonNode payload) {
        JsonSchema schema = schemas.getSchema(resource(EventTypes.schemaResource(type)));
        return schema.validate(payload);
    }

    private static List<String> eventTypes() throws IllegalAccessException {
        List<String> types = new ArrayList<>();
        for (String className : TYPE_CLASSES) {
            Class<?> holder;
            try {
                holder = Class.forName(className);
            } catch (ClassNotFoundException e) {
                continue;
            }
            for (Field field : holder.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    String value = (String) field.get(null);
                    if (value.startsWith("id.go.bekasikota.") && value.endsWith(".v1")) {
                        types.add(value);
                    }
                }
            }
        }
        return types;
    }

    private static String resource(String name) {
        try (InputStream in = EventSchemasTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name + " on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
