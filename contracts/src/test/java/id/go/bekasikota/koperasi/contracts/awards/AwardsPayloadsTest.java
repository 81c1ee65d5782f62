package id.go.bekasikota.koperasi.contracts.awards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import id.go.bekasikota.koperasi.contracts.EventTypes;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The awards payload records fit their schemas, and the winner event carries what registry-service reads. */
class AwardsPayloadsTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void everyAwardsPayloadFitsItsSchema() {
        UUID nomination = UUID.randomUUID();
        UUID program = UUID.randomUUID();
        UUID cooperative = UUID.randomUUID();
        LocalDate day = LocalDate.of(2026, 7, 12);
        Instant now = Instant.parse("2026-07-12T02:00:00Z");
        BigDecimal total = new BigDecimal("87.25");
        Map<String, Object> payloads = Map.of(
                AwardsEventTypes.SUBMITTED, new NominationSubmitted(nomination, program, 2026, "OUTSTANDING_PER_JENIS", "PRODUSEN",
                        "CITY", cooperative, "3275010010001", "officer", day.minusMonths(2), now, 1),
                AwardsEventTypes.WITHDRAWN, new NominationWithdrawn(nomination, program, cooperative, "Asked by the chair",
                        day.minusMonths(1), now, 2),
                AwardsEventTypes.SCORES_FINALISED, new ScoresFinalised(nomination, program, 2026, "MODEL_COOPERATIVE", null, "CITY",
                        cooperative, "3275010010001", 1, total, true, day.minusDays(5), now, 2),
                AwardsEventTypes.WINNER_ANNOUNCED, new WinnerAnnounced(program, 2026, "MODEL_COOPERATIVE", "CITY", cooperative,
                        "3275010010001", 1, total, day, nomination, null, now, 3),
                AwardsEventTypes.FORWARDED, new NominationForwarded(UUID.randomUUID(), nomination, program, 2026, "MODEL_COOPERATIVE",
                        null, "CITY", "PROVINCE", cooperative, "3275010010001", 1, total, day.plusDays(3), now, 4),
                AwardsEventTypes.FORWARDING_OUTCOME_RECORDED, new ForwardingOutcomeRecorded(UUID.randomUUID(), nomination, program,
                        2026, "MODEL_COOPERATIVE", "PROVINCE", cooperative, "WINNER", 2, day.plusMonths(2), null, now, 5));
        payloads.forEach((type, payload) -> assertThat(validate(type, json.valueToTree(payload))).as(type).isEmpty());
    }

    @Test
    void theWinnerEventCarriesTheFieldsTheRegistryReads() {
        JsonNode winner = json.valueToTree(new WinnerAnnounced(UUID.randomUUID(), 2026, "ON_TIME_RAT", "CITY", UUID.randomUUID(),
                "3275010010001", 2, new BigDecimal("80.10"), LocalDate.of(2026, 7, 12), UUID.randomUUID(), null,
                Instant.now(), 3));
        for (String field : new String[]{"programId", "year", "category", "level", "cooperativeId", "cooperativeNumber", "rank",
                "totalScore", "announcedOn"}) {
            assertThat(winner.hasNonNull(field)).as(field).isTrue();
        }
        assertThat(winner.get("announcedOn").asText()).isEqualTo("2026-07-12");
        assertThat(winner.get("totalScore").decimalValue()).isEqualByComparingTo("80.10");
    }

    @Test
    void aWinnerWithoutItsRankIsRefusedBySchema() {
        JsonNode broken = json.createObjectNode().put("programId", UUID.randomUUID().toString());
        assertThat(validate(AwardsEventTypes.WINNER_ANNOUNCED, broken)).isNotEmpty();
    }

    private Set<ValidationMessage> validate(String type, JsonNode payload) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(resource(EventTypes.schemaResource(type)))
                .validate(payload);
    }

    private static String resource(String name) {
        try (InputStream in = AwardsPayloadsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
