package id.go.bekasikota.koperasi.registry.mapping;

import id.go.bekasikota.koperasi.registry.domain.CooperativeData;
import id.go.bekasikota.koperasi.registry.rest.dto.CooperativeRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class CooperativeMapperTest {

    /** The {@code changedFields} of {@code updated} events name API fields: the domain's names are the body's, in its order. */
    @Test
    void theDomainsFieldNamesAreTheApisInTheOrderOfTheBody() {
        assertThat(CooperativeData.fieldNames()).containsExactlyElementsOf(
                Arrays.stream(CooperativeRequest.class.getRecordComponents()).map(RecordComponent::getName).toList());
    }
}
