package id.go.bekasikota.koperasi.notifications.domain;

import id.go.bekasikota.koperasi.contracts.EventTypes;
import id.go.bekasikota.koperasi.contracts.awards.AwardsEventTypes;
import id.go.bekasikota.koperasi.contracts.financing.FinancingEventTypes;

import java.util.List;
import java.util.Optional;

/**
 * The event types a webhook can carry: every type of the topics this service consumes ({@code registry.cooperative.v1},
 * {@code registry.reminder.v1}, {@code registry.cluster.v1}, {@code financing.loan-application.v1},
 * {@code awards.nomination.v1}). The snapshot topic's type is not one: a snapshot repeats what the registry's events
 * already say. A subscription naming a type outside this list, or a prefix none of them has, would be accepted and
 * hear nothing (a misspelt type: {@code ...state-change.v1}); it is refused instead, naming the field.
 */
public final class WebhookEventTypes {

    public static final List<String> DELIVERED = List.of(
            EventTypes.COOPERATIVE_REGISTERED, EventTypes.COOPERATIVE_UPDATED, EventTypes.ANNUAL_REPORT_FILED,
            EventTypes.COOPERATIVE_STATUS_CHANGED, EventTypes.COOPERATIVE_GRADE_CHANGED, EventTypes.COOPERATIVE_DISSOLVED,
            EventTypes.REPORT_DUE, EventTypes.CLUSTER_ACTIVITY_RECORDED,
            FinancingEventTypes.STATE_CHANGED, FinancingEventTypes.REPAYMENT_RECORDED, FinancingEventTypes.DEFAULTED,
            FinancingEventTypes.SETTLED,
            AwardsEventTypes.SUBMITTED, AwardsEventTypes.WITHDRAWN, AwardsEventTypes.SCORES_FINALISED,
            AwardsEventTypes.WINNER_ANNOUNCED, AwardsEventTypes.FORWARDED, AwardsEventTypes.FORWARDING_OUTCOME_RECORDED);

    private WebhookEventTypes() {
    }

    /**
     * What is wrong with one listed type, or empty: its form ({@link EventTypeFilter#valid}), else that no delivered
     * type is it (an exact type) or starts with it (a prefix ending in {@code .*}).
     */
    public static Optional<String> refusal(String type) {
        if (!EventTypeFilter.valid(type)) {
            return Optional.of("notifications.field.event-type");
        }
        return DELIVERED.stream().anyMatch(delivered -> EventTypeFilter.matches(List.of(type), delivered))
                ? Optional.empty() : Optional.of("notifications.field.event-type-not-delivered");
    }
}
