package id.go.bekasikota.koperasi.platform.http;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ResourcePathsTest {

    @Path("/api/v1/cooperatives")
    static class Cooperatives {
        @GET
        public void search() {
        }

        @POST
        public void register() {
        }

        @GET
        @Path("{id}")
        public void read() {
        }

        @PATCH
        @Path("/{id}/")
        public void update() {
        }

        @GET
        @Path("dissolution-candidates")
        public void candidates() {
        }

        /** Not a resource method: no HTTP method. */
        @Path("{id}/ignored")
        public void helper() {
        }
    }

    /** A second class sharing a prefix, with a variable restricted by a regular expression. */
    @Path("api/v1/cooperatives/{id}/reports")
    static class Reports {
        @PUT
        @Path("{year: [0-9]{4}}")
        public void file() {
        }

        @DELETE
        @Path("{year: [0-9]{4}}")
        public void withdraw() {
        }
    }

    /** No {@code @Path}: not a resource class. */
    static class NotAResource {
        @DELETE
        public void delete() {
        }
    }

    private final ResourcePaths paths = ResourcePaths.of(List.of(Cooperatives.class, Reports.class, NotAResource.class));

    /** The Allow header's value for the path, empty when no resource has it. */
    private Optional<String> allow(String path) {
        return paths.methodsAt(path).map(ResourcePaths::allowHeader);
    }

    @Test
    void aCollectionAnswersItsOwnMethodsNotThoseOfItsItems() {
        assertThat(allow("/api/v1/cooperatives")).contains("GET, HEAD, OPTIONS, POST");
        assertThat(allow("/api/v1/cooperatives/")).contains("GET, HEAD, OPTIONS, POST");
    }

    @Test
    void anItemAnswersTheMethodsOfEveryResourceMethodWithItsTemplate() {
        assertThat(allow("/api/v1/cooperatives/28755c08-ac76-4cfc-99fe-0c25fb143699")).contains("GET, HEAD, OPTIONS, PATCH");
    }

    @Test
    void aLiteralSegmentWinsOverAVariableAsJaxRsMatchesIt() {
        assertThat(allow("/api/v1/cooperatives/dissolution-candidates")).contains("GET, HEAD, OPTIONS");
    }

    @Test
    void aVariablesRegularExpressionDecidesWhetherThePathIsThere() {
        assertThat(allow("/api/v1/cooperatives/abc/reports/2025")).contains("DELETE, OPTIONS, PUT");
        assertThat(paths.methodsAt("/api/v1/cooperatives/abc/reports/last")).isEmpty();
    }

    @Test
    void aPathNoResourceHasIsNotThere() {
        assertThat(paths.methodsAt("/api/v1/nowhere")).isEmpty();
        assertThat(paths.methodsAt("/api/v1/cooperatives/abc/ignored")).isEmpty();
        assertThat(paths.methodsAt("/api/v1/cooperatives/abc/def")).isEmpty();
    }
}
