package id.go.bekasikota.koperasi.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.stack.LocalSuite;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every operation of the services' OpenAPI documents, read through the gateway
 * ({@code /openapi/{service}}) when the test runs, so that an operation added tomorrow is
 * covered tomorrow. The roles of an operation come from its security requirement: the services
 * generate one per {@code @RolesAllowed} with the roles as scopes; a public operation has none.
 */
final class ApiOperations {

    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> ROLES = List.of("officer", "juror", "partner", "cooperative", "auditor", "system");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private ApiOperations() {
    }

    /** One operation of one service's document. */
    record Operation(String service, String method, String path, String operationId, boolean isPublic,
                     Set<String> roles, JsonNode node, JsonNode pathItem, JsonNode document) {

        String name() {
            return method + " " + path;
        }

        boolean allows(String role) {
            return isPublic || roles.contains(role);
        }

        /** The parameters of the path item and of the operation, references resolved. */
        List<JsonNode> parameters(String in) {
            List<JsonNode> found = new ArrayList<>();
            for (JsonNode holder : List.of(pathItem, node)) {
                for (JsonNode p : holder.path("parameters")) {
                    JsonNode parameter = resolve(p);
                    if (in.equals(parameter.path("in").asText())) {
                        found.add(parameter);
                    }
                }
            }
            return found;
        }

        /** The first media type of the request body and its schema (resolved), if the operation takes a body. */
        Optional<Map.Entry<String, JsonNode>> requestBody() {
            JsonNode content = resolve(node.path("requestBody")).path("content");
            Iterator<Map.Entry<String, JsonNode>> media = content.fields();
            if (!media.hasNext()) {
                return Optional.empty();
            }
            Map.Entry<String, JsonNode> first = media.next();
            return Optional.of(Map.entry(first.getKey(), resolve(first.getValue().path("schema"))));
        }

        boolean bodyRequired() {
            return resolve(node.path("requestBody")).path("required").asBoolean(false);
        }

        /** Follows a local {@code $ref} ({@code #/components/schemas/X}) until a definition. */
        JsonNode resolve(JsonNode n) {
            JsonNode current = n;
            for (int i = 0; i < 10 && current.has("$ref"); i++) {
                current = document.at(current.get("$ref").asText().substring(1));
            }
            return current;
        }
    }

    /** The operations of every service, in document order. */
    static List<Operation> all(Http http) {
        List<Operation> operations = new ArrayList<>();
        for (String service : LocalSuite.SERVICES) {
            operations.addAll(of(service, document(http, service)));
        }
        return operations;
    }

    static JsonNode document(Http http, String service) {
        Http.Answer answer = http.send("GET", "/openapi/" + service, Map.of("Accept", "application/json"), null);
        if (answer.status() != 200) {
            throw new AssertionError("The gateway did not serve the " + service + " OpenAPI document: " + answer);
        }
        try {
            return JSON.readTree(answer.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("The " + service + " OpenAPI document is not JSON", e);
        }
    }

    static List<Operation> of(String service, JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> items = path.getValue().fields();
            while (items.hasNext()) {
                Map.Entry<String, JsonNode> item = items.next();
                if (!METHODS.contains(item.getKey())) {
                    continue;
                }
                JsonNode op = item.getValue();
                JsonNode security = op.has("security") ? op.get("security") : document.path("security");
                boolean isPublic = security.isMissingNode() || security.isEmpty();
                Set<String> roles = new LinkedHashSet<>();
                for (JsonNode requirement : security) {
                    if (requirement.isEmpty()) {
                        isPublic = true; // {} among the alternatives: the token is optional
                    }
                    requirement.fields().forEachRemaining(scheme -> {
                        // A requirement without scopes (@Authenticated) lets every signed-in role in.
                        if (scheme.getValue().isEmpty()) {
                            roles.addAll(ROLES);
                        }
                        scheme.getValue().forEach(role -> roles.add(role.asText()));
                    });
                }
                operations.add(new Operation(service, item.getKey().toUpperCase(), path.getKey(),
                        op.path("operationId").asText(""), isPublic, Set.copyOf(roles), op, path.getValue(), document));
            }
        }
        return operations;
    }

    /** Counts per service, for the summaries. */
    static Map<String, Long> countByService(List<Operation> operations) {
        Map<String, Long> counts = new LinkedHashMap<>();
        LocalSuite.SERVICES.forEach(s -> counts.put(s, 0L));
        operations.forEach(op -> counts.merge(op.service(), 1L, Long::sum));
        return counts;
    }
}
