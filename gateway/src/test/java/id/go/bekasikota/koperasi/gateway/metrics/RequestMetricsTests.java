package id.go.bekasikota.koperasi.gateway.metrics;

import id.go.bekasikota.koperasi.gateway.UpstreamStubs;
import id.go.bekasikota.koperasi.stack.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/**
 * The {@code uri} tag of {@code http_server_requests_seconds} names a route template, never an id,
 * and callers probing arbitrary paths cannot make the number of its values grow.
 */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
class RequestMetricsTests {

    /** A UUID or a number of two digits or more (the only digit in a template is the one of /api/v1). */
    private static final String AN_ID = ".*(\\p{XDigit}{8}-\\p{XDigit}{4}|\\d{2}).*";
    private static final Pattern URI_TAG = Pattern.compile("^http_server_requests_seconds_count\\{.*?uri=\"([^\"]*)\"",
            Pattern.MULTILINE);

    @Test
    void idsInThePathBecomePlaceholders() {
        String token = token();
        for (int i = 0; i < 5; i++) {
            UUID cooperative = UUID.randomUUID();
            given().auth().oauth2(token).when().get("/api/v1/cooperatives/" + cooperative).then().statusCode(200);
            given().auth().oauth2(token).when().get("/api/v1/cooperatives/" + cooperative + "/annual-reports")
                    .then().statusCode(200);
            given().auth().oauth2(token).when().get("/api/v1/cooperatives/" + (1000 + i) + "/annual-reports/" + (2020 + i))
                    .then().statusCode(200);
            given().auth().oauth2(token).when().post("/api/v1/loan-applications/KOP-3275-" + (40 + i) + "/submit")
                    .then().statusCode(200);
        }

        Set<String> uris = uriTags();
        assertThat(uris, hasItems("/api/v1/cooperatives/{id}", "/api/v1/cooperatives/{id}/annual-reports",
                "/api/v1/cooperatives/{id}/annual-reports/{id}", "/api/v1/loan-applications/{id}/submit"));
        assertThat(uris, everyItem(not(matchesPattern(AN_ID))));
    }

    @Test
    void probingArbitraryPathsAddsNoNewValues() {
        probe(); // the first round may add the few values that stand for every unknown path
        Set<String> before = uriTags();

        probe();
        probe();

        Set<String> after = uriTags();
        assertThat(after, equalTo(before));
        assertThat(after, everyItem(not(containsString("probe"))));
        assertThat(after, everyItem(not(matchesPattern(AN_ID))));
        assertThat(after.size(), lessThan(40));
    }

    /** Requests to paths no one has asked for before, through every way the gateway answers. */
    private static void probe() {
        String token = token();
        String word = "unknown-probe" + letters();
        String id = UUID.randomUUID().toString();
        // Below a routed prefix, answered by the service: an unknown path (404), a known one (200)
        given().auth().oauth2(token).when().get("/api/v1/cooperatives/" + id + "/" + word).then().statusCode(404);
        given().auth().oauth2(token).when().get("/api/v1/nominations/" + word + "/" + id).then().statusCode(404);
        // Below a routed prefix, answered by the gateway: no token (401), another origin, a preflight
        given().when().delete("/api/v1/loan-applications/" + word).then().statusCode(401);
        given().header("Origin", "https://evil.example").when().delete("/api/v1/financing-programs/" + word)
                .then().statusCode(403);
        given().header("Origin", "https://evil.example").when().get("/api/v1/financing-programs/" + word)
                .then().statusCode(404);
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "PUT")
                .when().options("/api/v1/award-programs/" + word + "/" + id).then().statusCode(200);
        // Nowhere near a route
        given().auth().oauth2(token).when().get("/api/v1/" + word + "/" + id).then().statusCode(404);
        given().when().get("/api/" + word).then().statusCode(401);
        given().when().get("/" + word + "/" + id).then().statusCode(404);
        given().when().post("/q/" + word).then().statusCode(404);
        given().header("Origin", "https://evil.example").when().get("/" + word).then().statusCode(403);
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .when().options("/" + word).then().statusCode(403);
    }

    /** The request metrics, on the management interface. */
    @TestHTTPResource(value = "/metrics", management = true)
    URL metricsUrl;

    private Set<String> uriTags() {
        String metrics = given().when().get(metricsUrl).then().statusCode(200).extract().asString();
        Set<String> uris = new TreeSet<>();
        Matcher matcher = URI_TAG.matcher(metrics);
        while (matcher.find()) {
            uris.add(matcher.group(1));
        }
        assertThat("uri tags in /q/metrics", uris, not(empty()));
        return uris;
    }

    /** A caller of its own, so that no other test's requests count against its rate limits. */
    private static String token() {
        return DevTokens.issue("officer", "metrics-" + UUID.randomUUID(), null, null, Duration.ofMinutes(5));
    }

    private static String letters() {
        StringBuilder letters = new StringBuilder();
        for (char c : UUID.randomUUID().toString().substring(0, 16).replace("-", "").toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 16)));
        }
        return letters.toString();
    }
}
