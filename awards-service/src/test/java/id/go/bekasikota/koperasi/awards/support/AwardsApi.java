package id.go.bekasikota.koperasi.awards.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.OfficeTime;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.contracts.financing.FinancingEventTypes;
import id.go.bekasikota.koperasi.contracts.registry.CooperativeSnapshot;
import id.go.bekasikota.koperasi.stack.OfficeClockStart;
import id.go.bekasikota.koperasi.testsupport.CloudEventProducer;
import id.go.bekasikota.koperasi.testsupport.EventLog;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * The calls most tests make: feeding the projections with other services' events, and programs,
 * nominations and scores through the API. Request bodies come from test-support's
 * {@code AwardProgramMother}, cooperatives from its {@code CooperativeSnapshotMother}.
 */
public final class AwardsApi {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private AwardsApi() {
    }

    public static String bootstrap() {
        return RealServersResource.TestStack.kafka().bootstrapServers();
    }

    /** Publishes the registry's registered event and waits until awards' projection knows the cooperative. */
    public static String register(CooperativeSnapshot cooperative, String anyProgramId) {
        try (CloudEventProducer producer = new CloudEventProducer(bootstrap())) {
            producer.send(Topics.REGISTRY_COOPERATIVE, cooperative.id().toString(), UUID.randomUUID().toString(),
                    EventTypes.COOPERATIVE_REGISTERED, cooperative.id().toString(), cooperative.version(),
                    json(Map.of("cooperative", cooperative)));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.officer())
                .queryParam("cooperativeId", cooperative.id().toString()).queryParam("programId", anyProgramId)
                .when().get("/api/v1/award-eligibility").then().extract().statusCode() == 200);
        return cooperative.id().toString();
    }

    /** A financing event about a loan of the cooperative (state-changed, defaulted or settled), as financing would publish it. */
    public static void loanEvent(String cooperativeId, String applicationId, String type, String toState, long version) {
        Instant occurredAt = OfficeClockStart.clock().instant();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("applicationId", applicationId);
        data.put("cooperativeId", cooperativeId);
        data.put("programId", UUID.randomUUID().toString());
        data.put("partnerId", "lpdb-kumkm");
        switch (type) {
            case FinancingEventTypes.STATE_CHANGED -> {
                data.put("fromState", null);
                data.put("toState", toState);
                data.put("amount", 250_000_000L);
                data.put("actorRole", "system");
            }
            case FinancingEventTypes.DEFAULTED -> {
                data.put("daysPastDue", 95);
                data.put("thresholdDays", 90);
                data.put("outstandingPrincipal", 200_000_000L);
                data.put("outstandingInterest", 3_000_000L);
                data.put("asOf", occurredAt.atZone(OfficeTime.ZONE).toLocalDate().toString());
            }
            case FinancingEventTypes.SETTLED -> {
                data.put("disbursedAmount", 250_000_000L);
                data.put("principalPaid", 250_000_000L);
                data.put("interestPaid", 20_000_000L);
                data.put("settledOn", occurredAt.atZone(OfficeTime.ZONE).toLocalDate().toString());
            }
            default -> throw new IllegalArgumentException(type);
        }
        data.put("occurredAt", occurredAt.toString());
        data.put("aggregateVersion", version);
        try (CloudEventProducer producer = new CloudEventProducer(bootstrap())) {
            producer.send(Topics.FINANCING_LOAN_APPLICATION, cooperativeId, UUID.randomUUID().toString(), type, applicationId,
                    version, json(data));
        }
    }

    public static String createProgram(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/award-programs").then().statusCode(201).extract().path("id");
    }

    public static String nominate(String programId, String cooperativeId) {
        return tryToNominate(programId, cooperativeId).statusCode(201).extract().path("id");
    }

    /** An officer's nomination, whatever the answer. */
    public static ValidatableResponse tryToNominate(String programId, String cooperativeId) {
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .body(Map.of("programId", programId, "cooperativeId", cooperativeId))
                .when().post("/api/v1/nominations").then();
    }

    public static void assignJuror(String programId, String juror) {
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(Map.of("juror", juror))
                .when().post("/api/v1/award-programs/" + programId + "/jurors").then().statusCode(201);
    }

    /** A juror's save as its scoring form makes it: its scores read first, then saved on their tag ({@code If-Match}). */
    public static void score(String juror, String nominationId, String code, int score) {
        given().auth().oauth2(Tokens.juror(juror)).header("If-Match", scoresTag(juror, nominationId)).contentType(ContentType.JSON)
                .body(Map.of("scores", List.of(Map.of("indicatorCode", code, "score", score, "comment", "dinilai"))))
                .when().put("/api/v1/nominations/" + nominationId + "/scores").then().statusCode(200);
    }

    /** The {@code ETag} of the juror's scores of the nomination, as the juror's read answers it (version 0 before any). */
    public static String scoresTag(String juror, String nominationId) {
        return given().auth().oauth2(Tokens.juror(juror)).when().get("/api/v1/nominations/" + nominationId + "/scores")
                .then().statusCode(200).extract().header("ETag");
    }

    public static EventLog awardsEvents() {
        return new EventLog(bootstrap(), Topics.AWARDS_NOMINATION);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
