package id.go.bekasikota.koperasi.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Schemas every code generator and validator reads the same way:
 * <ul>
 * <li>a plain value type ({@code LocalDate}, {@code Instant}, {@code UUID}: a component that is only
 * a string, number or boolean with a format, no enum) is written inline where it is used
 * ({@code type: string, format: date}), so that generated clients type it as a date, not as a
 * model named {@code LocalDate}; the component is removed;</li>
 * <li>a {@code $ref} with sibling keywords (a description or example beside the reference, which
 * OpenAPI 3.0 tools ignore) becomes {@code allOf: [{$ref}]} beside those keywords;</li>
 * <li>every integer states its range: {@code int32} and {@code int64} bounds where the code sets
 * none ({@code @Min}/{@code @Max} give narrower ones), {@code int64} where no format is given;</li>
 * <li>a path parameter named {@code id} or {@code <thing>Id} is a {@code uuid};</li>
 * <li>an enum of texts written without a type is a {@code string} of its longest member's length;</li>
 * <li>a string of a format states its longest text ({@code uuid} 36, {@code date} 10, {@code date-time} 35
 * characters), as OWASP's API rules ask of every string; so does a string of a {@code pattern} that bounds its
 * length ({@link PatternLengths}), and a string whose schema is an enum's ({@code allOf: [$ref]}): its longest
 * member.</li>
 * <li>a decimal's places ({@code @Digits(fraction = 6)}, which SmallRye writes {@code multipleOf: 1e-06}) are
 * stated as {@code x-decimal-places: 6} and in the description, not as a fractional {@code multipleOf}:
 * validators that divide in binary floating point (AJV under Prism, Python's {@code jsonschema} under
 * openapi-core) find 0.07 not a multiple of 0.000001 and refuse a rate of 7%. An integral
 * {@code multipleOf} stays.</li>
 * </ul>
 * Two Java types documented under one name (Quarkus then writes {@code X} and {@code X1}) fail the
 * build: give one of them a {@code @Schema(name)}. Runs once, when the application is built.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PortableSchemasFilter implements OASFilter {

    private static final Pattern RENAMED_DUPLICATE = Pattern.compile("(.*\\D)\\d+");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> components = SchemaWalk.components(openAPI);
        List<String> duplicates = new ArrayList<>();
        for (String name : components.keySet()) {
            var matcher = RENAMED_DUPLICATE.matcher(name);
            if (matcher.matches() && components.containsKey(matcher.group(1))) {
                duplicates.add(matcher.group(1) + "/" + name);
            }
        }
        if (!duplicates.isEmpty()) {
            throw new IllegalStateException("Two Java types are documented under one schema name (" + duplicates
                    + "); give one of them its own @Schema(name = ...)");
        }
        Map<String, Schema> plainValues = new LinkedHashMap<>();
        components.forEach((name, schema) -> {
            if (isPlainValue(schema)) {
                plainValues.put(name, schema);
            }
        });
        pathIdsAreUuids(openAPI);
        everySchema(openAPI, schema -> {
            typedEnum(schema);
            inline(schema, plainValues);
            wrapReferenceWithSiblings(schema);
            bound(schema);
            boundByEnum(schema, components);
            decimalPlaces(schema);
        });
        plainValues.keySet().forEach(openAPI.getComponents()::removeSchema);
    }

    /**
     * A path parameter named {@code id} or {@code <thing>Id} is a UUID in every service (resources read it
     * with {@code Params.id}, and an id that is not one is a 404): typed so, generated clients take a UUID.
     */
    static void pathIdsAreUuids(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            List<Parameter> parameters = new ArrayList<>();
            if (item.getParameters() != null) {
                parameters.addAll(item.getParameters());
            }
            if (item.getOperations() != null) {
                item.getOperations().values().forEach(operation -> {
                    if (operation.getParameters() != null) {
                        parameters.addAll(operation.getParameters());
                    }
                });
            }
            for (Parameter parameter : parameters) {
                Schema schema = parameter.getSchema();
                if (parameter.getIn() == Parameter.In.PATH && parameter.getName() != null
                        && (parameter.getName().equals("id") || parameter.getName().endsWith("Id"))
                        && schema != null && schema.getRef() == null && schema.getFormat() == null
                        && schema.getType() != null && schema.getType().equals(List.of(Schema.SchemaType.STRING))) {
                    schema.setFormat("uuid");
                }
            }
        });
    }

    static boolean isPlainValue(Schema schema) {
        return schema.getRef() == null && schema.getType() != null && schema.getType().size() == 1
                && schema.getType().get(0) != Schema.SchemaType.OBJECT && schema.getType().get(0) != Schema.SchemaType.ARRAY
                && schema.getEnumeration() == null && schema.getProperties() == null;
    }

    /** A reference to a plain value becomes the value's schema, with what stood beside the reference on top. */
    static void inline(Schema schema, Map<String, Schema> plainValues) {
        String name = SchemaWalk.referenced(schema);
        if (name == null || !plainValues.containsKey(name)) {
            return;
        }
        Map<String, Object> merged = new LinkedHashMap<>(plainValues.get(name).getAll());
        schema.getAll().forEach((key, value) -> {
            if (!"$ref".equals(key)) {
                merged.put(key, value);
            }
        });
        if (merged.containsKey("examples") && schema.getAll().containsKey("example")) {
            merged.remove("examples");
        }
        schema.setAll(merged);
    }

    static void wrapReferenceWithSiblings(Schema schema) {
        if (schema.getRef() == null || schema.getAll().size() < 2) {
            return;
        }
        Map<String, Object> siblings = new LinkedHashMap<>(schema.getAll());
        String ref = (String) siblings.remove("$ref");
        List<Schema> allOf = new ArrayList<>();
        allOf.add(OASFactory.createSchema().ref(ref));
        siblings.put("allOf", allOf);
        schema.setAll(siblings);
    }

    /** The longest text of each format the suite writes and reads (Jackson's ISO-8601, a UUID's 8-4-4-4-12). */
    private static final Map<String, Integer> FORMAT_LENGTHS = Map.of(
            "uuid", 36,
            "date", 10,
            // 2026-07-01T08:00:00.123456789+07:00
            "date-time", 35);

    /**
     * An enum of texts written without a type ({@code @Schema(enumeration = {"json", "xlsx"})} on a query parameter)
     * is a string: OpenAPI 3.0 tools read a schema without {@code type} as any value, and generated clients type the
     * parameter as an object.
     */
    static void typedEnum(Schema schema) {
        if (schema.getType() == null && schema.getRef() == null && schema.getAllOf() == null && schema.getEnumeration() != null
                && !schema.getEnumeration().isEmpty() && schema.getEnumeration().stream().allMatch(String.class::isInstance)) {
            schema.setType(List.of(Schema.SchemaType.STRING));
            schema.setMaxLength(schema.getEnumeration().stream().mapToInt(member -> ((String) member).length()).max().orElseThrow());
        }
    }

    static void bound(Schema schema) {
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null
                && schema.getEnumeration() == null && schema.getFormat() != null && FORMAT_LENGTHS.containsKey(schema.getFormat())) {
            schema.setMaxLength(FORMAT_LENGTHS.get(schema.getFormat()));
            return;
        }
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null
                && schema.getEnumeration() == null && schema.getPattern() != null) {
            PatternLengths.longest(schema.getPattern()).ifPresent(schema::setMaxLength);
            return;
        }
        if (schema.getType() == null || !schema.getType().contains(Schema.SchemaType.INTEGER)) {
            return;
        }
        boolean int32 = "int32".equals(schema.getFormat());
        if (!int32 && schema.getFormat() == null) {
            schema.setFormat("int64");
        }
        if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
            schema.setMinimum(BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
        }
        if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
            schema.setMaximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
        }
    }

    /** A fractional {@code multipleOf} (10^-n) becomes {@code x-decimal-places: n} and a sentence of the description. */
    static void decimalPlaces(Schema schema) {
        BigDecimal step = schema.getMultipleOf();
        if (step == null || step.stripTrailingZeros().scale() <= 0) {
            return;
        }
        int places = step.stripTrailingZeros().scale();
        schema.setMultipleOf(null);
        schema.addExtension("x-decimal-places", places);
        String sentence = "At most " + places + " decimal place" + (places == 1 ? "" : "s") + ".";
        String description = schema.getDescription();
        schema.setDescription(description == null || description.isBlank() ? sentence
                : description.strip() + (description.strip().endsWith(".") ? " " : ". ") + sentence);
    }

    /**
     * A string documented as an enum's ({@code type: string} beside {@code allOf: [$ref]} to a component that
     * lists its members) is as long as the longest member at most.
     */
    static void boundByEnum(Schema schema, Map<String, Schema> components) {
        if (schema.getType() == null || !schema.getType().contains(Schema.SchemaType.STRING) || schema.getMaxLength() != null
                || schema.getEnumeration() != null || schema.getAllOf() == null || schema.getAllOf().size() != 1) {
            return;
        }
        String name = SchemaWalk.referenced(schema.getAllOf().get(0));
        Schema referenced = name == null ? null : components.get(name);
        if (referenced != null && referenced.getEnumeration() != null && !referenced.getEnumeration().isEmpty()
                && referenced.getEnumeration().stream().allMatch(String.class::isInstance)) {
            schema.setMaxLength(referenced.getEnumeration().stream().mapToInt(member -> ((String) member).length()).max().orElseThrow());
        }
    }

    /** Every schema of the document, wherever it stands, and every schema inside it. */
    static void everySchema(OpenAPI openAPI, Consumer<Schema> visitor) {
        Consumer<Schema> deep = root -> SchemaWalk.each(root, visitor);
        Components components = openAPI.getComponents();
        if (components != null) {
            if (components.getSchemas() != null) {
                components.getSchemas().values().forEach(deep);
            }
            if (components.getParameters() != null) {
                components.getParameters().values().forEach(p -> parameter(p, deep));
            }
            if (components.getHeaders() != null) {
                components.getHeaders().values().forEach(h -> header(h, deep));
            }
            if (components.getResponses() != null) {
                components.getResponses().values().forEach(r -> response(r, deep));
            }
            if (components.getRequestBodies() != null) {
                components.getRequestBodies().values().forEach(b -> content(b.getContent(), deep));
            }
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> {
                if (item.getParameters() != null) {
                    item.getParameters().forEach(p -> parameter(p, deep));
                }
            });
        }
        SchemaWalk.forEachOperation(openAPI, operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> parameter(p, deep));
            }
            if (operation.getRequestBody() != null) {
                content(operation.getRequestBody().getContent(), deep);
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> response(r, deep));
            }
        });
    }

    private static void parameter(Parameter parameter, Consumer<Schema> deep) {
        deep.accept(parameter.getSchema());
        content(parameter.getContent(), deep);
    }

    private static void header(Header header, Consumer<Schema> deep) {
        deep.accept(header.getSchema());
        content(header.getContent(), deep);
    }

    private static void response(APIResponse response, Consumer<Schema> deep) {
        content(response.getContent(), deep);
        if (response.getHeaders() != null) {
            response.getHeaders().values().forEach(h -> header(h, deep));
        }
    }

    private static void content(Content content, Consumer<Schema> deep) {
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType media : content.getMediaTypes().values()) {
                deep.accept(media.getSchema());
            }
        }
    }
}
