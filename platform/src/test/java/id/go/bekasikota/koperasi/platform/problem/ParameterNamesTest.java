package id.go.bekasikota.koperasi.platform.problem;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A violation on a resource method's parameter names what the caller sent, not the Java parameter. */
class ParameterNamesTest {

    static class Resource {
        @SuppressWarnings("unused")
        public String update(@PathParam("id") String cooperativeId, @QueryParam("asOf") String date,
                             @HeaderParam("If-Match") String ifMatch, Object request, @jakarta.ws.rs.core.Context UriInfo uri) {
            return null;
        }

        @SuppressWarnings("unused")
        public String search(@org.jboss.resteasy.reactive.RestQuery("kind") String what, @org.jboss.resteasy.reactive.RestQuery String on) {
            return null;
        }
    }

    /** What an interceptor subclass of the container looks like: the method again, without its parameters' annotations. */
    static class Resource_Subclass extends Resource {
        @Override
        public String update(String cooperativeId, String date, String ifMatch, Object request, UriInfo uri) {
            return null;
        }
    }

    private static final List<Class<?>> TYPES = List.of(String.class, String.class, String.class, Object.class, UriInfo.class);

    @Test
    void theNameOnTheWireOrBodyForTheEntity() {
        assertThat(ProblemMappers.wireName(Resource.class, "update", TYPES, 0)).contains("id");
        assertThat(ProblemMappers.wireName(Resource.class, "update", TYPES, 1)).contains("asOf");
        assertThat(ProblemMappers.wireName(Resource.class, "update", TYPES, 2)).contains("If-Match");
        assertThat(ProblemMappers.wireName(Resource.class, "update", TYPES, 3)).contains("body");
        assertThat(ProblemMappers.wireName(Resource.class, "update", TYPES, 4)).isEmpty();
    }

    @Test
    void resteasyReactivesOwnAnnotationsToo() {
        List<Class<?>> types = List.of(String.class, String.class);
        assertThat(ProblemMappers.wireName(Resource.class, "search", types, 0)).contains("kind");
        assertThat(ProblemMappers.wireName(Resource.class, "search", types, 1)).as("no name given: the Java parameter's").isEmpty();
    }

    @Test
    void theContainersSubclassIsLookedThrough() {
        assertThat(ProblemMappers.wireName(Resource_Subclass.class, "update", TYPES, 1)).contains("asOf");
        assertThat(ProblemMappers.wireName(Resource_Subclass.class, "update", TYPES, 3)).contains("body");
    }

    @Test
    void notAResourceMethodIsNoName() {
        assertThat(ProblemMappers.wireName(Resource.class, "absent", TYPES, 0)).isEmpty();
        assertThat(ProblemMappers.wireName(null, "update", TYPES, 0)).isEmpty();
        assertThat(ProblemMappers.wireName(Resource.class, "update", TYPES, 9)).isEmpty();
    }
}
