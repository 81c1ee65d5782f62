package id.go.bekasikota.koperasi.platform.openapi;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityRequirementsFilterTest {

    @Path("/api/v1/things")
    @RolesAllowed("officer")
    static class ThingResource {
        @GET
        @PermitAll
        public String list() {
            return "";
        }

        @POST
        public String create() {
            return "";
        }

        @GET
        @Path("/{id: [0-9a-f-]+}/")
        @RolesAllowed({"officer", "auditor"})
        public String read() {
            return "";
        }
    }

    @Test
    void theRolesOfTheCodeReplaceWhatTheDocumentSaid() throws IOException {
        Operation list = secured();
        Operation create = secured();
        Operation read = secured();
        Operation unknown = secured();
        OpenAPI openAPI = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents().addSecurityScheme("bearer", OASFactory.createSecurityScheme()))
                .paths(OASFactory.createPaths()
                        .addPathItem("/api/v1/things", OASFactory.createPathItem().GET(list).POST(create))
                        .addPathItem("/api/v1/things/{id}", OASFactory.createPathItem().GET(read))
                        .addPathItem("/api/v1/other", OASFactory.createPathItem().GET(unknown)));

        new SecurityRequirementsFilter(Index.of(ThingResource.class)).filterOpenAPI(openAPI);

        // Public, and a token still counts: no requirement, or any token.
        assertThat(list.getSecurity()).hasSize(2);
        assertThat(list.getSecurity().get(0).getSchemes()).isNullOrEmpty();
        assertThat(list.getSecurity().get(1).getSchemes()).isEqualTo(Map.of("bearer", List.of()));
        assertThat(create.getSecurity()).hasSize(1);
        assertThat(create.getSecurity().get(0).getSchemes()).isEqualTo(Map.of("bearer", List.of("officer")));
        assertThat(read.getSecurity().get(0).getSchemes()).isEqualTo(Map.of("bearer", List.of("officer", "auditor")));
        assertThat(unknown.getSecurity().get(0).getSchemes()).isEqualTo(Map.of("bearer", List.of()));
    }

    /** An operator resource written once, its path named by each service's subclass. */
    abstract static class SharedResource {
        @POST
        @RolesAllowed("officer")
        public String start() {
            return "";
        }

        @GET
        @Path("/{id}")
        @RolesAllowed({"officer", "auditor"})
        public String read() {
            return "";
        }
    }

    @Path("/api/v1/admin/things/rebuilds")
    static class ServiceResource extends SharedResource {
    }

    @Test
    void inheritedOperationsKeepTheRolesOfTheClassThatDeclaresThem() throws IOException {
        Operation start = OASFactory.createOperation();
        Operation read = OASFactory.createOperation();
        OpenAPI openAPI = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents().addSecurityScheme("bearer", OASFactory.createSecurityScheme()))
                .paths(OASFactory.createPaths()
                        .addPathItem("/api/v1/admin/things/rebuilds", OASFactory.createPathItem().POST(start))
                        .addPathItem("/api/v1/admin/things/rebuilds/{id}", OASFactory.createPathItem().GET(read)));

        new SecurityRequirementsFilter(Index.of(ServiceResource.class, SharedResource.class)).filterOpenAPI(openAPI);

        assertThat(start.getSecurity().get(0).getSchemes()).isEqualTo(Map.of("bearer", List.of("officer")));
        assertThat(read.getSecurity().get(0).getSchemes()).isEqualTo(Map.of("bearer", List.of("officer", "auditor")));
    }

    @Test
    void pathsAreJoinedAsTheDocumentWritesThem() {
        assertThat(SecurityRequirementsFilter.join("/api/v1/x/", "/{id : [0-9]+}/members/")).isEqualTo("/api/v1/x/{id}/members");
        assertThat(SecurityRequirementsFilter.join("api/v1/x", "")).isEqualTo("/api/v1/x");
    }

    private static Operation secured() {
        return OASFactory.createOperation().addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer"));
    }
}
