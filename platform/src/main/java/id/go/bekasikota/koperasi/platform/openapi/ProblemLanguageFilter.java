package id.go.bekasikota.koperasi.platform.openapi;

import id.go.bekasikota.koperasi.platform.i18n.Languages;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.List;
import java.util.Locale;

/**
 * Documents, on every response whose body is problem details, the {@code Content-Language} it carries:
 * the language {@code Accept-Language} chose ({@link Languages}). Written once here rather than on each
 * of the operations' problem responses. Runs once, when the application is built.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemLanguageFilter implements OASFilter {

    static final String HEADER = "Content-Language";

    @Override
    public APIResponse filterAPIResponse(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaType(Problem.MEDIA_TYPE) == null
                || (response.getHeaders() != null && response.getHeaders().containsKey(HEADER))) {
            return response;
        }
        List<Object> languages = Languages.SUPPORTED.stream().map(Locale::toLanguageTag).map(Object.class::cast).toList();
        Header header = OASFactory.createHeader()
                .description("The language of the title, the detail and the field messages: " + Languages.tag(Languages.DEFAULT)
                        + " unless Accept-Language asks for another the suite speaks (id: Bahasa Indonesia). The type URI and"
                        + " the field names are the same in every language.")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).enumeration(languages));
        return response.addHeader(HEADER, header);
    }
}
