package id.go.bekasikota.koperasi.platform.http;

import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.jboss.resteasy.reactive.RestQuery;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;

import static org.assertj.core.api.Assertions.assertThat;

class DeclaredQueryParametersTest {

    /** A bean parameter whose superclass brings paging and which nests another bean parameter. */
    static class SearchBean extends PageRequest {
        @QueryParam("q")
        String q;
        @BeanParam
        Period period;
        String notAParameter;

        @QueryParam("sector")
        public void setSector(String sector) {
        }
    }

    static class Period {
        @QueryParam("from")
        String from;
        @RestQuery
        String until;
    }

    interface CooperativeApi {
        @GET
        String list(@QueryParam("asOf") String asOf, @BeanParam SearchBean search);
    }

    static class CooperativeResource implements CooperativeApi {
        @QueryParam("lang")
        String lang;

        @Override
        public String list(String asOf, SearchBean search) {
            return "";
        }

        @GET
        public String read(@PathParam("id") String id, @HeaderParam("If-None-Match") String ifNoneMatch) {
            return "";
        }

        @GET
        public String standing(@RestQuery String on, @RestQuery("kind") String what) {
            return "";
        }

        @GET
        public String tagged(@QueryParam("tag") java.util.List<String> tags, @RestQuery String[] codes, @QueryParam("one") String one) {
            return "";
        }
    }

    /** An operator resource written once, exposed by a subclass that names its path. */
    static class RebuildResource {
        @GET
        public String status(@QueryParam("verbose") String verbose) {
            return "";
        }
    }

    static class RegistryRebuildResource extends RebuildResource {
    }

    @Test
    void parametersOfTheMethodTheInterfaceItImplementsItsBeansAndTheResourceClass() throws Exception {
        Method list = CooperativeResource.class.getMethod("list", String.class, SearchBean.class);
        assertThat(DeclaredQueryParameters.of(CooperativeResource.class, list))
                .containsExactly("asOf", "from", "lang", "page", "q", "sector", "size", "until");
    }

    @Test
    void pathAndHeaderParametersAreNotQueryParameters() throws Exception {
        Method read = CooperativeResource.class.getMethod("read", String.class, String.class);
        assertThat(DeclaredQueryParameters.of(CooperativeResource.class, read)).containsExactly("lang");
    }

    @Test
    void restQueryTakesTheParameterNameWhenItNamesNone() throws Exception {
        Method standing = CooperativeResource.class.getMethod("standing", String.class, String.class);
        assertThat(DeclaredQueryParameters.of(CooperativeResource.class, standing)).containsExactly("kind", "lang", "on");
    }

    @Test
    void anInheritedResourceMethodKeepsItsParameters() throws Exception {
        Method status = RegistryRebuildResource.class.getMethod("status", String.class);
        assertThat(DeclaredQueryParameters.of(RegistryRebuildResource.class, status)).containsExactly("verbose");
    }

    @Test
    void aListOrAnArrayTakesSeveralValuesAndNothingElseDoes() throws Exception {
        Method tagged = CooperativeResource.class.getMethod("tagged", java.util.List.class, String[].class, String.class);
        assertThat(DeclaredQueryParameters.of(CooperativeResource.class, tagged)).containsExactly("codes", "lang", "one", "tag");
        assertThat(DeclaredQueryParameters.takingSeveralValues(CooperativeResource.class, tagged)).containsExactly("codes", "tag");
        Method list = CooperativeResource.class.getMethod("list", String.class, SearchBean.class);
        assertThat(DeclaredQueryParameters.takingSeveralValues(CooperativeResource.class, list)).isEmpty();
    }

    @Test
    void theSharedPagingBeanDeclaresPageAndSize() throws Exception {
        Method list = PagingOnly.class.getMethod("list", PageRequest.class);
        assertThat(DeclaredQueryParameters.of(PagingOnly.class, list)).containsExactly("page", "size");
    }

    static class PagingOnly {
        @GET
        public String list(@BeanParam PageRequest paging) {
            return "";
        }
    }
}
