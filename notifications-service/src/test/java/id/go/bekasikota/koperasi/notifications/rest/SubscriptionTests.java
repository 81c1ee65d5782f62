package id.go.bekasikota.koperasi.notifications.rest;

import id.go.bekasikota.koperasi.notifications.support.Webhooks;
import id.go.bekasikota.koperasi.testsupport.Tags;
import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.go.bekasikota.koperasi.notifications.support.Webhooks.LOAN_TYPES;
import static id.go.bekasikota.koperasi.notifications.support.Webhooks.subscribe;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Subscriptions: the secret shown once, egress rules, validation, and each subscription its owner's alone. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notifications"))
class SubscriptionTests {

    private static final String SUBSCRIPTIONS = "/api/v1/webhook-subscriptions";

    private static Map<String, Object> body(String url, Object types) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("eventTypes", types);
        return body;
    }

    @Test
    void theSecretIsShownOnceAtCreation() {
        String bank = Webhooks.partner();
        Response created = given().auth().oauth2(Tokens.partner(bank)).contentType(ContentType.JSON)
                .body(body("http://127.0.0.1:9/hook", List.of(LOAN_TYPES))).when().post(SUBSCRIPTIONS);
        created.then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith(created.path("id")))
                .header("ETag", Tags.ofVersion(created.<Integer>path("version")))
                .body("secret", startsWith("whsec_")).body("owner", equalTo("PARTNER")).body("partnerId", equalTo(bank))
                .body("active", equalTo(true)).body("circuit", equalTo("CLOSED"));
        given().auth().oauth2(Tokens.partner(bank)).when().get(SUBSCRIPTIONS + "/" + created.path("id"))
                .then().statusCode(200).body("$", not(hasKey("secret")));
        given().auth().oauth2(Tokens.partner(bank)).when().get(SUBSCRIPTIONS)
                .then().statusCode(200).body("items[0]", not(hasKey("secret")));
    }

    @Test
    void urlsInsidePrivateRangesOrNotHttpAreRefusedNamingTheField() {
        for (String url : List.of("http://10.0.0.7/hook", "http://169.254.169.254/latest/meta-data", "http://192.168.1.20/x",
                "ftp://127.0.0.1/x", "http://user:pw@127.0.0.1/x", "not a url")) {
            given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body(url, List.of(LOAN_TYPES)))
                    .when().post(SUBSCRIPTIONS).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("url"));
        }
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body("http://127.0.0.1:9/x", List.of("*", "ok.type.v1")))
                .when().post(SUBSCRIPTIONS).then().statusCode(400).body("errors[0].field", equalTo("eventTypes[0]"));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body("http://127.0.0.1:9/x", List.of()))
                .when().post(SUBSCRIPTIONS).then().statusCode(400).body("errors[0].field", equalTo("eventTypes"));
        Map<String, Object> unknown = body("http://127.0.0.1:9/x", List.of(LOAN_TYPES));
        unknown.put("partnerId", "bank-other");
        given().auth().oauth2(Tokens.partner(Webhooks.partner())).contentType(ContentType.JSON).body(unknown)
                .when().post(SUBSCRIPTIONS).then().statusCode(400);
    }

    @Test
    void anEventTypeLongerThanTheDocumentStatesOrThatNoWebhookCarriesIsRefusedNamingIt() {
        // 200 characters is the longest event type a subscription takes (a suite type is under 80)
        String prefix = "id.go.bekasikota.";
        String longest = prefix + "x".repeat(200 - prefix.length() - 2) + ".*";
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .body(body("http://127.0.0.1:9/x", List.of(LOAN_TYPES, longest + "y")))
                .when().post(SUBSCRIPTIONS).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("eventTypes[1]")));
        // Well formed, but no webhook carries such a type: accepted, it would hear nothing.
        for (String never : List.of(longest, "id.go.bekasikota.financing.loan-application.state-change.v1",
                "id.go.bekasikota.registry.cooperative.snapshot.v1")) {
            given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body("http://127.0.0.1:9/x", List.of(LOAN_TYPES, never)))
                    .when().post(SUBSCRIPTIONS).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("eventTypes[1]")))
                    .body("errors[0].message", equalTo("names no event type a webhook carries (exact, or a prefix of one): "
                            + "the types are listed in docs/webhooks.md"));
        }
    }

    /** Every subscription the caller's list holds, page after page. */
    private static List<String> everyListed(String token) {
        List<String> ids = new java.util.ArrayList<>();
        for (int page = 1; ; page++) {
            io.restassured.path.json.JsonPath listed = given().auth().oauth2(token).queryParam("size", 100).queryParam("page", page)
                    .when().get(SUBSCRIPTIONS).then().statusCode(200).extract().jsonPath();
            ids.addAll(listed.getList("items.id", String.class));
            if (page >= listed.getInt("page.totalPages")) {
                return ids;
            }
        }
    }

    @Test
    void aSubscriptionIsChangedByItsOwnerAloneAndReadByItAndTheOffice() {
        String bank = Webhooks.partner();
        String id = subscribe(Tokens.partner(bank), "http://127.0.0.1:9/a", LOAN_TYPES).id();
        String office = subscribe(Tokens.officer(), "http://127.0.0.1:9/gov", "id.go.bekasikota.registry.cooperative.*").id();

        given().auth().oauth2(Tokens.partner(Webhooks.partner())).when().get(SUBSCRIPTIONS + "/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.partner(Webhooks.partner())).when().get(SUBSCRIPTIONS + "/" + id + "/deliveries").then().statusCode(404);
        given().auth().oauth2(Tokens.partner(bank)).when().get(SUBSCRIPTIONS + "/" + office).then().statusCode(404);
        given().auth().oauth2(Tokens.auditor()).when().get(SUBSCRIPTIONS + "/" + office).then().statusCode(200).body("owner", equalTo("OFFICE"));
        // The office reads every subscription and its log (the auditor reads everything; an officer answers a bank whose
        // webhooks stopped), never a secret; it changes only its own: a bank's endpoint and secret are the bank's.
        for (String reader : List.of(Tokens.officer(), Tokens.auditor())) {
            given().auth().oauth2(reader).when().get(SUBSCRIPTIONS + "/" + id).then().statusCode(200)
                    .body("owner", equalTo("PARTNER")).body("partnerId", equalTo(bank)).body("secret", org.hamcrest.Matchers.nullValue());
            given().auth().oauth2(reader).when().get(SUBSCRIPTIONS + "/" + id + "/deliveries").then().statusCode(200);
            given().auth().oauth2(reader).queryParam("size", 0).queryParam("state", "SENT").when().get(SUBSCRIPTIONS + "/" + id + "/deliveries")
                    .then().statusCode(400).body("errors.field", equalTo(List.of("size", "state")));
            assertThat(everyListed(reader)).contains(id, office);
        }
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(Map.of("overlapSeconds", 0))
                .when().post(SUBSCRIPTIONS + "/" + id + "/secret-rotations").then().statusCode(403);
        given().auth().oauth2(Tokens.partner(bank)).queryParam("size", 100).when().get(SUBSCRIPTIONS).then().statusCode(200)
                .body("items.owner", org.hamcrest.Matchers.everyItem(equalTo("PARTNER")));
        given().auth().oauth2(Tokens.auditor()).contentType(ContentType.JSON).body(Map.of("overlapSeconds", 0))
                .when().post(SUBSCRIPTIONS + "/" + office + "/secret-rotations").then().statusCode(403);
        given().auth().oauth2(Tokens.auditor()).contentType(ContentType.JSON).body(body("http://127.0.0.1:9/x", List.of(LOAN_TYPES)))
                .when().post(SUBSCRIPTIONS).then().statusCode(403);
        given().auth().oauth2(Tokens.system()).when().get(SUBSCRIPTIONS).then().statusCode(403);
        given().auth().oauth2(Tokens.cooperative(UUID.randomUUID())).contentType(ContentType.JSON)
                .body(body("http://127.0.0.1:9/x", List.of(LOAN_TYPES))).when().post(SUBSCRIPTIONS).then().statusCode(403);
        given().when().get(SUBSCRIPTIONS).then().statusCode(401);
        given().auth().oauth2(Tokens.partner(bank)).when().get(SUBSCRIPTIONS + "/not-a-uuid").then().statusCode(404);
    }

    @Test
    void aPartnerKeepsAtMostTwentyActiveSubscriptionsInactiveOnesAreAlwaysTaken() {
        String bank = Webhooks.partner();
        String token = Tokens.partner(bank);
        List<String> active = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            active.add(subscribe(token, "http://127.0.0.1:9/bank/" + i, LOAN_TYPES).id());
        }
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body("http://127.0.0.1:9/bank/20", List.of(LOAN_TYPES)))
                .when().post(SUBSCRIPTIONS).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://koperasi.bekasikota.go.id/problems/rule-violation"))
                .body("reasons", equalTo(List.of("The owner has 20 active subscriptions; at most 20 may be active: "
                        + "deactivate one (PUT with active false) before activating another.")));
        Map<String, Object> inactive = body("http://127.0.0.1:9/bank/20", List.of(LOAN_TYPES));
        inactive.put("active", false);
        String waiting = given().auth().oauth2(token).contentType(ContentType.JSON).body(inactive)
                .when().post(SUBSCRIPTIONS).then().statusCode(201).body("active", equalTo(false)).extract().path("id");
        Map<String, Object> activate = body("http://127.0.0.1:9/bank/20", List.of(LOAN_TYPES));
        activate.put("active", true);
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(token, waiting)).body(activate)
                .when().put(SUBSCRIPTIONS + "/" + waiting).then().statusCode(422);
        // Another partner's count is its own.
        subscribe(Tokens.partner(Webhooks.partner()), "http://127.0.0.1:9/other", LOAN_TYPES);

        Map<String, Object> deactivate = body("http://127.0.0.1:9/bank/0", List.of(LOAN_TYPES));
        deactivate.put("active", false);
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(token, active.get(0))).body(deactivate)
                .when().put(SUBSCRIPTIONS + "/" + active.get(0)).then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(token, waiting)).body(activate)
                .when().put(SUBSCRIPTIONS + "/" + waiting).then().statusCode(200).body("active", equalTo(true));
        // An active subscription changed and kept active is not counted twice.
        Map<String, Object> moved = body("http://127.0.0.1:9/bank/moved", List.of(LOAN_TYPES));
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(token, active.get(1))).body(moved)
                .when().put(SUBSCRIPTIONS + "/" + active.get(1)).then().statusCode(200).body("active", equalTo(true));
    }

    private static String etag(String token, String id) {
        return given().auth().oauth2(token).when().get(SUBSCRIPTIONS + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void aChangeNeedsTheCurrentVersion() {
        String bank = Webhooks.partner();
        String id = subscribe(Tokens.partner(bank), "http://127.0.0.1:9/a", LOAN_TYPES).id();
        Map<String, Object> change = body("http://127.0.0.1:9/b", List.of("id.go.bekasikota.financing.loan-application.settled.v1"));
        change.put("active", false);
        given().auth().oauth2(Tokens.partner(bank)).contentType(ContentType.JSON).body(change)
                .when().put(SUBSCRIPTIONS + "/" + id).then().statusCode(428);
        given().auth().oauth2(Tokens.partner(bank)).contentType(ContentType.JSON).header("If-Match", "\"99\"").body(change)
                .when().put(SUBSCRIPTIONS + "/" + id).then().statusCode(412);
        String etag = given().auth().oauth2(Tokens.partner(bank)).when().get(SUBSCRIPTIONS + "/" + id).then().extract().header("ETag");
        given().auth().oauth2(Tokens.partner(bank)).contentType(ContentType.JSON).header("If-Match", etag).body(change)
                .when().put(SUBSCRIPTIONS + "/" + id).then().statusCode(200).body("url", equalTo("http://127.0.0.1:9/b"))
                .body("active", equalTo(false)).body("eventTypes", equalTo(List.of("id.go.bekasikota.financing.loan-application.settled.v1")));
        String after = given().auth().oauth2(Tokens.partner(bank)).when().get(SUBSCRIPTIONS + "/" + id).then()
                .body("updatedBy", equalTo("bank-user@" + bank)).extract().header("ETag");
        assertThat(after).isNotEqualTo(etag);
        // The same subscription sent again (a form saved twice) changes nothing: the same tag, so another tab's is still current.
        given().auth().oauth2(Tokens.partner(bank)).contentType(ContentType.JSON).header("If-Match", after).body(change)
                .when().put(SUBSCRIPTIONS + "/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.partner(bank)).when().get(SUBSCRIPTIONS + "/" + id).then().header("ETag", equalTo(after));
    }

    @Test
    void aRotationsOverlapIsBounded() {
        String bank = Webhooks.partner();
        String id = subscribe(Tokens.partner(bank), "http://127.0.0.1:9/a", LOAN_TYPES).id();
        given().auth().oauth2(Tokens.partner(bank)).contentType(ContentType.JSON).body(Map.of("overlapSeconds", 604_801))
                .when().post(SUBSCRIPTIONS + "/" + id + "/secret-rotations").then().statusCode(400)
                .body("errors[0].field", equalTo("overlapSeconds"));
        given().auth().oauth2(Tokens.partner(bank)).contentType(ContentType.JSON).body(Map.of("overlapSeconds", 0))
                .when().post(SUBSCRIPTIONS + "/" + id + "/secret-rotations").then().statusCode(200)
                .body("secret", startsWith("whsec_")).body("$", not(hasKey("previousSecretExpiresAt")));
        given().auth().oauth2(Tokens.partner(bank)).when().get(SUBSCRIPTIONS + "/" + id + "/deliveries?state=LOST")
                .then().statusCode(400).body("errors[0].field", equalTo("state"));
    }
}
