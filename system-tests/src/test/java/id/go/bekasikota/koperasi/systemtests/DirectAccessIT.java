package id.go.bekasikota.koperasi.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.bekasikota.koperasi.stack.DevTokens;
import id.go.bekasikota.koperasi.stack.LocalSuite;
import id.go.bekasikota.koperasi.stack.ServiceProcess;
import id.go.bekasikota.koperasi.systemtests.ApiOperations.Operation;
import id.go.bekasikota.koperasi.testsupport.RawClient;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14: the management interfaces are apart from the API, what reaches a service directly is
 * authenticated and limited, tokens are held to their times and shape everywhere, and the gateway
 * decides on one path and answers browsers by their origin.
 */
@ExtendWith(SuiteExtension.class)
class DirectAccessIT {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void healthAndMetricsAreOnTheManagementPortsOnly(LocalSuite suite) {
        for (ServiceProcess process : suite.services().values()) {
            Http api = new Http(process.url());
            Http management = new Http(process.managementUrl());
            for (String path : List.of("/q/health", "/q/health/ready", "/q/metrics")) {
                Http.Answer publicAnswer = api.send("GET", path, Map.of(), null);
                assertThat(publicAnswer.status()).as(process.name() + " " + path + " on the API port").isEqualTo(404);
                assertThat(publicAnswer.contentType()).as(process.name() + " " + path).startsWith(PROBLEM);
            }
            // Readiness includes the consumers' lag (issue 24): a service still catching up on earlier
            // tests' events answers 503 for a while, on the management port all the same.
            Awaitility.await(process.name() + " ready on its management port").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> management.send("GET", "/q/health/ready", Map.of(), null).status() == 200);
            assertThat(management.send("GET", "/q/metrics", Map.of(), null).body()).as(process.name()).contains("jvm_memory_used_bytes");
        }
        assertThat(new Http(suite.service("gateway").managementUrl()).send("GET", "/q/metrics", Map.of(), null).body())
                .contains("koperasi_gateway_circuit_open");
    }

    @Test
    void everyServiceRefusesTokensIssuedInTheFutureLivingTooLongOrWithGroupsAsText(LocalSuite suite) {
        Map<String, JwtClaimsBuilder> bad = Map.of(
                "iat in the future", DevTokens.claims("officer", "direct@dev", null, null, Duration.ofHours(1))
                        .issuedAt(Instant.now().plusSeconds(3600)).expiresAt(Instant.now().plusSeconds(7200)),
                "a 100-year lifetime", DevTokens.claims("officer", "direct@dev", null, null, Duration.ofHours(1))
                        .issuedAt(Instant.now().minusSeconds(10)).expiresAt(Instant.now().plus(Duration.ofDays(36_500))),
                "groups as text", DevTokens.claims("officer", "direct@dev", null, null, Duration.ofHours(1))
                        .claim("groups", "officer auditor"));
        Http gateway = new Http(suite.gatewayUrl());
        for (String service : LocalSuite.SERVICES) {
            Operation secured = ApiOperations.of(service, ApiOperations.document(gateway, service)).stream()
                    .filter(op -> op.method().equals("GET") && !op.isPublic() && op.roles().contains("officer") && !op.path().contains("{"))
                    .findFirst().orElseThrow();
            String path = secured.path() + RequestValues.requiredQuery(secured);
            Http direct = new Http(suite.service(service).url());
            String good = DevTokens.issue("officer", "direct-" + UUID.randomUUID() + "@dev", null, null, Duration.ofHours(1));
            // A good token passes (the made-up query values may still be a 400 or 404).
            assertThat(direct.send("GET", path, Map.of("Authorization", "Bearer " + good, "Accept", "application/json"), null).status())
                    .as(service + " " + path + " with a good token").isNotIn(401, 403).isLessThan(500);
            bad.forEach((what, claims) -> {
                String token = claims.jws().keyId("koperasi-dev").sign(DevTokens.privateKey());
                for (Http target : List.of(direct, gateway)) {
                    Http.Answer answer = target.send("GET", path, Map.of("Authorization", "Bearer " + token, "Accept", "application/json"), null);
                    assertThat(answer.status()).as(service + " " + path + " with a token with " + what).isEqualTo(401);
                    assertThat(answer.contentType()).startsWith(PROBLEM);
                }
            });
        }
    }

    @Test
    void aServiceLimitsEachAddressThatCallsItDirectlyButNotTheGatewaysForwardedCalls(LocalSuite suite) {
        // An instance of its own with a tiny limit, so that the test sends a few requests, not thousands.
        ServiceProcess financing = suite.addInstance("financing", Map.of("CLIENT_RATE_LIMIT_REQUESTS", "5"));
        try {
            Http direct = new Http(financing.url());
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                statuses.add(direct.send("GET", "/api/v1/financing-programs", Map.of("Accept", "application/json"), null).status());
            }
            assertThat(statuses).as("8 direct requests against a limit of 5").startsWith(200, 200, 200, 200, 200).endsWith(429, 429, 429);
            Http.Answer refused = direct.send("GET", "/api/v1/financing-programs", Map.of(), null);
            assertThat(refused.contentType()).startsWith(PROBLEM);
            assertThat(refused.body()).contains("too-many-requests");
            // Forwarded by a trusted proxy (as the gateway does): counted at the gateway, not here.
            for (int i = 0; i < 8; i++) {
                assertThat(direct.send("GET", "/api/v1/financing-programs", Map.of("X-Forwarded-For", "203.0.113." + i), null).status())
                        .isEqualTo(200);
            }
        } finally {
            financing.stop();
        }
    }

    @Test
    void answersOfServicesCarryTheSecurityHeadersAndTheRequestId(LocalSuite suite) {
        for (String service : LocalSuite.SERVICES) {
            var response = rawGet(URI.create(suite.service(service).url()).getPort(), "/api/v1/no-such-thing",
                    "X-Request-Id: direct-" + service + "\r\n");
            assertThat(response).startsWith("HTTP/1.1 404").contains(PROBLEM).contains("X-Content-Type-Options: nosniff")
                    .contains("X-Frame-Options: DENY").containsIgnoringCase("X-Request-Id: direct-" + service);
        }
    }

    /** Sent as is, with a plain socket: no client library would leave these paths alone. */
    @Test
    void theGatewayRefusesPathsNotInTheirPlainFormBeforeAnyDecision(LocalSuite suite) {
        int port = URI.create(suite.gatewayUrl()).getPort();
        for (String path : List.of("/api/v1/cooperatives/../portfolio", "/api/v1/cooperatives/%2e%2e/portfolio",
                "/api/v1//portfolio", "/api/v1/cooperatives%2f..%2fportfolio", "/api/v1/cooperatives/%2E%2E/loan-applications")) {
            String answer = rawGet(port, path, "");
            assertThat(answer).as(path).startsWith("HTTP/1.1 400").contains(PROBLEM).contains("problems/malformed-request")
                    .contains("X-Request-Id");
        }
    }

    @Test
    void browsersOfAnyOriginReadThePublicDataAndOnlyTheFrontendTheRest(LocalSuite suite) throws Exception {
        Http gateway = new Http(suite.gatewayUrl());
        Http.Answer publicRead = gateway.send("GET", "/api/v1/statistics/activation", Map.of("Origin", "https://data.example.org"), null);
        assertThat(publicRead.status()).isEqualTo(200);
        String officer = DevTokens.issue("officer", "cors-" + UUID.randomUUID() + "@dev", null, null, Duration.ofHours(1));
        Http.Answer privateRead = gateway.send("GET", "/api/v1/loan-applications",
                Map.of("Origin", "https://data.example.org", "Authorization", "Bearer " + officer), null);
        assertThat(privateRead.status()).isEqualTo(403);
        JsonNode problem = ApiOperations.JSON.readTree(privateRead.body());
        assertThat(problem.path("type").asText()).endsWith("/forbidden");
        Http.Answer frontend = gateway.send("GET", "/api/v1/loan-applications",
                Map.of("Origin", "http://localhost:5173", "Authorization", "Bearer " + officer), null);
        assertThat(frontend.status()).isEqualTo(200);
    }

    private static String rawGet(int port, String path, String extraHeaders) {
        try (RawClient client = RawClient.connect(port)) {
            client.send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders + "Connection: close\r\n\r\n");
            StringBuilder answer = new StringBuilder();
            await().atMost(Duration.ofSeconds(10)).until(() -> answer.append(client.received()).toString().contains("}"));
            return answer.toString();
        }
    }
}
