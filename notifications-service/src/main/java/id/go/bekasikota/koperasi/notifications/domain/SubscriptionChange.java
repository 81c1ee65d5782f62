package id.go.bekasikota.koperasi.notifications.domain;

import java.util.List;

/** What the owner sets on a subscription (creation and full update). */
public record SubscriptionChange(String url, List<String> eventTypes, String description, boolean active) {

    public SubscriptionChange {
        eventTypes = List.copyOf(new java.util.LinkedHashSet<>(eventTypes));
    }
}
