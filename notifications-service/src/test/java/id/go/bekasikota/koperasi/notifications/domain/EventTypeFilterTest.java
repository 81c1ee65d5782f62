package id.go.bekasikota.koperasi.notifications.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventTypeFilterTest {

    @Test
    void exactTypesAndPrefixesMatch() {
        List<String> types = List.of("id.go.bekasikota.registry.cooperative.*", "id.go.bekasikota.financing.loan-application.state-changed.v1");
        assertThat(EventTypeFilter.matches(types, "id.go.bekasikota.registry.cooperative.report-due.v1")).isTrue();
        assertThat(EventTypeFilter.matches(types, "id.go.bekasikota.financing.loan-application.state-changed.v1")).isTrue();
        assertThat(EventTypeFilter.matches(types, "id.go.bekasikota.financing.loan-application.settled.v1")).isFalse();
        assertThat(EventTypeFilter.matches(types, "id.go.bekasikota.registry.cooperativeX.v1")).isFalse();
    }

    @Test
    void onlyCloudEventsTypesOrDottedPrefixesAreValid() {
        assertThat(EventTypeFilter.valid("id.go.bekasikota.registry.cooperative.report-due.v1")).isTrue();
        assertThat(EventTypeFilter.valid("id.go.bekasikota.*")).isTrue();
        assertThat(EventTypeFilter.valid("*")).isFalse();
        assertThat(EventTypeFilter.valid("id.go..x")).isFalse();
        assertThat(EventTypeFilter.valid("Id.Go")).isFalse();
        assertThat(EventTypeFilter.valid("id.go.*.x")).isFalse();
        assertThat(EventTypeFilter.valid("a b")).isFalse();
    }
}
