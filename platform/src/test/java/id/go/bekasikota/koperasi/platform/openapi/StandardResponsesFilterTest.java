package id.go.bekasikota.koperasi.platform.openapi;

import id.go.bekasikota.koperasi.platform.http.AnswersWithETag;
import id.go.bekasikota.koperasi.platform.http.CreatedWithoutLocation;
import id.go.bekasikota.koperasi.platform.http.IfMatchOptional;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** What the code says of an operation's If-Match and ETag is what its document says. */
class StandardResponsesFilterTest {

    @Path("/api/v1/things")
    @RolesAllowed("officer")
    static class ThingResource {
        @PUT
        @Path("/{id}")
        public String replace(@HeaderParam("If-Match") String ifMatch) {
            return "";
        }

        @GET
        @Path("/{id}")
        public String read() {
            return "";
        }

        @POST
        @Path("/{id}/approve")
        @IfMatchOptional
        @AnswersWithETag
        public String approve(@HeaderParam("If-Match") String ifMatch) {
            return "";
        }

        @GET
        @Path("/{id}/copy")
        @AnswersWithETag
        public String copy() {
            return "";
        }

        @GET
        @Path("/{id}/history")
        public String history() {
            return "";
        }

        @POST
        @Path("/{id}/notes")
        @CreatedWithoutLocation
        public String note() {
            return "";
        }

        @POST
        @Path("/{id}/parts")
        public String part() {
            return "";
        }
    }

    @Test
    void a201DeclaresLocationUnlessTheMethodSaysItHasNone() throws IOException {
        Operation note = created();
        Operation part = created();
        OpenAPI openAPI = document(operation(ifMatch()), operation(ifMatch()), operation(null), operation(null), operation(null));
        openAPI.getPaths().addPathItem("/api/v1/things/{id}/notes", OASFactory.createPathItem().POST(note))
                .addPathItem("/api/v1/things/{id}/parts", OASFactory.createPathItem().POST(part));
        filter(openAPI);

        assertThat(note.getResponses().getAPIResponse("201").getHeaders()).doesNotContainKey("Location");
        assertThat(part.getResponses().getAPIResponse("201").getHeaders()).containsKey("Location");
    }

    @Test
    void theGatewaysEdgeAnswersAreDocumentedOnEveryOperation() throws IOException {
        Operation history = operation(null);
        Operation part = created();
        part.requestBody(OASFactory.createRequestBody());
        OpenAPI openAPI = document(operation(ifMatch()), operation(ifMatch()), operation(null), operation(null), history);
        openAPI.getPaths().addPathItem("/api/v1/things/{id}/parts", OASFactory.createPathItem().POST(part));
        filter(openAPI);

        // A read without a body: a foreign origin (403), a Content-Length over the limit (413), a request target
        // or headers over the gateway's limits (414, 431).
        assertThat(history.getResponses().getAPIResponses()).containsKeys("403", "413", "414", "431")
                .doesNotContainKeys("408", "411", "415");
        // With a body: also a body too slow (408), chunked without a token (411), a Content-Type it does not read (415).
        assertThat(part.getResponses().getAPIResponses()).containsKeys("403", "408", "411", "413", "414", "415", "431");
    }

    private static Operation created() {
        return OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("201", OASFactory.createAPIResponse().description("Created")));
    }

    @Test
    void ifMatchIsRequiredWith428UnlessTheMethodSaysItIsOptional() throws IOException {
        Operation replace = operation(ifMatch());
        Operation approve = operation(ifMatch());
        filter(document(replace, approve, OASFactory.createOperation(), OASFactory.createOperation(), OASFactory.createOperation()));

        assertThat(replace.getParameters().get(0).getRequired()).isTrue();
        assertThat(replace.getResponses().getAPIResponses()).containsKeys("412", "428");
        assertThat(approve.getParameters().get(0).getRequired()).isFalse();
        assertThat(approve.getParameters().get(0).getDescription()).startsWith("Optional");
        assertThat(approve.getResponses().getAPIResponses()).containsKey("412").doesNotContainKey("428");
    }

    @Test
    void theETagIsDocumentedOnTheEntityPathAndWhereTheMethodSendsIt() throws IOException {
        Operation replace = operation(ifMatch());
        Operation read = operation(null);
        Operation approve = operation(ifMatch());
        Operation copy = operation(null);
        Operation history = operation(null);
        filter(document(replace, approve, read, copy, history));

        assertThat(ok(replace).getHeaders()).containsKey("ETag");
        assertThat(ok(read).getHeaders()).containsKey("ETag");
        assertThat(read.getResponses().getAPIResponses()).containsKey("304");
        assertThat(ok(approve).getHeaders()).containsKey("ETag");
        // a read marked @AnswersWithETag is conditional too (ConditionalReads answers 304 to it)
        assertThat(ok(copy).getHeaders()).containsKey("ETag");
        assertThat(copy.getResponses().getAPIResponses()).containsKey("304");
        assertThat(copy.getParameters()).extracting(Parameter::getName).contains("If-None-Match");
        // neither an entity path nor marked: no ETag, no 304
        assertThat(ok(history).getHeaders()).doesNotContainKey("ETag");
        assertThat(history.getResponses().getAPIResponses()).doesNotContainKey("304");
    }

    private static void filter(OpenAPI openAPI) throws IOException {
        new StandardResponsesFilter(Index.of(ThingResource.class)).filterOpenAPI(openAPI);
    }

    private static OpenAPI document(Operation replace, Operation approve, Operation read, Operation copy, Operation history) {
        return OASFactory.createOpenAPI().components(OASFactory.createComponents()).paths(OASFactory.createPaths()
                .addPathItem("/api/v1/things/{id}", OASFactory.createPathItem().PUT(replace).GET(read))
                .addPathItem("/api/v1/things/{id}/approve", OASFactory.createPathItem().POST(approve))
                .addPathItem("/api/v1/things/{id}/copy", OASFactory.createPathItem().GET(copy))
                .addPathItem("/api/v1/things/{id}/history", OASFactory.createPathItem().GET(history)));
    }

    private static Operation operation(Parameter parameter) {
        Operation operation = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
        if (parameter != null) {
            operation.addParameter(parameter);
        }
        return operation;
    }

    private static Parameter ifMatch() {
        return OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER);
    }

    private static APIResponse ok(Operation operation) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        assertThat(ok.getHeaders()).isNotNull();
        return ok;
    }

    @Test
    void aBodyReadWholeIsAtMostTheBodyLimitLong() {
        Operation upload = OASFactory.createOperation().requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                .addMediaType("text/csv", OASFactory.createMediaType().schema(OASFactory.createSchema()
                        .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)))
                .addMediaType("application/json", OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Thing")))));
        StandardResponsesFilter.boundWholeBodies(upload);
        // 12M in platform's microprofile-config.properties: 12 x 1024 x 1024 bytes
        assertThat(upload.getRequestBody().getContent().getMediaType("text/csv").getSchema().getMaxLength()).isEqualTo(12_582_912);
        assertThat(upload.getRequestBody().getContent().getMediaType("application/json").getSchema().getMaxLength()).isNull();
    }
}
