package id.go.bekasikota.koperasi.gateway.proxy;

import id.go.bekasikota.koperasi.gateway.UpstreamStubs;
import id.go.bekasikota.koperasi.stack.DevTokens;
import id.go.bekasikota.koperasi.testsupport.RawClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a cache or an HTTP library reads of the gateway's answers (RFC 9110, 9111, 9112), as an outside review found
 * them: the framing of a 304, the {@code Date}, one {@code Vary} line, and {@code Expect: 100-continue}.
 */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class HttpFramingTests {

    /** IMF-fixdate, written out: "Sun, 06 Dec 2026 21:26:47 GMT". */
    private static final String IMF_FIXDATE = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} "
            + "\\d{2}:\\d{2}:\\d{2} GMT";

    /** A caller of its own, so that no other test's requests count against its rate limits. */
    private static String token() {
        return DevTokens.issue("officer", "framing-" + UUID.randomUUID(), null, null, Duration.ofMinutes(5));
    }

    /** The status line and header lines of the first answer in {@code raw}, header names in lower case. */
    private static List<String> head(String raw) {
        return Arrays.stream(raw.substring(0, raw.indexOf("\r\n\r\n")).split("\r\n"))
                .map(line -> line.contains(":") ? line.substring(0, line.indexOf(':')).toLowerCase(Locale.ROOT) + line.substring(line.indexOf(':')) : line)
                .toList();
    }

    @Test
    void aNotModifiedAnswerAnnouncesNoBody() {
        String token = token();
        for (String version : List.of("HTTP/1.1", "HTTP/1.0")) {
            try (RawClient client = RawClient.connect(RestAssured.port)) {
                client.send("GET /api/v1/cooperatives/tagged " + version + "\r\nHost: localhost\r\nAuthorization: Bearer " + token
                        + "\r\nIf-None-Match: \"7\"\r\n\r\n");
                StringBuilder answer = new StringBuilder();
                await().atMost(Duration.ofSeconds(10)).until(() -> answer.append(client.received()).toString().contains("\r\n\r\n"));
                List<String> head = head(answer.toString());
                assertThat(head.get(0)).as(version).startsWith(version + " 304");
                assertThat(head).as(version).contains("etag: \"7\"");
                // The 200 of the same read has its own length: a 304 announces neither a chunked body nor a length of 0.
                assertThat(head).as(version).noneMatch(line -> line.startsWith("transfer-encoding:") || line.startsWith("content-length:"));
            }
        }
    }

    @Test
    void aNoContentAnswerAnnouncesNoBody() {
        try (RawClient client = RawClient.connect(RestAssured.port)) {
            client.send("DELETE /api/v1/cooperatives/emptied HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token() + "\r\n\r\n");
            StringBuilder answer = new StringBuilder();
            await().atMost(Duration.ofSeconds(10)).until(() -> answer.append(client.received()).toString().contains("\r\n\r\n"));
            List<String> head = head(answer.toString());
            assertThat(head.get(0)).startsWith("HTTP/1.1 204");
            // RFC 9112 6.1 and RFC 9110 8.6: a 204 carries neither.
            assertThat(head).noneMatch(line -> line.startsWith("transfer-encoding:") || line.startsWith("content-length:"));
        }
    }

    @Test
    void everyAnswerIsDatedTheWayRfc9110WritesADate() {
        Response proxied = given().auth().oauth2(token()).when().get("/api/v1/cooperatives/tagged");
        Response refused = given().when().get("/api/v1/loan-applications");
        Response unknown = given().auth().oauth2(token()).when().get("/api/v1/no-such-thing");
        assertThat(List.of(proxied.statusCode(), refused.statusCode(), unknown.statusCode())).containsExactly(200, 401, 404);
        for (Response answer : List.of(proxied, refused, unknown)) {
            assertThat(answer.headers().getValues("Date")).hasSize(1);
            String date = answer.header("Date");
            assertThat(date).matches(IMF_FIXDATE);
            Instant at = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            assertThat(Duration.between(at, Instant.now()).abs()).isLessThan(Duration.ofSeconds(30));
        }
    }

    @Test
    void varyIsOneLineNamingEachHeaderOnceAndOriginAlways() {
        // The service names Accept and Accept-Language on two lines (and Accept twice); no Origin in the request.
        for (Response answer : List.of(given().auth().oauth2(token()).when().get("/api/v1/cooperatives/tagged"),
                given().auth().oauth2(token()).header("If-None-Match", "\"7\"").when().get("/api/v1/cooperatives/tagged"))) {
            assertThat(answer.statusCode()).isIn(200, 304);
            assertThat(answer.headers().getValues("Vary")).hasSize(1);
            List<String> names = Arrays.stream(answer.header("Vary").split(",")).map(String::trim).toList();
            assertThat(names).containsExactlyInAnyOrder("Accept", "Accept-Language", "Origin");
        }
        // The gateway's own refusal depends on the Origin too.
        assertThat(given().when().get("/api/v1/loan-applications").header("Vary")).contains("Origin");
    }

    @Test
    void aCallerThatExpects100ContinueIsToldToSendItsBody() {
        String body = "{\"name\":\"Koperasi Boneka Bekasi\"}";
        try (RawClient client = RawClient.connect(RestAssured.port)) {
            client.send("POST /api/v1/cooperatives HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\nExpect: 100-continue\r\n\r\n");
            StringBuilder answer = new StringBuilder();
            // Well before the body's deadline (koperasi.limits.body-timeout), which was the only answer before.
            await().atMost(Duration.ofSeconds(5)).until(() -> answer.append(client.received()).toString().contains("\r\n\r\n"));
            assertThat(answer.toString()).startsWith("HTTP/1.1 100 Continue\r\n\r\n");
            client.send(body);
            await().atMost(Duration.ofSeconds(10)).until(() -> answer.append(client.received()).toString().contains("\"bodySize\""));
            assertThat(answer.toString()).contains("HTTP/1.1 200 OK").contains("\"bodySize\":" + body.length())
                    // The expectation is met by the gateway, not passed on to the service.
                    .doesNotContain("\"expect\"");
        }
    }

    @Test
    void aCallerWithoutATokenIsRefusedBeforeItSendsItsBody() {
        try (RawClient client = RawClient.connect(RestAssured.port)) {
            client.send("POST /api/v1/loan-applications HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 20\r\nExpect: 100-continue\r\n\r\n");
            StringBuilder answer = new StringBuilder();
            await().atMost(Duration.ofSeconds(5)).until(() -> answer.append(client.received()).toString().contains("\r\n\r\n"));
            assertThat(answer.toString()).startsWith("HTTP/1.1 401").doesNotContain("100 Continue");
        }
    }
}
