package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.registry.event.AwardWinnersConsumer;
import id.go.bekasikota.koperasi.testsupport.CloudEventProducer;
import id.go.bekasikota.koperasi.testsupport.CooperativeMother;
import id.go.bekasikota.koperasi.testsupport.EventLog;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static id.go.bekasikota.koperasi.registry.support.RegistryApi.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The award history, kept from the awards service's winner-announced events (idempotent, tolerant, poison to the dead-letter topic). */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class AwardHistoryTests {

    @Test
    void winnersAreRecordedOnceAndShownPublicly() {
        String id = register(CooperativeMother.limaGaruda());
        String eventId = UUID.randomUUID().toString();
        try (CloudEventProducer producer = producer()) {
            String winner = winner(id, "hari-koperasi-2026", "KOPERASI_BERPRESTASI_SIMPAN_PINJAM", 1, "87.25");
            producer.send(Topics.AWARDS_NOMINATION, id, eventId, AwardWinnersConsumer.WINNER_ANNOUNCED, "nomination-1", 3, winner);
            producer.send(Topics.AWARDS_NOMINATION, id, eventId, AwardWinnersConsumer.WINNER_ANNOUNCED, "nomination-1", 3, winner);
            producer.send(Topics.AWARDS_NOMINATION, id, UUID.randomUUID().toString(),
                    "id.go.bekasikota.awards.nomination.scored.v1", "nomination-1", 2, "{\"cooperativeId\": \"" + id + "\"}");
            producer.send(Topics.AWARDS_NOMINATION, id, UUID.randomUUID().toString(), AwardWinnersConsumer.WINNER_ANNOUNCED,
                    "nomination-2", 1, winner(id, "hari-koperasi-2025", "KOPERASI_TELADAN", 2, "80.10"));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/api/v1/cooperatives/" + id + "/awards").then().statusCode(200).body("items", hasSize(2)));
        given().when().get("/api/v1/cooperatives/" + id + "/awards")
                .then().body("items[0].programId", equalTo("hari-koperasi-2026")).body("items[0].year", equalTo(2026))
                .body("items[0].rank", equalTo(1)).body("items[0].totalScore", equalTo(87.25f))
                .body("items[0].announcedOn", equalTo("2026-07-12")).body("items[0].level", equalTo("CITY"))
                .body("items[1].category", equalTo("KOPERASI_TELADAN"));
        given().when().get("/api/v1/cooperatives/" + UUID.randomUUID() + "/awards").then().statusCode(404);
    }

    @Test
    void aWinnerTheRegisterDoesNotKnowGoesToTheDeadLetterTopic() {
        String stranger = UUID.randomUUID().toString();
        String known = register(CooperativeMother.bonekaBekasi());
        try (CloudEventProducer producer = producer()) {
            producer.send(Topics.AWARDS_NOMINATION, stranger, UUID.randomUUID().toString(), AwardWinnersConsumer.WINNER_ANNOUNCED,
                    "nomination-9", 1, winner(stranger, "hari-koperasi-2026", "KOPERASI_TELADAN", 1, "90"));
            producer.send(Topics.AWARDS_NOMINATION, known, UUID.randomUUID().toString(), AwardWinnersConsumer.WINNER_ANNOUNCED,
                    "nomination-9", 2, "{\"cooperativeId\": \"" + known + "\", \"programId\": \"hari-koperasi-2026\"}");
        }
        try (EventLog deadLetters = new EventLog(RealServersResource.TestStack.kafka().bootstrapServers(), Topics.REGISTRY_DEAD_LETTER)) {
            EventLog.Event unknown = deadLetters.await(e -> stranger.equals(e.key())
                    && String.valueOf(e.headers().get("dead-letter-reason")).contains("not a cooperative in the register"));
            assertThat(unknown.headers()).containsEntry("dead-letter-topic", Topics.AWARDS_NOMINATION);
            deadLetters.await(e -> known.equals(e.key()) && String.valueOf(e.headers().get("dead-letter-reason")).contains("is missing"));
        }
        given().when().get("/api/v1/cooperatives/" + known + "/awards").then().statusCode(200).body("items", hasSize(0));
    }

    private static CloudEventProducer producer() {
        return new CloudEventProducer(RealServersResource.TestStack.kafka().bootstrapServers());
    }

    private static String winner(String cooperativeId, String programId, String category, int rank, String score) {
        return """
                {"programId": "%s", "year": %s, "category": "%s", "level": "CITY", "cooperativeId": "%s",
                 "cooperativeNumber": "3275010010001", "rank": %d, "totalScore": %s, "announcedOn": "%s-07-12",
                 "jurors": 5}""".formatted(programId, programId.substring(programId.length() - 4), category, cooperativeId, rank, score,
                programId.substring(programId.length() - 4));
    }
}
