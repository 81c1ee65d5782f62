package id.go.bekasikota.koperasi.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.bekasikota.koperasi.stack.KeycloakServer;
import id.go.bekasikota.koperasi.stack.LocalSuite;
import id.go.bekasikota.koperasi.stack.OfficeClockStart;
import id.go.bekasikota.koperasi.testsupport.CooperativeNumbers;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The suite as deployed: a real Keycloak (the Maven Central distribution, the realm file of the
 * deployment) issues every token, and the gateway and the services trust only its key set. Banks
 * get their tokens by client credentials, people through the frontend's authorization code flow
 * with PKCE, driven over HTTP as a browser would. The realm's signing key is rotated under the
 * running suite.
 */
@OwnSuite
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakIT {

    private static final String BANK = "bank-bjb";
    private static final String OTHER_BANK = "bank-bri";
    /** The realm file's development secrets and passwords (deploy/keycloak/koperasi-realm.json). */
    private static final String BANK_SECRET = "dev-secret-bank-bjb";
    private static final String OTHER_BANK_SECRET = "dev-secret-bank-bri";
    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    /** Requests that need a token in every service, for an officer: registry, financing, awards. */
    private static final Map<String, String> OFFICER_READS = Map.of(
            "registry", "/api/v1/cooperatives/dissolution-candidates",
            "financing", "/api/v1/loan-applications",
            "awards", "/api/v1/nominations");

    private static final long STARTED = System.nanoTime();
    private static Path root;
    private static LocalSuite suite;
    private static KeycloakServer keycloak;
    private static KeycloakLogin tokens;
    private static KeycloakAdmin admin;
    private static RequestSpecification gateway;

    @BeforeAll
    static void startTheSuiteTrustingKeycloak() {
        root = Path.of(System.getProperty("koperasi.suite.root", "..")).toAbsolutePath().normalize();
        suite = LocalSuite.startWithKeycloak(root, 0, 0, 0, LocalSuite.Settings.QUICK_START,
                line -> System.out.println("[keycloak-it] " + line));
        keycloak = suite.keycloak().orElseThrow();
        tokens = new KeycloakLogin(keycloak);
        admin = new KeycloakAdmin(keycloak);
        gateway = new RequestSpecBuilder().setBaseUri(suite.gatewayUrl()).build();
        System.out.printf("[keycloak-it] Keycloak ready after %d ms, RSS %d MB; suite healthy after %d ms%n",
                keycloak.startup().toMillis(), keycloak.residentKilobytes() / 1024, suite.timeToHealthy().toMillis());
    }

    @AfterAll
    static void stop() {
        if (suite != null) {
            System.out.printf("[keycloak-it] Keycloak RSS after the tests %d MB; wall time %d s%n",
                    keycloak.residentKilobytes() / 1024, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - STARTED));
            suite.close();
        }
    }

    @Test
    @Order(1)
    void theRealmGivesEachCallerTheTokenTheSuiteExpects() {
        KeycloakLogin.Answer bank = tokens.clientCredentials(BANK, BANK_SECRET);
        JsonNode claims = KeycloakLogin.claims(bank.accessToken());
        assertThat(claims.path("iss").asText()).isEqualTo(keycloak.issuer());
        assertThat(audiences(claims)).containsExactly("koperasi-suite");
        assertThat(claims.path("partner_id").asText()).isEqualTo(BANK);
        assertThat(strings(claims.path("groups"))).containsExactly("partner");
        assertThat(claims.path("sub").asText()).isNotBlank();
        // The realm's accessTokenLifespan, 300 s. Keycloak reads its clock twice, for iat and then for exp
        // (TokenManager: expiration = Time.currentTime() + lifespan), so a token made across a second's boundary
        // lives 301 s by its claims (seen once on a loaded machine).
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).as("lifetime in seconds").isBetween(300L, 301L);
        assertThat(bank.body().has("refresh_token")).as("a machine client gets no refresh token").isFalse();
        assertThat(tokens.clientCredentials(BANK, "not-the-secret").status()).isEqualTo(401);

        JsonNode system = KeycloakLogin.claims(tokens.clientCredentials("ods-kemenkop", "dev-secret-ods-kemenkop").accessToken());
        assertThat(strings(system.path("groups"))).containsExactly("system");
        assertThat(system.has("partner_id")).isFalse();

        // People: the authorization code with PKCE only; no password grant, no request without a challenge.
        KeycloakLogin.Answer passwordGrant = tokens.passwordGrant("officer", "officer");
        assertThat(passwordGrant.status()).isEqualTo(400);
        assertThat(passwordGrant.body().path("error").asText()).isEqualTo("unauthorized_client");
        assertThat(tokens.redirectWithoutChallenge()).startsWith(KeycloakLogin.REDIRECT_URI).contains("error=invalid_request");
        String verifier = KeycloakLogin.randomUrlSafe(48);
        String code = tokens.authorizationCode("officer", "officer", KeycloakLogin.s256(verifier));
        KeycloakLogin.Answer wrongVerifier = tokens.exchange(code, KeycloakLogin.randomUrlSafe(48));
        assertThat(wrongVerifier.status()).isEqualTo(400);
        assertThat(wrongVerifier.body().path("error").asText()).isEqualTo("invalid_grant");

        KeycloakLogin.Answer officer = tokens.login("officer", "officer");
        JsonNode officerClaims = KeycloakLogin.claims(officer.accessToken());
        assertThat(officerClaims.path("iss").asText()).isEqualTo(keycloak.issuer());
        assertThat(audiences(officerClaims)).containsExactly("koperasi-suite");
        assertThat(strings(officerClaims.path("groups"))).containsExactly("officer");
        assertThat(officerClaims.path("upn").asText()).isEqualTo("officer");
        assertThat(officerClaims.path("sub").asText()).isNotBlank().isNotEqualTo(claims.path("sub").asText());
        assertThat(officerClaims.path("exp").asLong() - officerClaims.path("iat").asLong()).as("lifetime in seconds (as above)")
                .isBetween(300L, 301L);
        assertThat(officer.body().path("refresh_token").asText()).as("the frontend refreshes its session").isNotBlank();
        for (String person : List.of("auditor", "juri-1", "juri-2", "pengurus")) {
            assertThat(KeycloakLogin.claims(tokens.login(person, person).accessToken()).path("groups")).as(person).hasSize(1);
        }
        // The frontend learns who signed in from its own ID token, not from an access token issued for the suite.
        JsonNode idToken = KeycloakLogin.claims(officer.body().path("id_token").asText());
        assertThat(strings(idToken.path("groups"))).containsExactly("officer");
        assertThat(idToken.path("upn").asText()).isEqualTo("officer");
        // A client added to the realm later does not get the suite's audience and roles unless given the scope itself.
        assertThat(admin.defaultClientScopes()).doesNotContain("koperasi");
    }

    @Test
    @Order(2)
    void aBankDecidesAndDisbursesOnlyItsOwnForwardedApplication() {
        Token officer = new Token(() -> tokens.login("officer", "officer"));
        Token bank = new Token(() -> tokens.clientCredentials(BANK, BANK_SECRET));
        Token otherBank = new Token(() -> tokens.clientCredentials(OTHER_BANK, OTHER_BANK_SECRET));

        // The office registers the cooperative; Keycloak's operator binds the cooperative's account to it.
        UUID cooperative = UUID.fromString(given(gateway).auth().oauth2(officer.get()).contentType(ContentType.JSON).body(Map.of(
                        "cooperativeNumber", CooperativeNumbers.unique(),
                        "name", "Koperasi Simpan Pinjam Sejahtera " + UUID.randomUUID().toString().substring(0, 6),
                        "jenis", "SIMPAN_PINJAM", "bentuk", "PRIMER", "kelompok", "COMMUNITY", "savingsLoanScope", "OPEN_LOOP",
                        "kbliCode", "64141", "kbliEdition", "2020", "kecamatanCode", "327508", "foundedOn", "2011-03-14"))
                .when().post("/api/v1/cooperatives").then().statusCode(201).extract().<String>path("id"));
        admin.bindCooperative("pengurus", cooperative);
        Token member = new Token(() -> tokens.login("pengurus", "pengurus"));
        assertThat(KeycloakLogin.claims(member.get()).path("cooperative_id").asText()).isEqualTo(cooperative.toString());

        String program = given(gateway).auth().oauth2(officer.get()).contentType(ContentType.JSON).body(Map.ofEntries(
                        Map.entry("partnerId", BANK), Map.entry("partnerName", "Bank BJB"), Map.entry("partnerKind", "BANK"),
                        Map.entry("name", "KUR Kecil Koperasi"), Map.entry("scheme", "KUR_KECIL"), Map.entry("annualRate", 0.06),
                        Map.entry("method", "DECLINING_BALANCE"), Map.entry("minAmount", 10_000_000),
                        Map.entry("maxAmount", 500_000_000), Map.entry("minTenorMonths", 6), Map.entry("maxTenorMonths", 60),
                        Map.entry("allowedJenis", List.of("SIMPAN_PINJAM")), Map.entry("opensOn", "2026-01-01"),
                        Map.entry("requiredDocuments", List.of("PROPOSAL"))))
                .when().post("/api/v1/financing-programs").then().statusCode(201).extract().path("id");

        // The cooperative files its annual (RAT) report for the latest due year (DESIGN 3.1, computed here by hand).
        LocalDate today = OfficeClockStart.today();
        int dueYear = today.isBefore(LocalDate.of(today.getYear(), 7, 1)) ? today.getYear() - 2 : today.getYear() - 1;
        given(gateway).auth().oauth2(member.get()).contentType(ContentType.JSON).body(Map.of(
                        "financialYear", dueYear, "meetingDate", (dueYear + 1) + "-03-20", "membersMale", 120, "membersFemale", 135,
                        "employees", 5, "ownCapital", 1_900_000_000L, "externalCapital", 400_000_000L,
                        "assets", 2_600_000_000L, "turnover", 900_000_000L, "surplus", 140_000_000L))
                .when().post("/api/v1/cooperatives/" + cooperative + "/annual-reports").then().statusCode(201);
        String eligibility = "/api/v1/loan-eligibility?programId=" + program + "&amount=150000000&tenorMonths=36";
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given(gateway).auth().oauth2(member.get()).when().get(eligibility)
                        .then().statusCode(200).body("eligible", equalTo(true)));

        // It applies twice; the office forwards the first to the bank, the second stays a draft.
        String forwarded = apply(member, program, "Modal pinjaman anggota");
        String draft = apply(member, program, "Pengadaan kendaraan operasional");
        given(gateway).auth().oauth2(member.get()).contentType("application/pdf").queryParam("type", "PROPOSAL").body(PDF)
                .when().post("/api/v1/loan-applications/" + forwarded + "/documents").then().statusCode(201);
        given(gateway).auth().oauth2(member.get()).contentType(ContentType.JSON)
                .when().post("/api/v1/loan-applications/" + forwarded + "/submit").then().statusCode(200);
        for (String action : List.of("verify", "recommend", "forward")) {
            given(gateway).auth().oauth2(officer.get()).contentType(ContentType.JSON)
                    .when().post("/api/v1/loan-applications/" + forwarded + "/" + action).then().statusCode(200);
        }

        // The bank sees only what was forwarded to it; another bank sees none of it.
        given(gateway).auth().oauth2(bank.get()).when().get("/api/v1/partner/loan-applications")
                .then().statusCode(200).body("items.id", equalTo(List.of(forwarded)))
                .body("items.partnerId", everyItem(equalTo(BANK))).body("items.state", everyItem(equalTo("FORWARDED")));
        given(gateway).auth().oauth2(bank.get()).when().get("/api/v1/partner/loan-applications/" + draft)
                .then().statusCode(404).contentType("application/problem+json");
        given(gateway).auth().oauth2(otherBank.get()).when().get("/api/v1/partner/loan-applications")
                .then().statusCode(200).body("items.id", not(hasItem(forwarded)));
        given(gateway).auth().oauth2(otherBank.get()).when().get("/api/v1/partner/loan-applications/" + forwarded)
                .then().statusCode(404).contentType("application/problem+json");
        given(gateway).auth().oauth2(otherBank.get()).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID())
                .body(Map.of("decision", "APPROVE", "amount", 150_000_000, "tenorMonths", 36))
                .when().post("/api/v1/partner/loan-applications/" + forwarded + "/decision")
                .then().statusCode(404).contentType("application/problem+json");

        given(gateway).auth().oauth2(bank.get()).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID())
                .body(Map.of("decision", "APPROVE", "amount", 120_000_000, "tenorMonths", 36))
                .when().post("/api/v1/partner/loan-applications/" + forwarded + "/decision")
                .then().statusCode(200).body("state", equalTo("APPROVED"));
        given(gateway).auth().oauth2(otherBank.get()).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID())
                .body(Map.of("disbursedOn", today.toString(), "partnerReference", "BRI/DB/1"))
                .when().post("/api/v1/partner/loan-applications/" + forwarded + "/disbursement")
                .then().statusCode(404).contentType("application/problem+json");
        given(gateway).auth().oauth2(bank.get()).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID())
                .body(Map.of("disbursedOn", today.toString(), "partnerReference", "BJB/DB/" + forwarded.substring(0, 8)))
                .when().post("/api/v1/partner/loan-applications/" + forwarded + "/disbursement")
                .then().statusCode(200).body("state", equalTo("DISBURSED"));

        // The cooperative sees its loan disbursed at the amount the bank approved.
        given(gateway).auth().oauth2(member.get()).when().get("/api/v1/loan-applications/" + forwarded)
                .then().statusCode(200).body("state", equalTo("DISBURSED")).body("partnerId", equalTo(BANK));
    }

    @Test
    @Order(3)
    void theReadmeTokenCommandsGiveTokensTheGatewayAccepts() throws IOException, InterruptedException {
        List<List<String>> commands = readmeTokenCommands();
        assertThat(commands).as("token commands in the README").hasSizeGreaterThanOrEqualTo(2)
                .anyMatch(command -> command.get(1).equals("client")).anyMatch(command -> command.get(1).equals("user"));
        for (List<String> command : commands) {
            String token = run(command);
            String role = strings(KeycloakLogin.claims(token).path("groups")).get(0);
            String path = role.equals("partner") ? "/api/v1/partner/loan-applications" : "/api/v1/loan-applications";
            given(gateway).auth().oauth2(token).when().get(path).then().statusCode(200);
        }
    }

    @Test
    @Order(4)
    void theSuiteFollowsARotatedSigningKeyAndRefusesTheRemovedOne() {
        KeycloakAdmin.SigningKey old = admin.activeSigningKey();
        String oldOfficer = tokens.login("officer", "officer").accessToken();
        String oldBank = tokens.clientCredentials(BANK, BANK_SECRET).accessToken();
        assertThat(KeycloakLogin.header(oldOfficer).path("kid").asText()).isEqualTo(old.kid());
        assertAccepted(oldOfficer, oldBank);

        // Rotation as an operator does it: a new generated key of higher priority signs; the old one is removed.
        admin.addSigningKey("rsa-rotated", 200);
        KeycloakAdmin.SigningKey rotated = admin.activeSigningKey();
        assertThat(rotated.kid()).isNotEqualTo(old.kid());
        String newOfficer = tokens.login("officer", "officer").accessToken();
        String newBank = tokens.clientCredentials(BANK, BANK_SECRET).accessToken();
        assertThat(KeycloakLogin.header(newOfficer).path("kid").asText()).isEqualTo(rotated.kid());
        assertThat(KeycloakLogin.header(newBank).path("kid").asText()).isEqualTo(rotated.kid());
        admin.removeKeyProvider(old.providerId());
        assertThat(admin.publishedKeyIds()).contains(rotated.kid()).doesNotContain(old.kid());

        // The next tokens pass the gateway and every service: each re-reads the key set for the unknown key id
        // (at once, or after the forced-refresh interval of a minute if it refreshed for another reason just before).
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertAccepted(newOfficer, newBank));
        // Tokens of the removed key are refused, by the gateway and by each service.
        given(gateway).auth().oauth2(oldOfficer).when().get(OFFICER_READS.get("registry"))
                .then().statusCode(401).contentType("application/problem+json");
        given(gateway).auth().oauth2(oldBank).when().get("/api/v1/partner/loan-applications")
                .then().statusCode(401).contentType("application/problem+json");
        OFFICER_READS.forEach((service, path) -> given().baseUri(suite.service(service).url()).auth().oauth2(oldOfficer)
                .when().get(path).then().statusCode(401));
        given().baseUri(suite.service("financing").url()).auth().oauth2(oldBank)
                .when().get("/api/v1/partner/loan-applications").then().statusCode(401);
    }

    /** The officer's token reads in every service, through the gateway and directly; the bank's reads its API. */
    private static void assertAccepted(String officer, String bank) {
        OFFICER_READS.forEach((service, path) -> {
            given(gateway).auth().oauth2(officer).when().get(path).then().statusCode(200);
            given().baseUri(suite.service(service).url()).auth().oauth2(officer).when().get(path).then().statusCode(200);
        });
        given(gateway).auth().oauth2(bank).when().get("/api/v1/partner/loan-applications").then().statusCode(200);
    }

    private static String apply(Token member, String program, String purpose) {
        return given(gateway).auth().oauth2(member.get()).contentType(ContentType.JSON)
                .body(Map.of("programId", program, "amount", 150_000_000, "tenorMonths", 36, "purpose", purpose))
                .when().post("/api/v1/loan-applications").then().statusCode(201).extract().path("id");
    }

    /** Every {@code $(deploy/keycloak/token ...)} of the root README, as words. */
    private static List<List<String>> readmeTokenCommands() throws IOException {
        Matcher matcher = Pattern.compile("\\$\\((deploy/keycloak/token [^)]*)\\)").matcher(Files.readString(root.resolve("README.md")));
        List<List<String>> commands = new ArrayList<>();
        while (matcher.find()) {
            commands.add(Arrays.asList(matcher.group(1).trim().split("\\s+")));
        }
        return commands;
    }

    /** Runs a README command against this test's Keycloak ({@code KEYCLOAK_URL}) and returns what it printed. */
    private static String run(List<String> command) throws IOException, InterruptedException {
        List<String> bash = new ArrayList<>(List.of("bash"));
        bash.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(bash).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().put("KEYCLOAK_URL", keycloak.url());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s: %s", command, output).isZero();
        return output;
    }

    private static List<String> audiences(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        return aud.isArray() ? strings(aud) : List.of(aud.asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    /** A token that is fetched again when less than a minute of its five is left (slow machines, long journeys). */
    private static final class Token {
        private final java.util.function.Supplier<KeycloakLogin.Answer> source;
        private String value;
        private Instant expires = Instant.EPOCH;

        Token(java.util.function.Supplier<KeycloakLogin.Answer> source) {
            this.source = source;
        }

        String get() {
            if (Instant.now().isAfter(expires.minusSeconds(60))) {
                value = source.get().accessToken();
                expires = Instant.ofEpochSecond(KeycloakLogin.claims(value).path("exp").asLong());
            }
            return value;
        }
    }
}
