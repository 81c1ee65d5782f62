package id.go.bekasikota.koperasi.notifications.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import id.go.bekasikota.koperasi.contracts.Topics;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookEventTypesTest {

    /** The topics notifications consumes (its application.properties), written out here. */
    private static final Set<String> CONSUMED = Set.of(Topics.REGISTRY_COOPERATIVE, Topics.REGISTRY_REMINDER, Topics.REGISTRY_CLUSTER,
            Topics.FINANCING_LOAN_APPLICATION, Topics.AWARDS_NOMINATION);

    @Test
    void theDeliveredTypesAreTheAsyncApiDocumentsMessagesOfTheConsumedTopics() throws Exception {
        JsonNode document;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("asyncapi.yaml")) {
            document = new YAMLMapper().readTree(in);
        }
        List<String> documented = new ArrayList<>();
        document.path("channels").forEach(channel -> {
            if (CONSUMED.contains(channel.path("address").asText())) {
                channel.path("messages").forEach(message -> {
                    String ref = message.path("$ref").asText();
                    documented.add(document.path("components").path("messages")
                            .path(ref.substring(ref.lastIndexOf('/') + 1)).path("name").asText());
                });
            }
        });
        assertThat(documented).hasSize(18);
        assertThat(WebhookEventTypes.DELIVERED).containsExactlyInAnyOrderElementsOf(documented);
    }

    @Test
    void aTypeOrPrefixNoWebhookCarriesIsRefusedWithItsReason() {
        assertThat(WebhookEventTypes.refusal("id.go.bekasikota.financing.loan-application.state-changed.v1")).isEmpty();
        assertThat(WebhookEventTypes.refusal("id.go.bekasikota.financing.loan-application.*")).isEmpty();
        assertThat(WebhookEventTypes.refusal("id.go.bekasikota.*")).isEmpty();
        assertThat(WebhookEventTypes.refusal("id.go.bekasikota.registry.cluster.*")).isEmpty();
        // misspelt, the snapshot topic's, a prefix of nothing delivered, another organisation's
        for (String never : List.of("id.go.bekasikota.financing.loan-application.state-change.v1",
                "id.go.bekasikota.registry.cooperative.snapshot.v1", "id.go.bekasikota.registry.cooperative.snapshot.*",
                "id.go.bekasikota.financing.program.*", "org.example.*")) {
            assertThat(WebhookEventTypes.refusal(never)).as(never).contains("notifications.field.event-type-not-delivered");
        }
        assertThat(WebhookEventTypes.refusal("Id.Go")).contains("notifications.field.event-type");
    }
}
