package id.go.bekasikota.koperasi.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents who may call each operation from the annotations that enforce it, so that the
 * OpenAPI documents cannot drift from the code: an operation with {@code @RolesAllowed} gets one
 * security requirement naming those roles ({@code {"bearer": ["officer", "auditor"]}}), a
 * {@code @PermitAll} operation gets none (public). Quarkus does the same on its own only where no
 * {@code @SecurityRequirement} is written on the resource; this filter also corrects those. The
 * gateway's authorization matrix (system-tests {@code AuthorizationMatrixIT}) reads these
 * requirements. Runs once, when the application is built.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SecurityRequirementsFilter implements OASFilter {

    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final DotName ROLES_ALLOWED = DotName.createSimple("jakarta.annotation.security.RolesAllowed");
    private static final DotName PERMIT_ALL = DotName.createSimple("jakarta.annotation.security.PermitAll");
    private static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    /** Who may call an operation: nobody but these roles, or anyone. */
    record Access(boolean permitAll, List<String> roles) {
    }

    /** {@code "GET /api/v1/cooperatives/{id}"} to its access. */
    private final Map<String, Access> access = new HashMap<>();

    public SecurityRequirementsFilter(IndexView index) {
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
                }
            }
        }
    }

    private static ClassInfo superclass(IndexView index, ClassInfo type) {
        return type.superName() == null ? null : index.getClassByName(type.superName());
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        String scheme = openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null
                || openAPI.getComponents().getSecuritySchemes().isEmpty()
                ? "bearer" : openAPI.getComponents().getSecuritySchemes().keySet().iterator().next();
        for (Map.Entry<String, PathItem> item : openAPI.getPaths().getPathItems().entrySet()) {
            Map<PathItem.HttpMethod, Operation> operations = item.getValue().getOperations();
            if (operations == null) {
                continue;
            }
            operations.forEach((method, operation) -> {
                Access found = access.get(method.name() + " " + item.getKey());
                if (found == null) {
                    return;
                }
                if (found.permitAll()) {
                    operation.setSecurity(null);
                } else {
                    operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(scheme, found.roles())));
                }
            });
        }
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
