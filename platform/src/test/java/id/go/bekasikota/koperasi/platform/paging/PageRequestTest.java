package id.go.bekasikota.koperasi.platform.paging;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRequestTest {

    @Test
    void theLastPageOfTheLargestSizeStillHasAnOffsetThatFits() {
        PageRequest last = new PageRequest(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE);
        assertThat(last.offset()).isEqualTo(99_999_900);
        assertThat(new PageRequest(3, 20).offset()).isEqualTo(40);
        assertThatThrownBy(() -> new PageRequest(PageRequest.MAX_PAGE + 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesOutOfRangeOrNotNumbersBreakTheParameterNamedThem() throws Exception {
        try (var factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            Validator validator = factory.getValidator();
            for (String bad : new String[]{"0", "-1", "2147483647", "99999999999999999999", "1000001", "abc", "1.5", ""}) {
                assertThat(validator.validate(with("page", bad))).as(bad).extracting(v -> v.getPropertyPath().toString()).containsExactly("page");
            }
            for (String bad : new String[]{"0", "101", "100000", "2147483647"}) {
                assertThat(validator.validate(with("size", bad))).as(bad).extracting(v -> v.getPropertyPath().toString()).containsExactly("size");
            }
            assertThat(validator.validate(with("page", "1000000"))).isEmpty();
            assertThat(validator.validate(with("size", "100"))).isEmpty();
        }
    }

    @Test
    void readWithTheListsOtherParametersItsFaultsAreTheSameAsBeanValidations() throws Exception {
        for (String bad : new String[]{"0", "-1", "2147483647", "99999999999999999999", "1000001", "abc", "1.5", ""}) {
            assertThat(with("page", bad).faults()).as(bad).extracting(f -> f.field()).containsExactly("page");
        }
        for (String bad : new String[]{"0", "101", "100000", "2147483647"}) {
            assertThat(with("size", bad).faults()).as(bad).extracting(f -> f.field()).containsExactly("size");
        }
        PageRequest both = with("page", "0");
        java.lang.reflect.Field size = PageRequest.class.getDeclaredField("size");
        size.setAccessible(true);
        size.set(both, "101");
        assertThat(both.faults()).extracting(f -> f.field()).containsExactly("page", "size");
        assertThat(both.faults().get(1).message().in(java.util.Locale.ENGLISH)).isEqualTo("must be a whole number from 1 to 100");
        assertThat(with("page", "1000000").faults()).isEmpty();
        assertThat(with("size", "100").faults()).isEmpty();
        assertThat(new PageRequest().faults()).isEmpty();
    }

    private static PageRequest with(String name, String value) throws ReflectiveOperationException {
        PageRequest request = new PageRequest();
        Field field = PageRequest.class.getDeclaredField(name);
        field.set(request, value);
        return request;
    }
}
