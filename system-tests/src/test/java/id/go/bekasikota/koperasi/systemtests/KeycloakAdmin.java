package id.go.bekasikota.koperasi.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.bekasikota.koperasi.stack.KeycloakServer;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator does through Keycloak's admin REST API, with the bootstrap admin client's
 * token: binding a cooperative user to its cooperative, and rotating the realm's signing key.
 */
final class KeycloakAdmin {

    /** The realm's signing key in use: its key id and the key provider (a realm component) holding it. */
    record SigningKey(String kid, String providerId) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final KeycloakServer keycloak;

    KeycloakAdmin(KeycloakServer keycloak) {
        this.keycloak = keycloak;
    }

    /**
     * Sets the user's {@code cooperative_id}. The whole representation goes back: a PUT without the
     * profile's names and e-mail would clear them, and the account would no longer be fully set up.
     */
    void bindCooperative(String username, UUID cooperativeId) {
        JsonNode found = send("GET", "/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8), null, 200);
        assertThat(found).as("user %s", username).hasSize(1);
        String id = found.get(0).path("id").asText();
        ObjectNode user = (ObjectNode) send("GET", "/users/" + id, null, 200);
        ObjectNode attributes = user.path("attributes").isObject() ? (ObjectNode) user.get("attributes") : user.putObject("attributes");
        attributes.set("cooperative_id", JSON.createArrayNode().add(cooperativeId.toString()));
        send("PUT", "/users/" + id, user, 204);
    }

    /** The RS256 key that signs the realm's tokens now. */
    SigningKey activeSigningKey() {
        JsonNode keys = send("GET", "/keys", null, 200);
        String kid = keys.path("active").path("RS256").asText();
        for (JsonNode key : keys.path("keys")) {
            if (kid.equals(key.path("kid").asText())) {
                return new SigningKey(kid, key.path("providerId").asText());
            }
        }
        throw new AssertionError("no key " + kid + " in " + keys);
    }

    /** Adds a generated RSA signing key with a higher priority than the realm's own, so that it signs from now on. */
    void addSigningKey(String name, int priority) {
        String realmId = send("GET", "", null, 200).path("id").asText();
        send("POST", "/components", JSON.valueToTree(Map.of(
                "name", name, "providerId", "rsa-generated", "providerType", "org.keycloak.keys.KeyProvider", "parentId", realmId,
                "config", Map.of("priority", List.of(String.valueOf(priority)), "keySize", List.of("2048"),
                        "algorithm", List.of("RS256"), "active", List.of("true"), "enabled", List.of("true")))), 201);
    }

    /** Removes a key provider and its key: Keycloak no longer publishes it. */
    void removeKeyProvider(String providerId) {
        send("DELETE", "/components/" + providerId, null, 204);
    }

    /** The names of the client scopes a client created in the realm gets by default. */
    List<String> defaultClientScopes() {
        List<String> names = new ArrayList<>();
        send("GET", "/default-default-client-scopes", null, 200).forEach(scope -> names.add(scope.path("name").asText()));
        return names;
    }

    /** The key ids the realm publishes in its JWKS (what the suite follows). */
    List<String> publishedKeyIds() {
        JsonNode jwks = request("GET", URI.create(keycloak.jwksUrl()), null, null, 200);
        List<String> kids = new ArrayList<>();
        jwks.path("keys").forEach(key -> kids.add(key.path("kid").asText()));
        return kids;
    }

    private String token() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak.adminTokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(KeycloakLogin.form(Map.of("grant_type", "client_credentials",
                        "client_id", KeycloakServer.ADMIN_CLIENT_ID, "client_secret", KeycloakServer.ADMIN_CLIENT_SECRET))))
                .build();
        return exchange(request, 200).path("access_token").asText();
    }

    private JsonNode send(String method, String path, JsonNode body, int expected) {
        return request(method, URI.create(keycloak.adminUrl() + path), token(), body, expected);
    }

    private JsonNode request(String method, URI uri, String token, JsonNode body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return exchange(request.build(), expected);
    }

    private JsonNode exchange(HttpRequest request, int expected) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s %s: %s", request.method(), request.uri(), response.body()).isEqualTo(expected);
            return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " got no answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
