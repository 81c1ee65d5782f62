package id.go.bekasikota.koperasi.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.RecordComponentInfo;
import org.jboss.jandex.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The members every response carries, written into the document from the records that are
 * serialised (docs/CONVENTIONS.md, "Absent values"). The suite's JSON leaves out a member whose
 * value is null (platform {@code JsonConfig}); so a response schema lists as {@code required} every
 * record component except those annotated {@link jakarta.annotation.Nullable} (or, in a record
 * written with {@code @JsonInclude(NON_EMPTY)}, a collection, which is left out when empty).
 * <p>
 * A record read only from requests keeps the {@code required} list of its bean validation
 * ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}) and gets {@code additionalProperties:
 * false}: unknown members are refused (400). A record used both ways has one schema, so a component
 * that a request may leave out (no {@code @NotNull}, not a primitive) is optional there too. Runs
 * once, when the application is built.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RecordSchemasFilter implements OASFilter {

    static final DotName NULLABLE = DotName.createSimple("jakarta.annotation.Nullable");
    private static final DotName SCHEMA = DotName.createSimple("org.eclipse.microprofile.openapi.annotations.media.Schema");
    private static final DotName JSON_PROPERTY = DotName.createSimple("com.fasterxml.jackson.annotation.JsonProperty");
    private static final DotName JSON_INCLUDE = DotName.createSimple("com.fasterxml.jackson.annotation.JsonInclude");
    private static final Set<DotName> REQUIRED_IN_REQUESTS = Set.of(
            DotName.createSimple("jakarta.validation.constraints.NotNull"),
            DotName.createSimple("jakarta.validation.constraints.NotBlank"),
            DotName.createSimple("jakarta.validation.constraints.NotEmpty"));
    private static final Set<String> CONTAINERS = Set.of("java.util.List", "java.util.Set", "java.util.Collection",
            "java.util.Map", "java.util.SortedMap", "java.util.Optional");

    /** Records by the name their schema gets: {@code @Schema(name)} or the simple class name. */
    private final Map<String, List<ClassInfo>> records = new HashMap<>();

    public RecordSchemasFilter(IndexView index) {
        for (ClassInfo type : index.getKnownClasses()) {
            if (type.isRecord()) {
                records.computeIfAbsent(schemaName(type), k -> new ArrayList<>()).add(type);
            }
        }
        // A record that names its schema (@Schema(name = "Portfolio") on PortfolioView) is the one serialised under
        // that name, before a domain record whose simple name happens to be the same (domain Portfolio).
        records.values().forEach(sameName -> sameName.sort(java.util.Comparator.comparing(type -> !namesItsSchema(type))));
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Set<String> inResponses = SchemaWalk.componentsUsedBy(openAPI, false);
        Set<String> inRequests = SchemaWalk.componentsUsedBy(openAPI, true);
        SchemaWalk.components(openAPI).forEach((name, schema) -> {
            boolean response = inResponses.contains(name);
            boolean request = inRequests.contains(name);
            ClassInfo record = response || request ? recordOf(name, schema) : null;
            if (record == null) {
                return;
            }
            if (response) {
                List<String> required = new ArrayList<>();
                for (RecordComponentInfo component : record.recordComponentsInDeclarationOrder()) {
                    String member = jsonName(component);
                    if (!schema.getProperties().containsKey(member) || mayBeAbsent(record, component)) {
                        continue;
                    }
                    if (request && !component.type().kind().equals(Type.Kind.PRIMITIVE) && !requiredInRequests(component)) {
                        continue; // one schema for both ways: what a request may leave out is optional
                    }
                    required.add(member);
                }
                schema.setRequired(required.isEmpty() ? null : required);
            } else if (schema.getProperties() != null && schema.getAdditionalPropertiesSchema() == null
                    && schema.getAdditionalPropertiesBoolean() == null) {
                schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
            }
        });
    }

    /** The record behind a component schema: by name, else the one whose components are the schema's members (generics). */
    private ClassInfo recordOf(String name, Schema schema) {
        if (schema.getProperties() == null || schema.getProperties().isEmpty()) {
            return null;
        }
        Set<String> members = schema.getProperties().keySet();
        for (ClassInfo candidate : records.getOrDefault(name, List.of())) {
            if (members.stream().allMatch(m -> hasMember(candidate, m))) {
                return candidate;
            }
        }
        for (List<ClassInfo> sameName : records.values()) {
            for (ClassInfo candidate : sameName) {
                if (name.startsWith(schemaName(candidate)) && candidate.recordComponents().size() == members.size()
                        && members.stream().allMatch(m -> hasMember(candidate, m))) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static boolean hasMember(ClassInfo record, String member) {
        return record.recordComponents().stream().anyMatch(c -> jsonName(c).equals(member));
    }

    static boolean mayBeAbsent(ClassInfo record, RecordComponentInfo component) {
        if (component.type().kind() == Type.Kind.PRIMITIVE) {
            return false;
        }
        if (annotated(component, NULLABLE)) {
            return true;
        }
        AnnotationInstance include = component.field() == null ? null : component.field().declaredAnnotation(JSON_INCLUDE);
        if (include == null) {
            include = record.declaredAnnotation(JSON_INCLUDE);
        }
        if (include != null && include.value() != null) {
            String rule = include.value().asEnum();
            boolean container = CONTAINERS.contains(component.type().name().toString())
                    || component.type().kind() == Type.Kind.ARRAY;
            return "NON_DEFAULT".equals(rule) || "NON_EMPTY".equals(rule) && container;
        }
        return false;
    }

    private static boolean requiredInRequests(RecordComponentInfo component) {
        return REQUIRED_IN_REQUESTS.stream().anyMatch(a -> annotated(component, a));
    }

    private static boolean annotated(RecordComponentInfo component, DotName annotation) {
        return component.hasDeclaredAnnotation(annotation)
                || component.field() != null && component.field().hasDeclaredAnnotation(annotation)
                || component.accessor() != null && component.accessor().hasDeclaredAnnotation(annotation);
    }

    static String jsonName(RecordComponentInfo component) {
        AnnotationInstance property = component.field() == null ? null : component.field().declaredAnnotation(JSON_PROPERTY);
        if (property == null && component.accessor() != null) {
            property = component.accessor().declaredAnnotation(JSON_PROPERTY);
        }
        AnnotationValue value = property == null ? null : property.value();
        return value == null || value.asString().isEmpty() ? component.name() : value.asString();
    }

    private static boolean namesItsSchema(ClassInfo type) {
        AnnotationInstance schema = type.declaredAnnotation(SCHEMA);
        AnnotationValue name = schema == null ? null : schema.value("name");
        return name != null && !name.asString().isBlank();
    }

    private static String schemaName(ClassInfo type) {
        AnnotationInstance schema = type.declaredAnnotation(SCHEMA);
        AnnotationValue name = schema == null ? null : schema.value("name");
        return name == null || name.asString().isBlank() ? type.simpleName() : name.asString();
    }
}
