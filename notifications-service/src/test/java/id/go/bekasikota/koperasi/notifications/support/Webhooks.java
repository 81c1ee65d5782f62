package id.go.bekasikota.koperasi.notifications.support;

import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.contracts.financing.FinancingEventTypes;
import id.go.bekasikota.koperasi.testsupport.CloudEventProducer;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** What the webhook tests do again and again: subscribe, publish a financing event, check a signature independently. */
public final class Webhooks {

    public static final String LOAN_TYPES = "id.go.bekasikota.financing.loan-application.*";

    private Webhooks() {
    }

    /** A created subscription: its id and its secret (shown once). */
    public record Created(String id, String secret) {
    }

    public static Created subscribe(String token, String url, String... types) {
        JsonPath created = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", List.of(types), "description", "test endpoint"))
                .when().post("/api/v1/webhook-subscriptions").then().statusCode(201).extract().jsonPath();
        return new Created(created.getString("id"), created.getString("secret"));
    }

    /** A loan application's state change as financing publishes it; returns the event id. */
    public static String stateChanged(UUID application, UUID cooperative, String partnerId, String from, String to, long version) {
        String eventId = UUID.randomUUID().toString();
        String data = """
                {"applicationId":"%s","cooperativeId":"%s","programId":"%s","partnerId":"%s","fromState":"%s","toState":"%s",
                 "amount":250000000,"actorRole":"officer","occurredAt":"2026-07-01T03:15:42Z","aggregateVersion":%d}"""
                .formatted(application, cooperative, UUID.randomUUID(), partnerId, from, to, version);
        try (CloudEventProducer producer = new CloudEventProducer(RealServersResource.TestStack.kafka().bootstrapServers())) {
            producer.send(Topics.FINANCING_LOAN_APPLICATION, cooperative.toString(), eventId, FinancingEventTypes.STATE_CHANGED,
                    application.toString(), version, data);
        }
        return eventId;
    }

    /** A cluster's month recorded, as the registry publishes it on its cluster topic; returns the event id. */
    public static String clusterActivityRecorded(UUID cluster, String period) {
        String eventId = UUID.randomUUID().toString();
        String data = """
                {"cluster":{"id":"%s","name":"Klaster Boneka Bantargebang","productCategory":"DOLLS_AND_TOYS","kecamatanCode":"327507"},
                 "period":"%s","revision":1,"purchasesValue":45000000,"productionValue":480000000,"salesValue":200000000,"jobs":110,
                 "recordedAs":"officer"}""".formatted(cluster, period);
        try (CloudEventProducer producer = new CloudEventProducer(RealServersResource.TestStack.kafka().bootstrapServers())) {
            producer.send(Topics.REGISTRY_CLUSTER, cluster.toString(), eventId, EventTypes.CLUSTER_ACTIVITY_RECORDED,
                    cluster + "/" + period, 1, data);
        }
        return eventId;
    }

    /** HMAC-SHA256 of id.timestamp.body with the secret's bytes, written here independently of the service's signer. */
    public static String expectedSignature(String secret, String id, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    public static String path() {
        return "/hooks/" + UUID.randomUUID();
    }

    public static String partner() {
        return "bank-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
