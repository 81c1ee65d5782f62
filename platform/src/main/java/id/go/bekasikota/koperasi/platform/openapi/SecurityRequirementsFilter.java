package id.go.bekasikota.koperasi.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.jboss.jandex.IndexView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Documents who may call each operation from the annotations that enforce it, so that the
 * OpenAPI documents cannot drift from the code: an operation with {@code @RolesAllowed} gets one
 * security requirement naming those roles ({@code {"bearer": ["officer", "auditor"]}}), a
 * {@code @PermitAll} operation two alternatives, none or any token ({@code security: [{}, {"bearer": []}]}):
 * public, and a caller's token still counts (the office gets the full view of a cooperative, and its
 * writable entity tag, where the public gets the public one), so a generated client sends its token
 * there too. An empty list ({@code security: []}) would tell such clients the token plays no part.
 * Quarkus does the same on its own only where no {@code @SecurityRequirement} is written on the
 * resource; this filter also corrects those. The gateway's authorization matrix (system-tests
 * {@code AuthorizationMatrixIT}) reads these requirements. Runs once, when the application is built.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SecurityRequirementsFilter implements OASFilter {

    private final ResourceMethods methods;

    public SecurityRequirementsFilter(IndexView index) {
        this.methods = new ResourceMethods(index);
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
            operations.forEach((method, operation) -> methods.access(method.name(), item.getKey()).ifPresent(found -> {
                if (found.permitAll()) {
                    operation.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                            OASFactory.createSecurityRequirement().addScheme(scheme, new ArrayList<>())));
                } else {
                    operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(scheme, found.roles())));
                }
            }));
        }
    }

    /** {@code /api/v1/x} + {@code /{id: [0-9a-f-]+}} is {@code /api/v1/x/{id}}, as the document writes it. */
    static String join(String base, String sub) {
        return ResourceMethods.join(base, sub);
    }
}
