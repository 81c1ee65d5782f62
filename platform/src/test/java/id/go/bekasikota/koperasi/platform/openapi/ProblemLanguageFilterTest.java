package id.go.bekasikota.koperasi.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemLanguageFilterTest {

    private final ProblemLanguageFilter filter = new ProblemLanguageFilter();

    private static APIResponse answering(String mediaType) {
        return OASFactory.createAPIResponse().description("an answer")
                .content(OASFactory.createContent().addMediaType(mediaType, OASFactory.createMediaType()));
    }

    @Test
    void aProblemAnswerSaysItsLanguage() {
        APIResponse response = filter.filterAPIResponse(answering("application/problem+json"));
        assertThat(response.getHeaders()).containsKey("Content-Language");
        assertThat(response.getHeaders().get("Content-Language").getSchema().getEnumeration()).containsExactly("en", "id");
        assertThat(response.getHeaders().get("Content-Language").getDescription()).contains("Accept-Language");
    }

    @Test
    void otherAnswersAreLeftAlone() {
        assertThat(filter.filterAPIResponse(answering("application/json")).getHeaders()).isNullOrEmpty();
        assertThat(filter.filterAPIResponse(OASFactory.createAPIResponse().description("no content")).getHeaders()).isNullOrEmpty();
    }
}
