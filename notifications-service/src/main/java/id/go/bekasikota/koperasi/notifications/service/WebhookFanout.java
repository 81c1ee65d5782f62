package id.go.bekasikota.koperasi.notifications.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.notifications.config.WebhooksConfig;
import id.go.bekasikota.koperasi.notifications.domain.Delivery;
import id.go.bekasikota.koperasi.notifications.domain.ForwardedApplication;
import id.go.bekasikota.koperasi.notifications.domain.PartnerAudience;
import id.go.bekasikota.koperasi.notifications.domain.RetrySchedule;
import id.go.bekasikota.koperasi.notifications.domain.Subscription;
import id.go.bekasikota.koperasi.platform.inbox.InboundEvent;
import id.go.bekasikota.koperasi.platform.inbox.PoisonMessageException;
import id.go.bekasikota.koperasi.platform.time.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns one event of the suite into a delivery for every subscription that takes it. Routing reads
 * the event's type and data only ({@link PartnerAudience}); no list of types is kept here.
 */
@ApplicationScoped
public class WebhookFanout {

    private final ObjectMapper objectMapper;
    private final Today today;
    private final RetrySchedule schedule;

    public WebhookFanout(ObjectMapper objectMapper, Today today, WebhooksConfig config) {
        this.objectMapper = objectMapper;
        this.today = today;
        this.schedule = DeliveryDispatcher.schedule(config.retry());
    }

    /**
     * One subscription's deliveries with the same ordering key (the event's record key, the cooperative) go out in order.
     *
     * @return how many deliveries the event made
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int accept(InboundEvent event) {
        if (event.id().length() > Delivery.EVENT_TEXT_LENGTH || event.type().length() > Delivery.EVENT_TEXT_LENGTH) {
            throw new PoisonMessageException("the event's id or type is longer than " + Delivery.EVENT_TEXT_LENGTH + " characters");
        }
        JsonNode data = event.data();
        String partnerId = text(data, "partnerId");
        UUID applicationId = uuid(text(data, "applicationId"));
        String toState = text(data, "toState");
        Optional<String> forwardedTo = applicationId == null ? Optional.empty()
                : ForwardedApplication.<ForwardedApplication>findByIdOptional(applicationId).map(f -> f.partnerId);
        if (applicationId != null && partnerId != null && PartnerAudience.FORWARDED.equals(toState) && forwardedTo.isEmpty()) {
            ForwardedApplication forwarded = new ForwardedApplication();
            forwarded.applicationId = applicationId;
            forwarded.partnerId = partnerId;
            forwarded.forwardedAt = event.time().toInstant();
            forwarded.persist();
        }
        String audience = PartnerAudience.of(partnerId, applicationId, toState, forwardedTo).orElse(null);
        List<Subscription> takers = Subscription.<Subscription>list("active", true).stream()
                .filter(s -> s.takes(event.type(), audience)).toList();
        if (takers.isEmpty()) {
            return 0;
        }
        String payload = structured(event);
        Instant now = today.now();
        String orderingKey = event.key() != null ? event.key() : event.subject() != null ? event.subject() : "";
        for (Subscription subscription : takers) {
            Delivery.of(subscription.id, event.id(), event.type(), orderingKey, payload, now, schedule.giveUpAfter(now)).persist();
        }
        return takers.size();
    }

    /** The CloudEvent in structured JSON mode (CloudEvents 1.0 JSON format): the webhook's body, sent and signed as is. */
    private String structured(InboundEvent event) {
        ObjectNode body = objectMapper.createObjectNode();
        body.put("specversion", "1.0");
        body.put("id", event.id());
        body.put("source", event.source());
        body.put("type", event.type());
        if (event.subject() != null) {
            body.put("subject", event.subject());
        }
        body.put("time", DateTimeFormatter.ISO_INSTANT.format(event.time().toInstant()));
        body.put("datacontenttype", "application/json");
        body.put(EventTypes.AGGREGATE_VERSION_EXTENSION, event.aggregateVersion());
        body.set("data", event.data());
        try {
            return objectMapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new PoisonMessageException("the event cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }

    private static UUID uuid(String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
