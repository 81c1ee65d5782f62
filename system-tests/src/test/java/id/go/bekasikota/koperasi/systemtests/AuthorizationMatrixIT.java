package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
import id.go.bekasikota.koperasi.stack.LocalSuite;
import id.go.bekasikota.koperasi.systemtests.ApiOperations.Operation;
import id.go.bekasikota.koperasi.testsupport.Tokens;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Every operation of every service's OpenAPI document x every caller (anonymous and the six roles),
 * through the gateway and straight to the services, graded against the access policy written by
 * hand ({@code system-tests/access-policy.md}, {@link AccessPolicy}), never against the code: the
 * document (its security requirements, written from {@code @RolesAllowed}) must say what the policy
 * says, and so must the wire: anonymous on a secured operation is 401, a role the policy refuses is
 * 403, a role it allows is neither (the request is minimal, so 400, 404, 409, 412, 428 are fine),
 * nothing is 5xx, and a public operation is public at the gateway too. Operations a role may call on
 * its own objects only are also called with the token of another owner, on synthetic objects here
 * and on a real application, cooperative and subscription in
 * {@link #anotherOwnerGetsNothingOfTheObjectsOfAnOwner}.
 */
@ExtendWith(SuiteExtension.class)
class AuthorizationMatrixIT {

    private static final String ANONYMOUS = "anonymous";

    @Test
    void everyOperationLetsInExactlyTheRolesItsDocumentNames(LocalSuite suite) {
        Http http = new Http(suite.gatewayUrl());
        List<Operation> operations = ApiOperations.all(http);
        assertThat(operations).as("operations in the OpenAPI documents").isNotEmpty();
        matrix(operations, service -> http, gatewayPublicOperations(), "authorization-matrix");
    }

    /**
     * Issue 14: the same matrix sent straight to each service's own port, past the gateway: a service
     * that is reached directly holds every rule on its own.
     */
    @Test
    void everyServiceHoldsTheMatrixWhenCalledDirectly(LocalSuite suite) {
        List<Operation> operations = ApiOperations.all(new Http(suite.gatewayUrl()));
        Map<String, Http> direct = new LinkedHashMap<>();
        LocalSuite.SERVICES.forEach(service -> direct.put(service, new Http(suite.service(service).url())));
        matrix(operations, direct::get, null, "authorization-matrix direct");
    }

    /**
     * @param gatewayPublic the gateway's public operations, checked against the documents (null when the
     *                      requests go straight to the services)
     */
    private static void matrix(List<Operation> operations, java.util.function.Function<String, Http> target,
                               List<GatewayPublicOperation> gatewayPublic, String label) {

        List<String> callers = new ArrayList<>();
        callers.add(ANONYMOUS);
        callers.addAll(ApiOperations.ROLES);
        AccessPolicy policy = AccessPolicy.load();
        List<String> failures = new ArrayList<>(policy.differences(operations));
        int crossProbes = 0;
        Map<String, Integer> statusClasses = new TreeMap<>();
        List<String> rows = new ArrayList<>();
        long started = System.nanoTime();
        int requests = 0;

        for (Operation op : operations) {
            UUID cooperativeId = UUID.randomUUID();
            String path = RequestValues.path(op, cooperativeId, Map.of()) + RequestValues.requiredQuery(op, cooperativeId);
            if (gatewayPublic != null && op.isPublic() && gatewayPublic.stream().noneMatch(p -> p.matches(op.method(), path))) {
                failures.add(op.service() + " " + op.name() + " has no security requirement (public) but is not in the gateway's "
                        + "koperasi.public-operations: add it there, or give the operation @RolesAllowed");
            }
            StringBuilder row = new StringBuilder(String.format("%-9s %-6s %-62s %-34s", op.service(), op.method(), op.path(),
                    op.isPublic() ? "public" : String.join(",", op.roles())));
            for (String caller : callers) {
                Http.Answer answer = target.apply(op.service()).sendBroken(op.method(), path, headers(op, caller, cooperativeId), body(op));
                requests++;
                row.append(String.format(" %s=%d", caller.substring(0, 3), answer.status()));
                statusClasses.merge(answer.status() / 100 + "xx", 1, Integer::sum);
                String problem = check(policy, op, caller, answer);
                if (problem != null) {
                    failures.add(op.service() + " " + op.name() + " as " + caller + " (sent " + op.method() + " " + path + "): "
                            + problem + "; answer " + answer);
                }
                if (!ANONYMOUS.equals(caller) && op.path().contains("{") && op.requestBody().isEmpty()
                        && policy.access(op, caller) == AccessPolicy.Access.OWN) {
                    // The same object with the token of another owner (another cooperative, partner or juror);
                    // operations with a body are probed on real objects with a body that passes validation below.
                    Http.Answer other = target.apply(op.service()).sendBroken(op.method(), path, headers(op, caller, UUID.randomUUID()), body(op));
                    requests++;
                    crossProbes++;
                    if (other.status() != 403 && other.status() != 404) {
                        failures.add(op.service() + " " + op.name() + " as another " + caller + " (sent " + op.method() + " " + path
                                + "): expected 403 or 404 for another owner's object; answer " + other);
                    }
                }
            }
            rows.add(row.toString());
        }

        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("[" + label + "] " + operations.size() + " operations " + ApiOperations.countByService(operations)
                + " x " + callers.size() + " callers = " + requests + " requests in " + millis + " ms; " + statusClasses
                + "; public operations: " + operations.stream().filter(Operation::isPublic).count()
                + "; another owner's token on " + crossProbes + " object-scoped calls; access policy rows: " + policy.size());
        rows.forEach(r -> System.out.println("[" + label + "] " + r));
        assertThat(failures).as("operations whose document or answer differs from the access policy").isEmpty();
    }

    /**
     * Object-level rules of the register through the gateway: a cooperative's account reads and
     * files only its own records; another cooperative gets the public view or 403.
     */
    @Test
    void aCooperativeAccountActsOnlyOnItsOwnRecords() {
        UUID own = register("Koperasi Milik Sendiri");
        UUID other = register("Koperasi Tetangga");
        String ownToken = Tokens.cooperative(own);
        Map<String, Object> report = Map.ofEntries(Map.entry("financialYear", 2025), Map.entry("meetingDate", "2026-03-21"),
                Map.entry("membersMale", 40), Map.entry("membersFemale", 55), Map.entry("employees", 3),
                Map.entry("ownCapital", 250_000_000L), Map.entry("externalCapital", 50_000_000L), Map.entry("assets", 400_000_000L),
                Map.entry("turnover", 900_000_000L), Map.entry("surplus", 35_000_000L));

        given().auth().oauth2(ownToken).contentType(ContentType.JSON).body(report)
                .when().post("/api/v1/cooperatives/" + other + "/annual-reports")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().auth().oauth2(ownToken).when().get("/api/v1/cooperatives/" + other + "/reactivation-cases")
                .then().statusCode(403).contentType("application/problem+json");
        // Another cooperative's record: the public view, without personal data.
        given().auth().oauth2(ownToken).when().get("/api/v1/cooperatives/" + other)
                .then().statusCode(200).body("board", nullValue());

        given().auth().oauth2(ownToken).when().get("/api/v1/cooperatives/" + own + "/reactivation-cases").then().statusCode(200);
        given().auth().oauth2(ownToken).contentType(ContentType.JSON).body(report)
                .when().post("/api/v1/cooperatives/" + own + "/annual-reports").then().statusCode(201);
        given().auth().oauth2(ownToken).when().get("/api/v1/cooperatives/" + own)
                .then().statusCode(200).body("board[0].personalNik", equalTo("3275040211690002"));
    }

    /** Null when the answer is what the access policy gives the caller, else what is wrong. */
    private static String check(AccessPolicy policy, Operation op, String caller, Http.Answer answer) {
        int status = answer.status();
        if (status >= 500) {
            return "a server error";
        }
        if (policy.access(op, caller) != AccessPolicy.Access.NO) {
            return status == 401 || status == 403 ? "refused a caller the access policy allows" : null;
        }
        if (ANONYMOUS.equals(caller)) {
            return status == 401 ? null : "expected 401 without a token";
        }
        return status == 403 ? null : "expected 403 for a role the access policy refuses";
    }

    /**
     * Real objects with an owner: a cooperative with a loan application forwarded to a partner, and a
     * webhook subscription of that partner. Every operation the policy gives a cooperative or a
     * partner on its own objects only is called on them, with a body that passes validation, with the
     * token of another cooperative or partner: 403 or 404, never the object; the owner reads the same
     * object (neither 401, 403 nor 404), so the refusal is about the owner, not a missing object.
     * Lists of another owner do not contain them.
     */
    @Test
    void anotherOwnerGetsNothingOfTheObjectsOfAnOwner(LocalSuite suite) {
        Http http = new Http(suite.gatewayUrl());
        List<Operation> operations = ApiOperations.all(http);
        AccessPolicy policy = AccessPolicy.load();
        String partner = "bank-owner-" + UUID.randomUUID();
        LoanForwarding.Forwarded forwarded = LoanForwarding.toPartner(partner);
        UUID cooperative = UUID.fromString(forwarded.cooperativeId());
        String subscription = given().auth().oauth2(Tokens.partner(partner)).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/koperasi-webhooks", "active", false,
                        "eventTypes", List.of("id.go.bekasikota.financing.loan-application.*")))
                .when().post("/api/v1/webhook-subscriptions").then().statusCode(201).extract().path("id");
        Map<String, String> owners = Map.of("cooperative", Tokens.cooperative(cooperative), "partner", Tokens.partner(partner));
        Map<String, String> others = Map.of("cooperative", Tokens.cooperative(UUID.randomUUID()),
                "partner", Tokens.partner("bank-other-" + UUID.randomUUID()));
        Map<String, String> objects = Map.of("/api/v1/loan-applications/{id}", forwarded.applicationId(),
                "/api/v1/partner/loan-applications/{id}", forwarded.applicationId(),
                "/api/v1/cooperatives/{id}", forwarded.cooperativeId(),
                "/api/v1/webhook-subscriptions/{id}", subscription);

        List<String> failures = new ArrayList<>();
        int probes = 0;
        int ownerReads = 0;
        for (String role : owners.keySet()) {
            for (Operation op : policy.ownOnly(operations, role)) {
                String object = objects.entrySet().stream().filter(o -> op.path().equals(o.getKey()) || op.path().startsWith(o.getKey() + "/"))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                if (object == null) {
                    continue;
                }
                String path = RequestValues.path(op, UUID.randomUUID(), Map.of("id", object)) + RequestValues.requiredQuery(op);
                String body = op.requestBody().map(media -> media.getKey().contains("json")
                        ? RequestValues.sample(op, media.getValue(), 0).toString() : "cooperativeNumber,name\n").orElse(null);
                Http.Answer other = http.sendBroken(op.method(), path, headers(op, others.get(role)), body);
                probes++;
                if (other.status() != 403 && other.status() != 404) {
                    failures.add(op.service() + " " + op.name() + " as another " + role + ": " + other);
                }
                if (op.method().equals("GET") && !op.path().substring(op.path().indexOf("{id}") + 4).contains("{")) {
                    Http.Answer own = http.send(op.method(), path, headers(op, owners.get(role)), null);
                    ownerReads++;
                    // The owner gets through to the object (an answer about its state, such as 409, is fine).
                    if (own.status() == 401 || own.status() == 403 || own.status() == 404 || own.status() >= 500) {
                        failures.add(op.service() + " " + op.name() + " as its " + role + " (the positive control): " + own);
                    }
                }
            }
        }
        given().auth().oauth2(others.get("cooperative")).when().get("/api/v1/loan-applications?size=100")
                .then().statusCode(200).body("items.id", not(hasItem(forwarded.applicationId())));
        given().auth().oauth2(others.get("partner")).when().get("/api/v1/partner/loan-applications?size=100")
                .then().statusCode(200).body("items.id", not(hasItem(forwarded.applicationId())));
        given().auth().oauth2(others.get("partner")).when().get("/api/v1/webhook-subscriptions")
                .then().statusCode(200).body("items.id", not(hasItem(subscription)));
        System.out.println("[authorization-matrix objects] another owner's token on " + probes + " calls, the owner's on "
                + ownerReads + " reads of the same objects");
        assertThat(probes).as("object-scoped operations probed").isGreaterThan(20);
        assertThat(failures).as("object-scoped operations answering another owner").isEmpty();
    }

    private static Map<String, String> headers(Operation op, String token) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json, application/problem+json, text/csv");
        headers.put("Authorization", "Bearer " + token);
        if (op.parameters("header").stream().anyMatch(p -> p.path("name").asText().equalsIgnoreCase("Idempotency-Key"))) {
            headers.put("Idempotency-Key", UUID.randomUUID().toString());
        }
        op.requestBody().ifPresent(media -> headers.put("Content-Type", media.getKey()));
        if (op.method().equals("PUT") || op.method().equals("PATCH")) {
            headers.put("If-Match", "\"0\"");
        }
        return headers;
    }

    private static Map<String, String> headers(Operation op, String caller, UUID cooperativeId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json, application/problem+json, text/csv");
        if (!ANONYMOUS.equals(caller)) {
            headers.put("Authorization", "Bearer " + Http.token(caller, cooperativeId));
        }
        op.requestBody().ifPresent(media -> headers.put("Content-Type", media.getKey()));
        if (op.method().equals("PUT") || op.method().equals("PATCH")) {
            headers.put("If-Match", "\"0\"");
        }
        return headers;
    }

    /** A minimal body: {@code {}} for JSON, a header line for CSV. */
    private static String body(Operation op) {
        return op.requestBody().map(media -> media.getKey().contains("json") ? "{}" : "cooperativeNumber,name\n").orElse(null);
    }

    private static UUID register(String name) {
        Map<String, Object> body = Map.of(
                "cooperativeNumber", CooperativeNumbers.unique(),
                "name", name + " " + UUID.randomUUID(),
                "jenis", "KONSUMEN", "bentuk", "PRIMER", "kelompok", "COMMUNITY",
                "kecamatanCode", "327507", "foundedOn", "2004-02-17",
                "board", List.of(Map.of("name", "Siti Rahmawati", "position", "Ketua", "personalNik", "3275040211690002")));
        return UUID.fromString(given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives").then().statusCode(201).extract().path("id"));
    }

    /** {@code koperasi.public-operations} of the gateway's configuration, matched as the gateway does. */
    private static List<GatewayPublicOperation> gatewayPublicOperations() {
        Path root = Path.of(System.getProperty("koperasi.suite.root", "..")).toAbsolutePath().normalize();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(root.resolve("gateway/src/main/resources/application.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new AssertionError("Cannot read the gateway's configuration", e);
        }
        String value = properties.getProperty("koperasi.public-operations", "");
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(s -> {
            String[] parts = s.split("\\s+", 2);
            return new GatewayPublicOperation(parts[0].toUpperCase(), parts[1]);
        }).collect(Collectors.toList());
    }

    /** As the gateway's TokenCheck: the method (GET also covers HEAD) and a path prefix at a segment boundary. */
    record GatewayPublicOperation(String method, String prefix) {
        boolean matches(String requestMethod, String pathAndQuery) {
            String path = pathAndQuery.split("\\?", 2)[0];
            boolean methodMatches = method.equals(requestMethod) || (method.equals("GET") && requestMethod.equals("HEAD"));
            return methodMatches && (path.equals(prefix) || path.startsWith(prefix + "/"));
        }
    }
}
