package id.go.bekasikota.koperasi.platform.problem;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DisclosureTest {

    @Test
    void qualifiedJavaNamesAreTakenOutAndTheSentenceStays() {
        assertThat(Disclosure.scrub("The body is not readable CSV: java.io.UncheckedIOException: org.apache.commons.csv.CSVException: "
                + "Invalid char between encapsulated token and delimiter at line: 2, position: 8"))
                .isEqualTo("The body is not readable CSV: Invalid char between encapsulated token and delimiter at line: 2, position: 8");
        assertThat(Disclosure.scrub("Cannot deserialize value of type `id.go.bekasikota.koperasi.financing.rest.dto.LoanSimulationRequest` from Array value"))
                .isEqualTo("Cannot deserialize value of type from Array value");
        assertThat(Disclosure.scrub("failed in io.vertx.core.impl.ContextImpl$Inner.run"))
                .doesNotContain("io.vertx").doesNotContain("ContextImpl");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        for (String text : List.of("must be a date as YYYY-MM-DD", "Koperasi Lima Garuda e.V. has no report for 2025",
                "cannot read 'abc' as a whole number", "3275019990001 is registered already", "See https://koperasi.bekasikota.go.id/problems")) {
            assertThat(Disclosure.scrub(text)).isEqualTo(text);
        }
    }

    @Test
    void fieldMessagesAreScrubbedToo() {
        Problem problem = new Problem("t", "Title", 400, "detail", "/x",
                List.of(new Problem.FieldError("rows[2]", "java.lang.NumberFormatException: For input string: \"x\"")), Map.of());
        assertThat(Disclosure.scrub(problem).errors().get(0).message()).isEqualTo("For input string: \"x\"");
    }
}
