package id.go.bekasikota.koperasi.systemtests;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the traffic of every system test that ran before this one (the journeys, the
 * authorization matrix, the malformed-input sweep, the fault injection) kept the OpenAPI
 * documents: every request and answer was checked by {@link Conformance} as it happened. Runs last
 * ({@code junit-platform.properties} orders classes by {@code @Order}; {@code @Isolated}, it also waits for the
 * classes of the second lane, {@link OwnSuite}), writes
 * {@code target/conformance/report.md} and fails listing the violations by operation.
 */
@Order(Integer.MAX_VALUE)
@Isolated
@ExtendWith(SuiteExtension.class)
class ConformanceIT {

    @Test
    void everyRequestAndAnswerOfTheSystemTestsKeepsTheOpenApiDocuments() {
        Conformance.Summary summary = Conformance.writeReport();
        System.out.println("[conformance] " + summary.requestsChecked() + " requests and answers checked, " + summary.answersOnly()
                + " answers of requests broken on purpose, over " + summary.perOperation().size() + " operations; "
                + summary.violationCount() + " violations (" + summary.distinctViolations() + " distinct)");
        List<String> listed = new ArrayList<>();
        summary.violations().forEach((operation, messages) -> messages.forEach((message, count) ->
                listed.add(operation + ": " + count + " x " + message)));
        listed.stream().limit(300).forEach(v -> System.out.println("[conformance] VIOLATION " + v));
        assertThat(summary.requestsChecked() + summary.answersOnly())
                .as("requests checked (this test runs after the other system tests of the run)").isPositive();
        assertThat(listed).as("answers or requests that break the OpenAPI documents (target/conformance/report.md)").isEmpty();
    }
}
