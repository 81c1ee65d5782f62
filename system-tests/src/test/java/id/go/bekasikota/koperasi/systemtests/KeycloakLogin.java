package id.go.bekasikota.koperasi.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.stack.KeycloakServer;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gets tokens from the realm as its callers do: a bank's client credentials, and a person's login
 * through the frontend's flow (authorization code with PKCE S256), driven over HTTP as a browser
 * would: open the authorization URL, read the login form's action, post the credentials with the
 * session cookies, take the code from the redirect to the frontend, exchange it with the verifier.
 */
final class KeycloakLogin {

    static final String FRONTEND = "koperasi-frontend";
    static final String REDIRECT_URI = "http://localhost:5173/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern LOGIN_FORM_ACTION = Pattern.compile("action=\"([^\"]*login-actions/authenticate[^\"]*)\"");

    /** A token endpoint's answer. */
    record Answer(int status, JsonNode body) {
        String accessToken() {
            assertThat(status).as("token endpoint: %s", body).isEqualTo(200);
            return body.path("access_token").asText();
        }
    }

    private final KeycloakServer keycloak;

    KeycloakLogin(KeycloakServer keycloak) {
        this.keycloak = keycloak;
    }

    /** A partner bank's (or government system's) token: the client credentials grant. */
    Answer clientCredentials(String clientId, String secret) {
        return post(keycloak.tokenUrl(), Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /** The password grant, which the realm refuses to the frontend. */
    Answer passwordGrant(String username, String password) {
        return post(keycloak.tokenUrl(), Map.of("grant_type", "password", "client_id", FRONTEND,
                "username", username, "password", password));
    }

    /** A person's token through the frontend's flow; {@link Answer#accessToken()} checks it was issued. */
    Answer login(String username, String password) {
        String verifier = randomUrlSafe(48);
        String code = authorizationCode(username, password, s256(verifier));
        return exchange(code, verifier);
    }

    /**
     * The browser part of the flow: the login page, the form post with the session's cookies, and
     * the redirect to the frontend that carries the code.
     */
    String authorizationCode(String username, String password, String challenge) {
        HttpClient browser = browser();
        String state = randomUrlSafe(16);
        HttpResponse<String> page = send(browser, HttpRequest.newBuilder(URI.create(keycloak.authorizationUrl() + "?" + form(Map.of(
                "client_id", FRONTEND, "response_type", "code", "scope", "openid", "redirect_uri", REDIRECT_URI,
                "state", state, "code_challenge", challenge, "code_challenge_method", "S256")))).GET());
        assertThat(page.statusCode()).as("login page").isEqualTo(200);
        Matcher action = LOGIN_FORM_ACTION.matcher(page.body());
        assertThat(action.find()).as("the login page has Keycloak's login form").isTrue();

        HttpResponse<String> posted = send(browser, HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password, "credentialId", "")))));
        String location = posted.headers().firstValue("Location").orElse("");
        assertThat(posted.statusCode()).as("the login of %s redirects to the frontend (not a page asking for more)", username)
                .isEqualTo(302);
        assertThat(location).startsWith(REDIRECT_URI);
        Map<String, String> query = query(URI.create(location));
        assertThat(query).containsEntry("state", state).containsKey("code");
        return query.get("code");
    }

    /** The frontend's back channel: the code and the verifier for the tokens. */
    Answer exchange(String code, String verifier) {
        return post(keycloak.tokenUrl(), Map.of("grant_type", "authorization_code", "client_id", FRONTEND, "code", code,
                "redirect_uri", REDIRECT_URI, "code_verifier", verifier));
    }

    /** Where Keycloak sends the browser for an authorization request without a code challenge. */
    String redirectWithoutChallenge() {
        HttpResponse<String> answer = send(browser(), HttpRequest.newBuilder(URI.create(keycloak.authorizationUrl() + "?" + form(Map.of(
                "client_id", FRONTEND, "response_type", "code", "scope", "openid", "redirect_uri", REDIRECT_URI,
                "state", "no-pkce")))).GET());
        return answer.headers().firstValue("Location").orElse("(status " + answer.statusCode() + ", no redirect)");
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** The claims of a JWT, read without verifying it (the suite verifies; the test only looks). */
    static JsonNode claims(String jwt) {
        return decodePart(jwt, 1);
    }

    /** The JOSE header of a JWT ({@code kid}, {@code alg}). */
    static JsonNode header(String jwt) {
        return decodePart(jwt, 0);
    }

    private static JsonNode decodePart(String jwt, int part) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[part]));
        } catch (IOException e) {
            throw new AssertionError("not a JWT: " + jwt, e);
        }
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new LoopbackCookies()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Keycloak's session cookies are {@code Secure}. A browser sends them to a loopback address over
     * plain HTTP (a secure context), Java's cookie manager only over HTTPS: this one acts as the browser.
     */
    private static final class LoopbackCookies extends CookieManager {
        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            boolean loopback = InetAddress.getByName(uri.getHost()).isLoopbackAddress();
            return super.get(loopback ? URI.create(uri.toString().replaceFirst("^http:", "https:")) : uri, requestHeaders);
        }
    }

    private static Answer post(String url, Map<String, String> fields) {
        HttpResponse<String> response = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
        try {
            return new Answer(response.statusCode(), JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new AssertionError(url + " answered no JSON: " + response.body(), e);
        }
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("Keycloak did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : Optional.ofNullable(uri.getRawQuery()).orElse("").split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }
}
