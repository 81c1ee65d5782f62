package id.go.bekasikota.koperasi.platform.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Walks the schemas of a document: every sub-schema of a schema, and which components requests and responses use. */
final class SchemaWalk {

    static final String COMPONENTS = "#/components/schemas/";

    private SchemaWalk() {
    }

    /** Visits the schema and every schema inside it (not following references), depth first. */
    static void each(Schema schema, Consumer<Schema> visitor) {
        if (schema == null) {
            return;
        }
        visitor.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> each(p, visitor));
        }
        each(schema.getItems(), visitor);
        each(schema.getAdditionalPropertiesSchema(), visitor);
        each(schema.getNot(), visitor);
        for (List<Schema> list : new List[]{schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()}) {
            if (list != null) {
                list.forEach(s -> each(s, visitor));
            }
        }
    }

    /** The component name a reference points to, or null. */
    static String referenced(Schema schema) {
        String ref = schema.getRef();
        return ref != null && ref.startsWith(COMPONENTS) ? ref.substring(COMPONENTS.length()) : null;
    }

    /** The names of the components that request bodies (or responses) use, directly or inside other components. */
    static Set<String> componentsUsedBy(OpenAPI openAPI, boolean requests) {
        List<Schema> roots = new ArrayList<>();
        forEachOperation(openAPI, operation -> {
            if (requests) {
                if (operation.getRequestBody() != null) {
                    addContent(roots, operation.getRequestBody().getContent());
                }
            } else if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                    addContent(roots, response.getContent());
                }
            }
        });
        Map<String, Schema> components = components(openAPI);
        Set<String> used = new LinkedHashSet<>();
        Deque<Schema> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            each(pending.pop(), s -> {
                String name = referenced(s);
                if (name != null && components.containsKey(name) && used.add(name)) {
                    pending.push(components.get(name));
                }
            });
        }
        return used;
    }

    static Map<String, Schema> components(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return Map.of();
        }
        return openAPI.getComponents().getSchemas();
    }

    static void forEachOperation(OpenAPI openAPI, Consumer<Operation> visitor) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            if (item.getOperations() != null) {
                item.getOperations().values().forEach(visitor);
            }
        }
    }

    private static void addContent(List<Schema> roots, Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            if (media.getSchema() != null) {
                roots.add(media.getSchema());
            }
        }
    }
}
