package id.go.bekasikota.koperasi.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.bekasikota.koperasi.stack.OfficeClockStart;
import id.go.bekasikota.koperasi.systemtests.ApiOperations.Operation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Valid-looking values for an operation's parameters and body, derived from its schemas. */
final class RequestValues {

    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RequestValues() {
    }

    static boolean isInteger(JsonNode schema) {
        return hasType(schema, "integer");
    }

    static boolean hasType(JsonNode schema, String type) {
        JsonNode t = schema.path("type");
        if (t.isArray()) {
            for (JsonNode each : t) {
                if (type.equals(each.asText())) {
                    return true;
                }
            }
            return false;
        }
        return type.equals(t.asText());
    }

    /**
     * The path with each template filled: integer parameters get a year-like number, the others a
     * UUID; the first UUID is {@code firstId} (the cooperative a cooperative token is bound to).
     */
    static String path(Operation op, UUID firstId, Map<String, String> overrides) {
        Map<String, JsonNode> schemas = new LinkedHashMap<>();
        Map<String, String> examples = new LinkedHashMap<>();
        op.parameters("path").forEach(p -> {
            JsonNode schema = op.resolve(p.path("schema"));
            schemas.put(p.path("name").asText(), schema);
            JsonNode example = p.has("example") ? p.get("example") : schema.path("example");
            if (example.isValueNode() && !example.asText().matches("[0-9a-fA-F-]{36}")) {
                examples.put(p.path("name").asText(), example.asText());
            }
        });
        Matcher m = TEMPLATE.matcher(op.path());
        StringBuilder filled = new StringBuilder();
        boolean first = true;
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (overrides.containsKey(name)) {
                value = overrides.get(name);
            } else if (examples.containsKey(name)) {
                value = examples.get(name);
            } else if (isInteger(schemas.getOrDefault(name, NODES.objectNode()))) {
                value = "2025";
            } else {
                value = (first ? firstId : UUID.randomUUID()).toString();
                first = false;
            }
            m.appendReplacement(filled, Matcher.quoteReplacement(encode(value)));
        }
        m.appendTail(filled);
        return filled.toString();
    }

    /** The required query parameters with valid-looking values, as {@code ?a=1&b=2} (or empty). */
    static String requiredQuery(Operation op) {
        return requiredQuery(op, null);
    }

    /**
     * The same, with {@code cooperativeId} (when the operation requires it) naming the caller's own
     * cooperative, as the path's first id does: a cooperative asking about itself.
     */
    static String requiredQuery(Operation op, UUID cooperativeId) {
        StringBuilder query = new StringBuilder();
        for (JsonNode p : op.parameters("query")) {
            if (p.path("required").asBoolean(false)) {
                String name = p.path("name").asText();
                String value = cooperativeId != null && name.equals("cooperativeId") ? cooperativeId.toString()
                        : scalar(op, op.resolve(p.path("schema")), p.path("example"));
                query.append(query.length() == 0 ? "?" : "&").append(encode(name)).append('=').append(encode(value));
            }
        }
        return query.toString();
    }

    static String scalar(Operation op, JsonNode schema, JsonNode example) {
        JsonNode sample = sample(op, schema, 0);
        if (!example.isMissingNode() && !example.isNull()) {
            sample = example;
        }
        return sample.isTextual() ? sample.asText() : sample.toString();
    }

    /** A value that fits the schema as far as a schema can say: its example, else its type. */
    static JsonNode sample(Operation op, JsonNode raw, int depth) {
        JsonNode schema = op.resolve(raw);
        if (schema.has("example") && !schema.get("example").isNull()) {
            return schema.get("example");
        }
        if (schema.has("examples") && schema.get("examples").isArray() && !schema.get("examples").isEmpty()) {
            return schema.get("examples").get(0);
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0);
        }
        for (String combinator : new String[] {"allOf", "oneOf", "anyOf"}) {
            if (schema.has(combinator) && !schema.get(combinator).isEmpty()) {
                return sample(op, schema.get(combinator).get(0), depth + 1);
            }
        }
        String format = schema.path("format").asText("");
        if (hasType(schema, "object") || schema.has("properties")) {
            ObjectNode object = NODES.objectNode();
            if (depth < 4) {
                Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    if (!property.getValue().path("readOnly").asBoolean(false)) {
                        object.set(property.getKey(), sample(op, property.getValue(), depth + 1));
                    }
                }
            }
            return object;
        }
        if (hasType(schema, "array")) {
            ArrayNode array = NODES.arrayNode();
            if (depth < 4 && schema.has("items")) {
                array.add(sample(op, schema.get("items"), depth + 1));
            }
            return array;
        }
        if (hasType(schema, "integer")) {
            return NODES.numberNode(Math.max(1, schema.path("minimum").asLong(1)));
        }
        if (hasType(schema, "number")) {
            return NODES.numberNode(Math.max(1, schema.path("minimum").asLong(1)));
        }
        if (hasType(schema, "boolean")) {
            return NODES.booleanNode(true);
        }
        return switch (format) {
            case "date" -> NODES.textNode(OfficeClockStart.today().minusYears(1).toString());
            case "date-time" -> NODES.textNode("2026-01-15T03:00:00Z");
            case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
            default -> NODES.textNode("Contract test");
        };
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
