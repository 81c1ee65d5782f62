package id.go.bekasikota.koperasi.platform.openapi;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The resource methods of an application as the OpenAPI document names its operations
 * ({@code "GET /api/v1/cooperatives/{id}"}), with who may call each, read from the Jandex index
 * at build time, and what their annotations say of their answers ({@code @AnswersWithETag},
 * {@code @IfMatchOptional}, {@code @CreatedWithoutLocation}). The OpenAPI filters use it to say what the code enforces.
 */
final class ResourceMethods {

    static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    static final DotName ROLES_ALLOWED = DotName.createSimple("jakarta.annotation.security.RolesAllowed");
    static final DotName PERMIT_ALL = DotName.createSimple("jakarta.annotation.security.PermitAll");
    private static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    /** Who may call an operation: nobody but these roles, or anyone. */
    record Access(boolean permitAll, List<String> roles) {
    }

    static final DotName ANSWERS_WITH_ETAG = DotName.createSimple("id.go.bekasikota.koperasi.platform.http.AnswersWithETag");
    static final DotName IF_MATCH_OPTIONAL = DotName.createSimple("id.go.bekasikota.koperasi.platform.http.IfMatchOptional");
    static final DotName CREATED_WITHOUT_LOCATION = DotName.createSimple("id.go.bekasikota.koperasi.platform.http.CreatedWithoutLocation");

    private final Map<String, Access> access = new HashMap<>();
    private final Set<String> answersWithETag = new HashSet<>();
    private final Set<String> ifMatchOptional = new HashSet<>();
    private final Set<String> createdWithoutLocation = new HashSet<>();

    ResourceMethods(IndexView index) {
        for (AnnotationInstance path : index.getAnnotations(PATH)) {
            if (path.target().kind() != AnnotationTarget.Kind.CLASS) {
                continue;
            }
            ClassInfo resource = path.target().asClass();
            // The resource's own methods and those it inherits (an operator resource written once in a
            // shared module, exposed by a subclass that names its path).
            for (ClassInfo declaring = resource; declaring != null; declaring = superclass(index, declaring)) {
                for (MethodInfo method : declaring.methods()) {
                    String httpMethod = httpMethod(method);
                    if (httpMethod == null) {
                        continue;
                    }
                    AnnotationInstance sub = method.declaredAnnotation(PATH);
                    String key = httpMethod + " " + join(path.value().asString(), sub == null ? "" : sub.value().asString());
                    Access found = access(method.declaredAnnotation(ROLES_ALLOWED), method.declaredAnnotation(PERMIT_ALL));
                    if (found == null) {
                        found = access(declaring.declaredAnnotation(ROLES_ALLOWED), declaring.declaredAnnotation(PERMIT_ALL));
                    }
                    if (found != null) {
                        access.putIfAbsent(key, found);
                    }
                    if (method.hasDeclaredAnnotation(ANSWERS_WITH_ETAG)) {
                        answersWithETag.add(key);
                    }
                    if (method.hasDeclaredAnnotation(IF_MATCH_OPTIONAL)) {
                        ifMatchOptional.add(key);
                    }
                    if (method.hasDeclaredAnnotation(CREATED_WITHOUT_LOCATION)) {
                        createdWithoutLocation.add(key);
                    }
                }
            }
        }
    }

    private static ClassInfo superclass(IndexView index, ClassInfo type) {
        return type.superName() == null ? null : index.getClassByName(type.superName());
    }

    /** The access of {@code "GET /api/v1/x/{id}"}, if the code says it. */
    Optional<Access> access(String method, String path) {
        return Optional.ofNullable(access.get(method + " " + path));
    }

    /** True when the resource method says its answer carries the entity's ETag ({@code @AnswersWithETag}). */
    boolean answersWithETag(String method, String path) {
        return answersWithETag.contains(method + " " + path);
    }

    /** True when the resource method's 201 has no Location ({@code @CreatedWithoutLocation}). */
    boolean createdWithoutLocation(String method, String path) {
        return createdWithoutLocation.contains(method + " " + path);
    }

    /** True when the resource method takes If-Match without requiring it ({@code @IfMatchOptional}). */
    boolean ifMatchOptional(String method, String path) {
        return ifMatchOptional.contains(method + " " + path);
    }

    private static Access access(AnnotationInstance rolesAllowed, AnnotationInstance permitAll) {
        if (rolesAllowed != null) {
            AnnotationValue value = rolesAllowed.value();
            return new Access(false, value == null ? List.of() : Arrays.asList(value.asStringArray()));
        }
        return permitAll != null ? new Access(true, List.of()) : null;
    }

    private static String httpMethod(MethodInfo method) {
        for (String name : HTTP_METHODS) {
            if (method.hasDeclaredAnnotation(DotName.createSimple("jakarta.ws.rs." + name))) {
                return name;
            }
        }
        return null;
    }

    /** {@code /api/v1/x} + {@code /{id: [0-9a-f-]+}} is {@code /api/v1/x/{id}}, as the document writes it. */
    static String join(String base, String sub) {
        String joined = ("/" + base + "/" + sub).replaceAll("/+", "/");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        return joined.replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}");
    }
}
